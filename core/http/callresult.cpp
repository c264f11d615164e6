#include "core/http/callresult.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QString servedFromName(ServedFrom servedFrom)
{
    switch (servedFrom) {
    case ServedFrom::Network:
        return u"network"_s;
    case ServedFrom::FreshHit:
        return u"cache"_s;
    case ServedFrom::Revalidated:
        return u"revalidated"_s;
    }
    return {};
}

QString callErrorName(CallError error)
{
    switch (error) {
    case CallError::None:
        return u"none"_s;
    case CallError::InvalidInput:
        return u"invalid input"_s;
    case CallError::NotAuthorized:
        return u"not authorized"_s;
    case CallError::Http:
        return u"HTTP error"_s;
    case CallError::RateLimited:
        return u"rate limited"_s;
    case CallError::ErrorLimited:
        return u"error limited"_s;
    case CallError::Network:
        return u"network error"_s;
    case CallError::Timeout:
        return u"timeout"_s;
    case CallError::Cancelled:
        return u"cancelled"_s;
    case CallError::LimitExceeded:
        return u"limit exceeded"_s;
    case CallError::BadResponse:
        return u"bad response"_s;
    }
    return {};
}

namespace {

// Below this, zlib's header and qCompress's length prefix eat most of what packing saves.
constexpr qsizetype smallestPacked = 256;
// Level 1: on JSON within a few percent of level 6's size at about three times the speed.
constexpr int packingLevel = 1;

} // namespace

QByteArray packBody(const QByteArray &body)
{
    if (body.size() < smallestPacked) {
        return {};
    }
    QByteArray packed = qCompress(body, packingLevel);
    if (packed.size() >= body.size()) {
        return {};
    }
    packed.squeeze(); // qCompress leaves room for the whole body behind the packed bytes
    return packed;
}

QByteArray PageResult::bytes() const
{
    return isPacked() ? qUncompress(packed) : body;
}

qint64 packedBodySize(const QByteArray &packed)
{
    if (packed.size() < 4) {
        return -1;
    }
    const auto byte = [&packed](int i) { return qint64(uchar(packed.at(i))); };
    return (byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3);
}

qsizetype PageResult::bodySize() const
{
    return isPacked() ? packedBodySize(packed) : body.size(); // keepPacked keeps no fewer than 4 bytes
}

bool PageResult::keepPacked(const QByteArray &received, const QByteArray &packedBody)
{
    // Handed-out copies share the body's data, so the comparison is nearly always the pointer's.
    if (isPacked() || packedBody.size() < 4 || (body.constData() != received.constData() && body != received)) {
        return false;
    }
    packed = packedBody;
    body = QByteArray();
    packing.reset();
    return true;
}

bool CallResult::keepPacked(const QString &language, int page, const QByteArray &received, const QByteArray &packedBody)
{
    for (PageResult &kept : pages) {
        if (kept.page == page && kept.language == language) {
            return kept.keepPacked(received, packedBody);
        }
    }
    return false;
}

QStringList CallResult::languages() const
{
    QStringList result;
    for (const PageResult &page : pages) {
        if (!result.contains(page.language)) {
            result.append(page.language);
        }
    }
    return result;
}

QJsonArray CallResult::rows(const QString &language) const
{
    QJsonArray result;
    for (const PageResult &page : pages) {
        if (language.isEmpty() || page.language == language) {
            const QJsonArray items = pageRows(page);
            for (const QJsonValue &item : items) {
                result.append(item);
            }
        }
    }
    return result;
}

QJsonArray pageRows(const PageResult &page)
{
    const QByteArray body = page.bytes();
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isArray()) {
        return document.array();
    }
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QString list = cursorListProperty(object);
        return list.isEmpty() ? QJsonArray{object} : object.value(list).toArray();
    }
    if (!body.trimmed().isEmpty()) {
        // Scalars (e.g. a bare number) are valid JSON that QJsonDocument will not read on its own.
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + body + "]");
        if (wrapped.isArray() && wrapped.array().size() == 1) {
            return wrapped.array();
        }
    }
    return {};
}

QString esiErrorMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        return {};
    }
    return document.object().value(u"error"_s).toString();
}

QString cursorListProperty(const QJsonObject &body)
{
    if (!body.value(u"cursor"_s).isObject()) {
        return {};
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"cursor" && it.value().isArray()) {
            return it.key();
        }
    }
    return {};
}

} // namespace Esi::Core
