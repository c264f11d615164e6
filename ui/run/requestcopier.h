#pragma once

#include "core/result/callrequest.h"
#include "ui/run/explorerservices.h"
#include "ui/widgets/copyasmenu.h"

#include <QObject>

class QWidget;

namespace Esi::Core {
struct RequestContext;
}

namespace Esi::Ui {

class SecretClipboard;

// "Copy as curl / esi command / Python (requests) / JavaScript (fetch)": puts the request the engine would send
// on the clipboard as code (CurlCommand, core/snippets). The access token stays a placeholder (curl: <redacted>,
// Python and JavaScript: the ESI_TOKEN environment variable; esi signs in by itself) unless the user asks for it
// and confirms; then the code goes through the SecretClipboard, hidden from clipboard managers and cleared soon.
class RequestCopier : public QObject
{
    Q_OBJECT

public:
    using Format = CopyFormat;

    RequestCopier(const ExplorerServices &services, QWidget *window, QObject *parent = nullptr);

    void copy(const Core::CallRequest &request, Format format, bool includeToken);

    // The code for `request` with `context` (its accessToken used only when `withToken`).
    static QString code(Format format, const Core::CallRequest &request, const Core::RequestContext &context,
                        bool withToken);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void problem(const QString &title, const QString &details);

private:
    void put(Format format, const QString &code, bool withToken, bool usesPlaceholder);

    ExplorerServices m_services;
    QWidget *m_window;
    SecretClipboard *m_secretClipboard; // code that carries the access token
};

} // namespace Esi::Ui
