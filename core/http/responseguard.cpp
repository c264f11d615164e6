#include "core/http/responseguard.h"

#include "core/http/jsonsyntax.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <limits>

using namespace Qt::Literals::StringLiterals;

// The messages reach the explorer's error banner, so they are translated; `esi` installs no translator.
namespace Esi::Core {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Esi::Core::ResponseGuard", text);
}

QString count(qint64 number)
{
    return QLocale(QLocale::English).toString(number); // 10,000: readable, and the same in every language
}

bool isJsonContentType(QByteArrayView contentType)
{
    const QByteArray type = contentType.toByteArray().split(';').constFirst().trimmed().toLower();
    return type.isEmpty() || type == "application/json" || type.endsWith("+json") || type == "text/json";
}

} // namespace

ResponseGuard::PageCount ResponseGuard::pageCount(QByteArrayView header, int maxPages)
{
    PageCount result;
    const QByteArray value = header.toByteArray().trimmed();
    if (value.isEmpty()) {
        return result;
    }
    // Digits only: toInt() would read "-5" as -5 and "1e9" as nothing, and both used to become one page.
    bool digits = value.size() <= 18;
    for (const char c : value) {
        digits = digits && c >= '0' && c <= '9';
    }
    const qint64 number = digits ? value.toLongLong() : -1;
    const QString shown = printable(value, 40);
    if (number < 1 || number > std::numeric_limits<int>::max()) {
        result.error = CallError::BadResponse;
        result.message = translated("the server answered \u201cX-Pages: %1\u201d, which is not a page count (a whole "
                                    "number from 1 to 2147483647); nothing beyond page 1 was fetched. The server or a "
                                    "proxy in between sent a broken header.")
                             .arg(shown);
        return result;
    }
    if (number > maxPages) {
        result.error = CallError::LimitExceeded;
        result.message =
            translated("the server answered \u201cX-Pages: %1\u201d, more than the cap of %2 pages per call; nothing "
                       "beyond page 1 was fetched. If you really want them, raise the cap with esi call --max-pages "
                       "or in Settings \u203a Requests \u203a Most pages per call.")
                .arg(shown, count(maxPages));
        return result;
    }
    result.pages = int(number);
    return result;
}

QString ResponseGuard::nonJsonProblem(const QString &operationId, const QByteArray &method, int status,
                                      const QByteArray &contentType, const QByteArray &body)
{
    const QString type = contentType.isEmpty() ? translated("none") : preview(contentType, 80);
    if (!isJsonContentType(contentType)) {
        return translated("%1 answered HTTP %2 with Content-Type %3 instead of JSON; the first bytes: %4. A "
                          "maintenance page or a proxy may be answering in ESI's place.")
            .arg(operationId, QString::number(status), type, preview(body));
    }
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        if (status == 204 || method != "GET") {
            return {};
        }
        return translated("%1 answered HTTP %2 with an empty body instead of JSON (Content-Type %3).")
            .arg(operationId, QString::number(status), type);
    }
    if (JsonSyntax::isCertainlyValid(trimmed)) {
        return {}; // the common case, without building a document
    }
    QJsonParseError error;
    const char first = trimmed.front();
    if (first == '[' || first == '{') {
        QJsonDocument::fromJson(trimmed, &error);
    } else {
        QJsonDocument::fromJson("[" + trimmed + "]", &error); // a scalar body such as 42 or "text"
    }
    if (error.error == QJsonParseError::NoError) {
        return {};
    }
    return translated("%1 answered HTTP %2 with a body that is not JSON (Content-Type %3, %4 at byte %5); the "
                      "first bytes: %6.")
        .arg(operationId, QString::number(status), type, error.errorString(), QString::number(error.offset),
             preview(body));
}

QString ResponseGuard::oversizeMessage(const QString &operationId, const QString &host, qint64 maxBytes,
                                       qint64 announcedBytes)
{
    const QString what =
        announcedBytes > 0
            ? translated("the answer of %1 from %2 announced %3 bytes (Content-Length), more than the response size "
                         "cap of %4; it was not downloaded.")
                  .arg(operationId, host, count(announcedBytes), ResponseLimits::formatBytes(maxBytes))
            : translated("the answer of %1 from %2 grew past the response size cap of %3; the download was stopped.")
                  .arg(operationId, host, ResponseLimits::formatBytes(maxBytes));
    return what + u' ' +
           translated("If you expect such a large answer, raise the cap with esi call --max-response-size (e.g. 256M) "
                      "or in Settings \u203a Requests \u203a Largest response.");
}

QString ResponseGuard::unexpectedNotModifiedMessage(const QString &operationId)
{
    return translated("%1 answered HTTP 304 Not Modified to a request without cache validators (If-None-Match, "
                      "If-Modified-Since): nothing is cached to revalidate, so there is no answer. The server or a "
                      "proxy in between answered wrongly; try again later.")
        .arg(operationId);
}

QString ResponseGuard::tooManyStepsMessage(int maxPages)
{
    return translated("the result kept pointing to further pages past the cap of %1 pages per call; the walk was "
                      "stopped. If you really want more, raise the cap with esi call --max-pages or in Settings "
                      "\u203a Requests \u203a Most pages per call.")
        .arg(count(maxPages));
}

QString ResponseGuard::printable(QByteArrayView bytes, int maxBytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), maxBytes));
    QString text = QString::fromUtf8(head);
    // A character cut in half at the end decodes as up to three replacement characters.
    for (int i = 0; i < 3 && head.size() < bytes.size() && text.endsWith(QChar::ReplacementCharacter); ++i) {
        text.chop(1);
    }
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::ReplacementCharacter || c.isNonCharacter()) {
            c = c == u'\n' || c == u'\r' || c == u'\t' ? u' ' : u'?';
        }
    }
    return head.size() < bytes.size() ? text + u"\u2026"_s : text;
}

QString ResponseGuard::preview(QByteArrayView body, int maxBytes)
{
    return u"\u201c"_s + printable(body, maxBytes) + u"\u201d"_s;
}

} // namespace Esi::Core
