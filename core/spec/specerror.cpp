#include "core/spec/specerror.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QString SpecError::toString() const
{
    QString text = source.isEmpty() ? QString() : source + u':';
    if (kind == Kind::Syntax) {
        text += QString::number(line) + u':' + QString::number(column) + u':';
    }
    if (!text.isEmpty()) {
        text += u' ';
    }
    text += message;
    if (!pointer.isEmpty() || !operationId.isEmpty()) {
        QStringList where;
        if (!pointer.isEmpty()) {
            where << QCoreApplication::translate("Esi::Core::SpecError", "at %1").arg(pointer);
        }
        if (!operationId.isEmpty()) {
            where << QCoreApplication::translate("Esi::Core::SpecError", "in operation %1").arg(operationId);
        }
        text += u" ("_s + where.join(u", "_s) + u')';
    }
    return text;
}

SpecError SpecError::syntax(const QString &source, const QByteArray &json, int offset, const QString &what)
{
    SpecError error;
    error.kind = Kind::Syntax;
    error.source = source;
    // QJsonParseError::offset points just past the offending character; report that character, or
    // the end of the input when the document stops early.
    const int end = offset >= json.size() ? int(json.size()) : qMax(0, offset - 1);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < end; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    error.line = line;
    // Column counts characters, not bytes, so multi-byte UTF-8 lines point at the right place.
    error.column = int(QString::fromUtf8(json.constData() + lineStart, end - lineStart).size()) + 1;
    error.message =
        QCoreApplication::translate("Esi::Core::SpecError", "malformed JSON: %1; fix the document or fetch it again")
            .arg(what);
    return error;
}

} // namespace Esi::Core
