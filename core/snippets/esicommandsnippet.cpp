#include "core/snippets/esicommandsnippet.h"

#include "core/spec/specrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QString EsiCommandSnippet::build(const SnippetRequest &request)
{
    QStringList words{u"esi"_s, u"call"_s, SnippetRequest::shellWord(request.operationId)};
    const QStringList names = request.values.names();
    for (const QString &name : names) {
        if (request.walk == SnippetRequest::Walk::Pages && name == u"page") {
            continue; // --all-pages walks them all
        }
        words.append(SnippetRequest::shellWord(name + u'=' + request.values.value(name)));
    }
    if (request.values.hasBody()) {
        words.append(SnippetRequest::shellWord(u"body="_s + request.values.body()));
    }
    if (request.allPages) {
        words.append(u"--all-pages"_s);
    }
    if (!request.language.isEmpty() && request.language != u"en") {
        words << u"--lang"_s << SnippetRequest::shellWord(request.language);
    }
    if (request.characterId > 0 && !request.values.contains(u"character_id")) { // the path decides by itself
        words << u"--character"_s << QString::number(request.characterId);
    }
    if (!request.compatibilityDate.isEmpty()) {
        words << u"--compat"_s << SnippetRequest::shellWord(request.compatibilityDate);
    }
    if (!request.baseUrl.isEmpty() && request.baseUrl != QLatin1StringView(SpecRepository::defaultBaseUrl)) {
        words << u"--base-url"_s << SnippetRequest::shellWord(request.baseUrl);
    }
    return words.join(u' ');
}

} // namespace Esi::Core
