#pragma once

#include "core/result/calloutcome.h"

#include <QDateTime>
#include <QFrame>

class QLabel;
class QTimer;

namespace Esi::Core {
class Clock;
}

namespace Esi::Ui {

// How the last call's responses were served: the outcome (or ESI's error message), how many pages came
// fresh from the cache, were revalidated with a 304 or came over the network, the Expires countdown,
// ETag, Last-Modified, X-Pages, and the request statistics. The countdown ticks with the given clock.
class CallStatusView : public QFrame
{
    Q_OBJECT

public:
    explicit CallStatusView(const Core::Clock &clock, QWidget *parent = nullptr);

    void setOutcome(const Core::CallOutcomePtr &outcome);
    void showRunning(const Core::CallRequest &request);
    void clear();

    QString summaryText() const;
    QString servedText() const;
    QString expiresText() const;

    QDateTime expires() const { return m_expires; } // invalid when no page said

private:
    QLabel *addLabel(const char *objectName, const QString &accessibleName);
    QString chip(const QString &key, const QString &value) const;
    void updateCountdown();

    const Core::Clock &m_clock;
    QLabel *m_summary;
    QLabel *m_served;
    QLabel *m_expiresLabel;
    QLabel *m_etag;
    QLabel *m_lastModified;
    QLabel *m_pages;
    QLabel *m_requests;
    QTimer *m_ticker;
    QDateTime m_expires;
};

} // namespace Esi::Ui
