#include "core/spec/operation.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QString locationName(ParameterLocation location)
{
    switch (location) {
    case ParameterLocation::Path:
        return u"path"_s;
    case ParameterLocation::Query:
        return u"query"_s;
    case ParameterLocation::Header:
        return u"header"_s;
    case ParameterLocation::Cookie:
        return u"cookie"_s;
    }
    return {};
}

QString pagingName(PagingStyle style)
{
    switch (style) {
    case PagingStyle::None:
        return u"none"_s;
    case PagingStyle::Page:
        return u"page"_s;
    case PagingStyle::Cursor:
        return u"cursor"_s;
    case PagingStyle::FromId:
        return u"from_id"_s;
    }
    return {};
}

int RateLimit::parseWindow(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty()) {
        return 0;
    }
    int unit = 1;
    const QChar last = text.back().toLower();
    if (last == u's' || last == u'm' || last == u'h' || last == u'd') {
        unit = last == u's' ? 1 : last == u'm' ? 60 : last == u'h' ? 3600 : 86400;
        text.chop(1);
    }
    bool ok = false;
    const qint64 amount = text.toInt(&ok);
    // A window longer than an int of seconds (~68 years) is as unreadable as a word.
    const qint64 seconds = amount * unit;
    return ok && amount > 0 && seconds <= std::numeric_limits<int>::max() ? int(seconds) : 0;
}

bool Response::declaresHeader(QStringView name) const
{
    for (const ResponseHeader &header : headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

const Parameter *Operation::parameter(QStringView name) const
{
    for (const Parameter &candidate : parameters) {
        if (candidate.name == name) {
            return &candidate;
        }
    }
    return nullptr;
}

QString Operation::key() const
{
    return method + u' ' + (path.size() > 1 && path.endsWith(u'/') ? path.chopped(1) : path);
}

const Response *Operation::successResponse() const
{
    for (const Response &response : responses) {
        if (response.isSuccess()) {
            return &response;
        }
    }
    return nullptr;
}

} // namespace Esi::Core
