// The words of a run handed between processes (esi-studio --run, a later launch handing over to the running one,
// esi call --open-in-studio): one format, written and read the same by the GUI and esi.
#include "core/result/runwords.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::RunWords;

class TestRunWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void words_roundTrip_withValuesBodyAndAllPages()
    {
        RunWords run;
        run.operationId = u"PostUniverseNames"_s;
        QString error;
        QVERIFY2(run.values.setAssignments({u"datasource=tranquility"_s, u"body=[1, 2]"_s}, &error), qPrintable(error));
        run.allPages = true;
        QCOMPARE(run.toWords(), QStringList({u"PostUniverseNames"_s, u"datasource=tranquility"_s, u"body=[1, 2]"_s,
                                             u"--all-pages"_s}));
        QCOMPARE(run.toArguments(), QStringList{u"--run"_s} + run.toWords());
        const std::optional<RunWords> again = RunWords::fromWords(run.toWords(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->operationId, run.operationId);
        QCOMPARE(again->values, run.values);
        QVERIFY(again->allPages);
    }

    void fromWords_allPagesAnywhere_andABodyFileStaysAsWritten()
    {
        QString error;
        const std::optional<RunWords> run =
            RunWords::fromWords({u" GetStatus "_s, u"--all-pages"_s, u"body=@ids.json"_s}, &error);
        QVERIFY2(run, qPrintable(error));
        QCOMPARE(run->operationId, u"GetStatus"_s);
        QVERIFY(run->allPages);
        QCOMPARE(run->values.body(), u"@ids.json"_s); // read where the command was typed, not here
    }

    void fromWords_refusesWhatIsNoRun()
    {
        QString error;
        QVERIFY(!RunWords::fromWords({}, &error));
        QVERIFY2(error.contains(u"operation ID"), qPrintable(error));
        QVERIFY(!RunWords::fromWords({u"GetMarketsRegionIdOrders"_s, u"10000002"_s}, &error));
        QVERIFY2(error.contains(u"name=value"), qPrintable(error));
        QStringList tooMany{u"GetStatus"_s};
        for (qsizetype i = 0; i < RunWords::maxWords; ++i) {
            tooMany.append(u"v%1=1"_s.arg(i));
        }
        QVERIFY(!RunWords::fromWords(tooMany, &error));
        QVERIFY2(error.contains(QString::number(RunWords::maxWords)), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRunWords)
#include "tst_runwords.moc"
