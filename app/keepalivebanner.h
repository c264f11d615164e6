#pragma once

#include <QMap>
#include <QObject>
#include <QString>
#include <functional>
#include <utility>

namespace Esi::Core {
class TokenStore;
} // namespace Esi::Core

namespace Esi::App {

// The characters the background keep-alive could not refresh, as one banner naming all of them rather than one
// replacing the other. Each character is named once until it works again (a refresh or a new sign-in), then its
// next failure is news again.
class KeepAliveBanner : public QObject
{
    Q_OBJECT

public:
    using Show = std::function<void(const QString &title, const QString &details)>;

    // `store` names the characters; `show` puts the banner up (the main window's showProblem).
    KeepAliveBanner(const Core::TokenStore &store, Show show, QObject *parent = nullptr);

    void handleRefreshFailed(qint64 characterId, const QString &error);
    void handleWorkingAgain(qint64 characterId); // refreshed, or signed in anew

    int failingCount() const { return int(m_failures.size()); }

private:
    const Core::TokenStore &m_store;
    Show m_show;
    QMap<qint64, std::pair<QString, QString>> m_failures; // character id -> name, error (reported)
};

} // namespace Esi::App
