#include "ui/run/requestcopier.h"

#include "core/auth/characterforcall.h"
#include "core/http/esiclient.h"
#include "core/http/tokenprovider.h"
#include "core/snippets/esicommandsnippet.h"
#include "core/snippets/javascriptsnippet.h"
#include "core/snippets/pythonsnippet.h"
#include "core/spec/specrepository.h"
#include "ui/run/curlcommand.h"
#include "ui/tokens/secretclipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

QString languageName(RequestCopier::Format format)
{
    return format == RequestCopier::Format::Python ? u"Python"_s : u"JavaScript"_s;
}

} // namespace

RequestCopier::RequestCopier(const ExplorerServices &services, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
    , m_secretClipboard(new SecretClipboard(this))
{
    m_secretClipboard->setObjectName(u"curlSecretClipboard"_s);
}

QString RequestCopier::code(Format format, const Core::CallRequest &request, const Core::RequestContext &context,
                            bool withToken)
{
    const Core::Operation *op = request.spec ? request.spec->operation(request.operationId) : nullptr;
    if (!op) {
        return {};
    }
    if (format == Format::Curl) {
        return CurlCommand::build(*op, request.values, context, withToken);
    }
    const Core::SnippetRequest described =
        Core::SnippetRequest::describe(*request.spec, *op, request.values, request.options, context, withToken);
    switch (format) {
    case Format::EsiCommand:
        return Core::EsiCommandSnippet::build(described);
    case Format::Python:
        return Core::PythonSnippet::build(described);
    case Format::JavaScript:
        return Core::JavaScriptSnippet::build(described);
    case Format::Curl:
        break;
    }
    return {};
}

void RequestCopier::put(Format format, const QString &text, bool withToken, bool usesPlaceholder)
{
    if (!withToken) {
        QApplication::clipboard()->setText(text);
        if (format == Format::Curl) {
            Q_EMIT statusMessage(tr("Copied the curl command (Authorization redacted)."));
        } else if (format == Format::EsiCommand) {
            Q_EMIT statusMessage(tr("Copied the esi command; esi uses its own signed-in character."));
        } else if (usesPlaceholder) {
            Q_EMIT statusMessage(tr("Copied the %1 code; it reads the access token from the ESI_TOKEN environment "
                                    "variable.")
                                     .arg(languageName(format)));
        } else {
            Q_EMIT statusMessage(tr("Copied the %1 code.").arg(languageName(format)));
        }
        return;
    }
    // The same clipboard as "Copy Access Token": hidden from clipboard managers, cleared after a while.
    m_secretClipboard->copy(text);
    if (format == Format::Curl) {
        Q_EMIT statusMessage(tr("Copied the curl command with the access token; treat it like a password. It is "
                                "removed from the clipboard in %1 s.")
                                 .arg(m_secretClipboard->clearDelay() / 1000));
    } else {
        Q_EMIT statusMessage(tr("Copied the %1 code with the access token; treat it like a password. It is removed "
                                "from the clipboard in %2 s.")
                                 .arg(languageName(format))
                                 .arg(m_secretClipboard->clearDelay() / 1000));
    }
}

void RequestCopier::copy(const Core::CallRequest &request, Format format, bool includeToken)
{
    const Core::Operation *op = request.spec ? request.spec->operation(request.operationId) : nullptr;
    if (!op) {
        return;
    }
    if (request.fanOut.isFanOut()) { // the code is one call: it would leave the lists out, a token would be a guess
        Q_EMIT problem(tr("Cannot copy a call over lists"),
                       tr("%1 runs once per value of its lists, and the code covers one call. Take the lists out "
                          "of the form (or pick one value) to copy it.")
                           .arg(op->operationId));
        return;
    }
    Core::RequestContext context;
    context.baseUrl = QUrl(QString::fromLatin1(Core::SpecRepository::defaultBaseUrl)); // without an engine: ESI
    if (m_services.client) {
        context.baseUrl = m_services.client->settings().baseUrl;
        context.userAgent = m_services.client->settings().userAgent;
        context.tenant = m_services.client->settings().tenant;
    }
    context.compatibilityDate = request.spec->version();
    context.language = request.options.language;
    // esi signs in by itself: its command never holds a token.
    const bool wantsToken = includeToken && op->authed && format != Format::EsiCommand;
    if (!wantsToken) {
        put(format, code(format, request, context, false), false, op->authed);
        return;
    }
    if (!m_services.tokens || request.options.characterId == 0) {
        Q_EMIT problem(tr("No access token to copy"),
                       tr("%1 needs a signed-in character; the command was not copied.").arg(op->operationId));
        return;
    }
    // The engine's last guard, before anything is asked: a token never goes with another character's path.
    if (const QString mismatch = Core::CharacterForCall::pathMismatch(*op, request.values, request.options.characterId);
        !mismatch.isEmpty()) {
        Q_EMIT problem(tr("No access token to copy"), mismatch);
        return;
    }
    const QString character =
        request.characterName.isEmpty() ? tr("character %1").arg(request.options.characterId) : request.characterName;
    const auto answer = QMessageBox::warning(
        m_window, tr("Copy the Access Token?"),
        tr("The command will contain the access token of %1. Anyone holding it can read that character's data "
           "with %2 until it expires (about 20 minutes).\n\nCopy it anyway?")
            .arg(character, op->scopes.join(u", "_s)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    QPointer<RequestCopier> self(this);
    m_services.tokens->requestAccessToken(request.options.characterId, op->scopes, context.baseUrl,
                                          [self, context, request, format](const Core::TokenResult &token) mutable {
                                              if (!self) {
                                                  return;
                                              }
                                              if (!token.isValid()) {
                                                  Q_EMIT self->problem(tr("No access token to copy"), token.error);
                                                  return;
                                              }
                                              context.accessToken = token.accessToken;
                                              self->put(format, code(format, request, context, true), true, false);
                                          });
}

} // namespace Esi::Ui
