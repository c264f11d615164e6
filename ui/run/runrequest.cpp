#include "ui/run/runrequest.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr qint64 maxBodyFileBytes = 4 * 1024 * 1024; // a request body for ESI is a few KB

} // namespace

QList<QCommandLineOption> RunRequest::commandLineOptions()
{
    return {
        QCommandLineOption(u"run"_s,
                           tr("Open the operation <operation_id> with the name=value words that follow (as in esi "
                              "call) and run it, in the ESI Studio already running if there is one."),
                           tr("operation_id")),
        QCommandLineOption(u"all-pages"_s, tr("With --run: fetch every page.")),
        QCommandLineOption(u"quit-after-run"_s,
                           tr("With --run: exit once the run is done and every row is in the table; status 0 on "
                              "success, 1 on a failed run, 2 when it could not start (implies --new-instance).")),
    };
}

std::optional<QStringList> RunRequest::wordsFrom(const QCommandLineParser &parser, QString *error)
{
    const QStringList positional = parser.positionalArguments();
    if (!parser.isSet(u"run"_s)) {
        if (!positional.isEmpty()) {
            *error = tr("unexpected argument \u201c%1\u201d; open a spec with --spec FILE, run an operation with "
                        "--run OPERATION_ID name=value ...")
                         .arg(positional.constFirst());
            return std::nullopt;
        }
        if (parser.isSet(u"all-pages"_s) || parser.isSet(u"quit-after-run"_s)) {
            *error = tr("--all-pages and --quit-after-run need --run OPERATION_ID");
            return std::nullopt;
        }
        return QStringList();
    }
    QStringList words{parser.value(u"run"_s)};
    words += positional;
    if (parser.isSet(u"all-pages"_s)) {
        words.append(u"--all-pages"_s);
    }
    return words;
}

std::optional<RunRequest> RunRequest::fromWords(const QStringList &words, QString *error)
{
    std::optional<Core::RunWords> run = Core::RunWords::fromWords(words, error);
    if (!run) {
        return std::nullopt;
    }
    RunRequest request;
    static_cast<Core::RunWords &>(request) = std::move(*run);
    if (request.values.hasBody() && request.values.body().startsWith(u'@')) {
        QFile file(request.values.body().mid(1));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the body file %1: %2").arg(file.fileName(), file.errorString());
            return std::nullopt;
        }
        if (file.size() > maxBodyFileBytes) {
            *error = tr("the body file %1 is larger than %2 MiB; an ESI request body is a few KB")
                         .arg(file.fileName())
                         .arg(maxBodyFileBytes / (1024 * 1024));
            return std::nullopt;
        }
        request.values.setBody(QString::fromUtf8(file.readAll()));
    }
    return request;
}

} // namespace Esi::Ui
