#pragma once

#include <QString>

namespace Esi::Core {

enum class CallMode {
    SinglePage, // django-esi's result(): the first page, or the one named by the `page` parameter
    AllPages,   // results(): every page (X-Pages, cursor or from_id); a given `page` is ignored
};

struct CallOptions
{
    CallMode mode = CallMode::AllPages;
    QString language = QStringLiteral("en"); // Accept-Language
    bool allLanguages = false;               // results_localized(): the same call in every ESI language
    qint64 characterId = 0;                  // whose token authed operations use; 0 = none
    int concurrency = 0;                     // requests in flight at once; 0 = the client's default
    bool useCache = true;                    // answer from / store into the response cache
    bool forceRefresh = false;               // drop the cached entries and fetch without validators
};

} // namespace Esi::Core
