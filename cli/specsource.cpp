#include "cli/specsource.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "cli/guisettings.h"
#include "core/spec/specrepository.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

using Core::SpecError;
using Core::SpecPtr;
using Core::SpecRepository;

SpecSource::SpecSource(Console &console, QProcessEnvironment environment, Core::StateLocations locations)
    : m_console(console)
    , m_environment(std::move(environment))
    , m_locations(std::move(locations))
    , m_spec(u"spec"_s, u"Read the spec from <file> (OpenAPI 3.x or Swagger 2.0 JSON)."_s, u"file"_s)
    , m_compat(u"compat"_s,
               u"Use ESI's spec for compatibility date <date> (YYYY-MM-DD), fetched once and then cached."_s, u"date"_s)
    , m_baseUrl(u"base-url"_s,
                u"ESI base URL for --compat (default: $ESI_BASE_URL, else "_s +
                    QLatin1StringView(SpecRepository::defaultBaseUrl) + u")."_s,
                u"url"_s)
{}

void SpecSource::addOptions(CommandParser &parser) const
{
    parser.addOption(m_spec);
    parser.addOption(m_compat);
    parser.addOption(m_baseUrl);
}

QString SpecSource::cacheDirectory() const
{
    return m_locations.specDirectory();
}

QUrl SpecSource::baseUrl(const CommandParser &parser, QString *error) const
{
    QString text = parser.value(m_baseUrl);
    QString origin = u"--base-url"_s;
    if (text.isEmpty()) {
        text = m_environment.value(u"ESI_BASE_URL"_s);
        origin = u"ESI_BASE_URL"_s;
    }
    if (text.isEmpty()) {
        return QUrl(QLatin1StringView(SpecRepository::defaultBaseUrl));
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        *error = origin + u" \""_s + text + u"\" is not an http(s) URL; use e.g. "_s +
                 QLatin1StringView(SpecRepository::defaultBaseUrl);
    }
    return url;
}

SpecPtr SpecSource::load(const CommandParser &parser, int *exitCode) const
{
    const bool fromFile = parser.isSet(m_spec);
    const bool fromEsi = parser.isSet(m_compat);
    if (fromFile && fromEsi) {
        *exitCode = parser.usageError(u"use either --spec or --compat, not both"_s);
        return nullptr;
    }
    if (fromFile) {
        return loadFile(parser.value(m_spec), exitCode);
    }
    if (fromEsi) {
        const QString date = parser.value(m_compat);
        if (!SpecRepository::isCompatibilityDate(date)) {
            *exitCode = m_console.fail(ExitCode::BadInput, u"--compat \""_s + date +
                                                               u"\" is not a compatibility date; use a real "
                                                               u"calendar date in the form YYYY-MM-DD"_s);
            return nullptr;
        }
        QString problem;
        const QUrl url = baseUrl(parser, &problem);
        if (!problem.isEmpty()) {
            *exitCode = m_console.fail(ExitCode::BadInput, problem);
            return nullptr;
        }
        return fetch(date, url, exitCode);
    }
    if (parser.isSet(m_baseUrl)) {
        *exitCode = parser.usageError(u"--base-url only applies with --compat"_s);
        return nullptr;
    }
    const Core::SpecLoadResult bundled = SpecRepository::loadBundled();
    if (!bundled) {
        // The bundled spec is part of the build; failing to read it is not the user's input.
        *exitCode = m_console.fail(ExitCode::Failure, bundled.error.toString());
        return nullptr;
    }
    return bundled.spec;
}

SpecPtr SpecSource::loadFile(const QString &fileName, int *exitCode) const
{
    const Core::SpecLoadResult result = Core::Spec::fromFile(fileName);
    if (!result) {
        Core::SpecError error = result.error;
        // Spec::fromFile names parse errors by the bare file name; the path the user typed is clearer.
        error.source = fileName;
        *exitCode = m_console.fail(ExitCode::BadInput, error.toString());
        return nullptr;
    }
    return result.spec;
}

SpecPtr SpecSource::fetch(const QString &date, const QUrl &url, int *exitCode) const
{
    QNetworkAccessManager network;
    SpecRepository repository(&network, cacheDirectory(), url);
    QEventLoop loop;
    SpecPtr spec;
    SpecError failure;
    bool finished = false;
    QObject::connect(&repository, &SpecRepository::specReady, &loop, [&](const QString &, const SpecPtr &ready, bool) {
        spec = ready;
        finished = true;
        loop.quit();
    });
    QObject::connect(&repository, &SpecRepository::specFailed, &loop, [&](const QString &, const SpecError &error) {
        failure = error;
        finished = true;
        loop.quit();
    });
    repository.fetchSpec(date);
    if (!finished) { // a cached date answers before fetchSpec returns
        loop.exec();
    }
    if (!spec) {
        // Whatever came back from the server (no answer, an HTTP error, a document that is not a
        // spec) is not something the user typed wrong.
        *exitCode = m_console.fail(failure.kind == SpecError::Kind::Invalid ? ExitCode::BadInput : ExitCode::Failure,
                                   failure.toString());
    }
    return spec;
}

} // namespace Esi::Cli
