#include "sandbox/cursorwindow.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

namespace {

constexpr auto tokenPrefix = "sandbox-cursor:";

} // namespace

QString CursorWindow::token(qint64 position)
{
    const QByteArray text = QByteArray(tokenPrefix) + QByteArray::number(position);
    return QString::fromLatin1(text.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> CursorWindow::position(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                              QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(tokenPrefix)) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = decoded.decoded.mid(qsizetype(qstrlen(tokenPrefix))).toLongLong(&ok);
    return ok && value >= 0 ? std::optional<qint64>(value) : std::nullopt;
}

CursorWindow CursorWindow::resolve(const SandboxRequest &request, qint64 total, int limit)
{
    CursorWindow window;
    const bool hasBefore = request.hasQueryItem(u"before"_s);
    const bool hasAfter = request.hasQueryItem(u"after"_s);
    if (hasBefore && hasAfter) {
        window.error = u"The query parameters 'before' and 'after' are mutually exclusive; send one of them"_s;
        return window;
    }
    const QString name = hasAfter ? u"after"_s : u"before"_s;
    const QString text = (hasBefore || hasAfter) ? request.queryItem(name) : u"0"_s;
    qint64 position = 0;
    if (text == u"0"_s) {
        position = hasAfter ? 0 : total;
    } else if (const auto decoded = CursorWindow::position(text)) {
        position = std::min(*decoded, total);
    } else {
        window.error = u"Invalid '"_s + name + u"' cursor '"_s + text +
                       u"': use '0' or a cursor from the previous response's 'cursor' object"_s;
        return window;
    }
    if (hasAfter) {
        window.first = position;
        window.count = int(std::min<qint64>(limit, total - position));
    } else {
        window.first = std::max<qint64>(0, position - limit);
        window.count = int(position - window.first);
    }
    window.before = token(window.first);
    window.after = token(window.first + window.count);
    return window;
}

} // namespace Esi::Sandbox
