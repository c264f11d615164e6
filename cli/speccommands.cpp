#include "cli/speccommands.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "cli/operationreport.h"
#include "core/spec/specdiff.h"
#include "core/spec/specsearch.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

using Core::Operation;
using Core::Spec;
using Core::SpecPtr;

namespace {

struct Subcommand
{
    const char *name;
    const char *description;
    int (SpecCommands::*run)(const QStringList &);
};

// Tags that operations actually use, in first-seen order (the document's `tags` list may hold more).
QStringList usedTags(const Spec &spec)
{
    QStringList tags;
    for (const Operation &operation : spec.operations()) {
        if (!operation.tag.isEmpty() && !tags.contains(operation.tag)) {
            tags.append(operation.tag);
        }
    }
    return tags;
}

QString operationLine(const Operation &operation)
{
    return operation.operationId + u' ' + operation.method + u' ' + operation.path + u' ' +
           (operation.scopes.isEmpty() ? u"-"_s : operation.scopes.join(u','));
}

// Ids compare loosely so "get_characters_character_id_assets" (Swagger 2.0) finds its OpenAPI twin.
QString normalizedId(const QString &id)
{
    QString result;
    result.reserve(id.size());
    for (const QChar c : id) {
        if (c != u'_' && c != u'-') {
            result += c.toLower();
        }
    }
    return result;
}

// "GetCharacterAssets" / "get_character_assets" -> get, character, assets
QStringList idWords(const QString &id)
{
    QStringList words;
    QString word;
    for (const QChar c : id) {
        if (c == u'_' || c == u'-' || c == u' ' || (c.isUpper() && !word.isEmpty())) {
            if (!word.isEmpty()) {
                words.append(word.toLower());
            }
            word.clear();
        }
        if (c != u'_' && c != u'-' && c != u' ') {
            word += c;
        }
    }
    if (!word.isEmpty()) {
        words.append(word.toLower());
    }
    return words;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        previous[j] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

SpecCommands::SpecCommands(Console &console, const QProcessEnvironment &environment,
                           const Core::StateLocations &locations)
    : m_console(console)
    , m_source(console, environment, locations)
{}

QString SpecCommands::name() const
{
    return u"spec"_s;
}

QString SpecCommands::description() const
{
    return u"Inspect an ESI spec: summary, operations, one operation, differences."_s;
}

int SpecCommands::run(const QStringList &arguments)
{
    // Inside a member so the table may name the private handlers.
    static const Subcommand subcommands[] = {
        {"summary", "Print counts of operations, tags, paging, scopes and rate limits as one JSON object.",
         &SpecCommands::summary},
        {"ops", "List operations: OperationId METHOD /path scopes.", &SpecCommands::operations},
        {"show", "Describe one operation: parameters, scopes, limits, caching, paging.", &SpecCommands::show},
        {"diff", "Compare two specs: operations added, removed and changed.", &SpecCommands::diff},
    };
    CommandParser parser(m_console, u"esi spec"_s, description());
    parser.addPositionalArgument(u"command"_s, u"One of the commands below."_s, u"<command> [<args>...]"_s);
    parser.stopAtFirstPositional();
    QString epilogue = u"Commands:\n"_s;
    for (const Subcommand &subcommand : subcommands) {
        epilogue += u"  "_s + QString(QLatin1StringView(subcommand.name)).leftJustified(10) +
                    QLatin1StringView(subcommand.description) + u'\n';
    }
    epilogue += u"\nRun 'esi spec <command> --help' for a command's options.\n"_s;
    parser.setEpilogue(epilogue);
    if (const auto done = parser.parse(arguments, 0, -1)) {
        return *done;
    }
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        m_console.writeError(parser.helpText());
        return ExitCode::BadInput;
    }
    for (const Subcommand &subcommand : subcommands) {
        if (words.constFirst() == QLatin1StringView(subcommand.name)) {
            return (this->*subcommand.run)(words.mid(1));
        }
    }
    return parser.usageError(u"unknown command \""_s + words.constFirst() + u'"');
}

int SpecCommands::summary(const QStringList &arguments)
{
    CommandParser parser(m_console, u"esi spec summary"_s,
                         u"Print one JSON object counting the spec's operations, tags, page-paged and "
                         u"cursor-paged operations, authed operations, scopes and rate-limited operations."_s);
    m_source.addOptions(parser);
    if (const auto done = parser.parse(arguments)) {
        return *done;
    }
    int exitCode = ExitCode::Success;
    const SpecPtr spec = m_source.load(parser, &exitCode);
    if (!spec) {
        return exitCode;
    }
    int paged = 0;
    int cursor = 0;
    int authed = 0;
    int rateLimited = 0;
    QSet<QString> scopes;
    for (const Operation &operation : spec->operations()) {
        // Counted from the parameter itself: cursor-paged operations have no `page`.
        const Core::Parameter *page = operation.parameter(u"page");
        paged += page && page->location == Core::ParameterLocation::Query ? 1 : 0;
        cursor += operation.extensions.value(u"x-pagination"_s).toString() == u"cursor" ? 1 : 0;
        authed += operation.authed ? 1 : 0;
        rateLimited += operation.rateLimit.isValid() ? 1 : 0;
        for (const QString &scope : operation.scopes) {
            scopes.insert(scope);
        }
    }
    m_console.writeJson({{u"openapi"_s, spec->documentVersion()},
                         {u"version"_s, spec->version()},
                         {u"operations"_s, int(spec->operations().size())},
                         {u"tags"_s, int(usedTags(*spec).size())},
                         {u"paged"_s, paged},
                         {u"cursor"_s, cursor},
                         {u"authed"_s, authed},
                         {u"scopes"_s, int(scopes.size())},
                         {u"rate_limited"_s, rateLimited}});
    return ExitCode::Success;
}

int SpecCommands::operations(const QStringList &arguments)
{
    CommandParser parser(m_console, u"esi spec ops"_s,
                         u"List operations, one per line: OperationId METHOD /path scopes (comma-separated, "
                         u"\"-\" for public operations)."_s);
    m_source.addOptions(parser);
    const QCommandLineOption tagOption(u"tag"_s, u"Only operations tagged <tag> (case-insensitive)."_s, u"tag"_s);
    const QCommandLineOption searchOption(
        u"search"_s,
        u"Only operations matching <text>, best first; words may be qualified: tag:, scope:, path:, id:, method:."_s,
        u"text"_s);
    parser.addOption(tagOption);
    parser.addOption(searchOption);
    if (const auto done = parser.parse(arguments)) {
        return *done;
    }
    int exitCode = ExitCode::Success;
    const SpecPtr spec = m_source.load(parser, &exitCode);
    if (!spec) {
        return exitCode;
    }
    QString tag;
    if (parser.isSet(tagOption)) {
        const QString wanted = parser.value(tagOption);
        QStringList tags = usedTags(*spec);
        for (const QString &candidate : std::as_const(tags)) {
            if (candidate.compare(wanted, Qt::CaseInsensitive) == 0) {
                tag = candidate;
            }
        }
        if (tag.isEmpty()) {
            tags.sort(Qt::CaseInsensitive);
            return m_console.fail(ExitCode::BadInput,
                                  u"unknown tag \""_s + wanted + u"\"; the spec's tags are: "_s + tags.join(u", "_s));
        }
    }
    QList<int> indexes;
    if (parser.isSet(searchOption)) {
        indexes = Core::SpecSearch(spec).find(parser.value(searchOption));
    } else {
        for (qsizetype i = 0; i < spec->operations().size(); ++i) {
            indexes.append(int(i));
        }
    }
    QString text;
    for (const int index : std::as_const(indexes)) {
        const Operation &operation = spec->operations().at(index);
        if (tag.isEmpty() || operation.tag == tag) {
            text += operationLine(operation) + u'\n';
        }
    }
    m_console.write(text);
    return ExitCode::Success;
}

int SpecCommands::show(const QStringList &arguments)
{
    CommandParser parser(m_console, u"esi spec show"_s,
                         u"Describe one operation: parameters, scopes, required roles, rate limit, caching, "
                         u"paging, localization and the success response."_s);
    parser.addPositionalArgument(u"operation-id"_s, u"The operation, e.g. GetCharactersCharacterIdAssets."_s);
    m_source.addOptions(parser);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object instead of text."_s);
    parser.addOption(jsonOption);
    if (const auto done = parser.parse(arguments, 1, 1)) {
        return *done;
    }
    int exitCode = ExitCode::Success;
    const SpecPtr spec = m_source.load(parser, &exitCode);
    if (!spec) {
        return exitCode;
    }
    const QString operationId = parser.positionalArguments().constFirst();
    const Operation *operation = spec->operation(operationId);
    if (!operation) {
        return unknownOperation(spec, operationId);
    }
    const OperationReport report(*spec, *operation);
    if (parser.isSet(jsonOption)) {
        m_console.writeJson(report.toJson());
    } else {
        m_console.write(report.toText());
    }
    return ExitCode::Success;
}

int SpecCommands::unknownOperation(const SpecPtr &spec, const QString &operationId) const
{
    const QString wanted = normalizedId(operationId);
    QStringList suggestions;
    for (const Operation &operation : spec->operations()) {
        if (normalizedId(operation.operationId) == wanted) { // wrong case or Swagger 2.0 snake_case
            suggestions.append(operation.operationId);
        }
    }
    if (suggestions.isEmpty()) {
        // Every word of the id present ("GetCharacterAssets") is the strongest hint...
        const QList<int> found = Core::SpecSearch(spec).find(idWords(operationId).join(u' '));
        for (qsizetype i = 0; i < found.size() && i < 3; ++i) {
            suggestions.append(spec->operations().at(found.at(i)).operationId);
        }
        // ...and a small edit distance catches typos ("GetCharactersCharacterIdAsets").
        QList<QPair<int, QString>> ranked;
        for (const Operation &operation : spec->operations()) {
            ranked.append({editDistance(wanted, normalizedId(operation.operationId)), operation.operationId});
        }
        std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        const int tolerance = qMax(2, int(wanted.size()) / 10);
        for (const auto &[distance, id] : std::as_const(ranked)) {
            if (suggestions.size() >= 5 || distance > tolerance) {
                break;
            }
            if (!suggestions.contains(id)) {
                suggestions.append(id);
            }
        }
    }
    QString message = u"no operation \""_s + operationId + u"\" in the spec ("_s + spec->version() + u')';
    message += suggestions.isEmpty() ? u"; find it with 'esi spec ops --search <text>'"_s
                                     : u"; did you mean: "_s + suggestions.join(u", "_s) + u'?';
    return m_console.fail(ExitCode::BadInput, message);
}

int SpecCommands::diff(const QStringList &arguments)
{
    CommandParser parser(m_console, u"esi spec diff"_s,
                         u"Compare two spec files: operations added, removed and changed (parameters, "
                         u"schemas, scopes, extensions). Operations pair up by method and path."_s);
    const QCommandLineOption fromOption(u"from"_s, u"The older spec <file>."_s, u"file"_s);
    const QCommandLineOption toOption(u"to"_s, u"The newer spec <file>."_s, u"file"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object instead of text."_s);
    parser.addOption(fromOption);
    parser.addOption(toOption);
    parser.addOption(jsonOption);
    if (const auto done = parser.parse(arguments)) {
        return *done;
    }
    if (!parser.isSet(fromOption) || !parser.isSet(toOption)) {
        return parser.usageError(u"both --from and --to are required"_s);
    }
    int exitCode = ExitCode::Success;
    const SpecPtr from = m_source.loadFile(parser.value(fromOption), &exitCode);
    if (!from) {
        return exitCode;
    }
    const SpecPtr to = m_source.loadFile(parser.value(toOption), &exitCode);
    if (!to) {
        return exitCode;
    }
    const Core::SpecDiff difference = Core::SpecDiff::compare(*from, *to);
    if (parser.isSet(jsonOption)) {
        m_console.writeJson(difference.toJson());
    } else {
        m_console.write(difference.toText());
    }
    return ExitCode::Success;
}

} // namespace Esi::Cli
