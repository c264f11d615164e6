#include "sandbox/sandboxresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

SandboxResponse SandboxResponse::json(int status, const QJsonValue &value)
{
    SandboxResponse response;
    response.status = status;
    response.headers.append({"Content-Type"_ba, "application/json; charset=utf-8"_ba});
    response.body = toJson(value);
    return response;
}

SandboxResponse SandboxResponse::error(int status, const QString &message)
{
    return json(status, QJsonObject{{u"error"_s, message}});
}

QByteArray SandboxResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

void SandboxResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    headers.append({name, value});
}

void SandboxResponse::removeHeader(QByteArrayView name)
{
    headers.removeIf([name](const QPair<QByteArray, QByteArray> &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray SandboxResponse::toJson(const QJsonValue &value)
{
    if (value.isObject()) {
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }
    if (value.isArray()) {
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2); // "[42]" -> "42"
}

QByteArray SandboxResponse::httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

} // namespace Esi::Sandbox
