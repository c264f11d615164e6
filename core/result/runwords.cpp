#include "core/result/runwords.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

const QString allPagesWord = u"--all-pages"_s;

} // namespace

std::optional<RunWords> RunWords::fromWords(const QStringList &words, QString *error)
{
    if (words.isEmpty() || words.constFirst().trimmed().isEmpty()) {
        *error = tr("--run needs an operation ID, e.g. --run GetMarketsRegionIdOrders region_id=10000002");
        return std::nullopt;
    }
    if (words.size() > maxWords) {
        *error = tr("--run takes at most %1 values").arg(maxWords);
        return std::nullopt;
    }
    RunWords run;
    run.operationId = words.constFirst().trimmed();
    QStringList assignments;
    for (const QString &word : words.mid(1)) {
        if (word == allPagesWord) {
            run.allPages = true;
        } else {
            assignments.append(word);
        }
    }
    QString problem;
    if (!run.values.setAssignments(assignments, &problem)) {
        *error = tr("cannot run %1: %2").arg(run.operationId, problem);
        return std::nullopt;
    }
    return run;
}

QStringList RunWords::toWords() const
{
    QStringList words{operationId};
    const QStringList names = values.names();
    for (const QString &name : names) {
        words.append(name + u'=' + values.value(name));
    }
    if (values.hasBody()) {
        words.append(u"body="_s + values.body());
    }
    if (allPages) {
        words.append(allPagesWord);
    }
    return words;
}

QStringList RunWords::toArguments() const
{
    return QStringList{u"--run"_s} + toWords();
}

} // namespace Esi::Core
