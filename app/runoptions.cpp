#include "app/runoptions.h"

#include "ui/run/runrequest.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace Esi::App {

void RunOptions::addOptions(QCommandLineParser &parser)
{
    parser.addOptions(Ui::RunRequest::commandLineOptions());
}

bool RunOptions::read(const QCommandLineParser &parser, QStringList *positional, QString *error)
{
    if (!parser.isSet(u"run"_s) && !positional->isEmpty()) {
        return true; // not ours: StartupOptions names the unexpected argument
    }
    const std::optional<QStringList> runWords = Ui::RunRequest::wordsFrom(parser, error);
    if (!runWords) {
        return false;
    }
    positional->clear(); // the run's name=value words
    if (!runWords->isEmpty()) {
        const std::optional<Ui::RunRequest> run = Ui::RunRequest::fromWords(*runWords, error);
        if (!run) {
            return false;
        }
        words = run->toWords(); // a body file is read here, where it was named
    }
    quitAfterRun = parser.isSet(u"quit-after-run"_s);
    return true;
}

} // namespace Esi::App
