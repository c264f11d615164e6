#include "sandbox/httpcaching.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

QByteArray HttpCaching::etagOf(const QByteArray &body)
{
    return '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(40) + '"';
}

void HttpCaching::addValidators(SandboxResponse &response, const QDateTime &now, int maxAgeSeconds, bool isPrivate)
{
    if (response.header("ETag").isEmpty()) { // callers that cache bodies pass their tag in
        response.setHeader("ETag"_ba, etagOf(response.body));
    }
    response.setHeader("Expires"_ba, SandboxResponse::httpDate(now.addSecs(maxAgeSeconds)));
    response.setHeader("Cache-Control"_ba, (isPrivate ? "private, max-age="_ba : "public, max-age="_ba) +
                                               QByteArray::number(maxAgeSeconds));
}

bool HttpCaching::matches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    if (ifNoneMatch.trimmed() == "*") {
        return !etag.isEmpty();
    }
    const QList<QByteArray> tags = ifNoneMatch.split(',');
    for (QByteArray tag : tags) {
        tag = tag.trimmed();
        if (tag.startsWith("W/")) { // weak comparison, as RFC 9110 asks for If-None-Match
            tag = tag.mid(2);
        }
        if (!tag.isEmpty() && tag == etag) {
            return true;
        }
    }
    return false;
}

SandboxResponse HttpCaching::answerConditional(SandboxResponse response, const SandboxRequest &request)
{
    const QByteArray etag = response.header("ETag");
    if (response.status != 200 || !request.hasHeader("if-none-match"_ba) ||
        !matches(request.header("if-none-match"_ba), etag)) {
        return response;
    }
    response.status = 304;
    response.body.clear();
    response.removeHeader("Content-Type");
    response.removeHeader("Content-Language");
    return response;
}

} // namespace Esi::Sandbox
