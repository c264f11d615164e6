#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// `esi` prints for scripts and logs: core's messages are translatable for the GUI, but esi installs no
// translator, so a German (or any) locale still reads them in English.
class TestCliEnglish : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QList<QByteArray> errLines;
    };

    Run esiInGerman(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
        environment.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        environment.insert(u"LANGUAGE"_s, u"de"_s);
        environment.insert(u"ESI_STUDIO_CACHE_DIR"_s, m_state.path());
        environment.insert(u"ESI_STUDIO_DATA_DIR"_s, m_state.path());
        environment.remove(u"ESI_BASE_URL"_s);
        process.setProcessEnvironment(environment);
        // Nothing listens on port 9: the messages checked here come before any request.
        process.start(QStringLiteral(ESI_BINARY_DIR "/cli/esi"),
                      QStringList{u"call"_s} + arguments +
                          QStringList{u"--spec"_s, QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"),
                                      u"--base-url"_s, u"http://127.0.0.1:9"_s});
        Run run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.errLines = process.readAllStandardError().split('\n');
        run.errLines.removeAll(QByteArray());
        return run;
    }

    QTemporaryDir m_state;

private Q_SLOTS:

    void initTestCase() { QVERIFY(m_state.isValid()); }

    void badValues_inAGermanLocale_areReportedInEnglish()
    {
        const Run run = esiInGerman({u"GetMarketsRegionIdOrders"_s, u"region_id=abc"_s, u"order_type=bye"_s});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errLines, (QList<QByteArray>{"esi: order_type: 'bye' is not one of buy, sell, all",
                                                  "esi: region_id: 'abc' is not an integer"}));
    }

    void missingParameters_inAGermanLocale_areReportedInEnglish()
    {
        const Run run = esiInGerman({u"GetMarketsRegionIdOrders"_s});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(
            run.errLines,
            (QList<QByteArray>{"esi: missing required parameter 'order_type' (query string one of [buy, sell, all]); "
                               "add order_type=<value>",
                               "esi: missing required parameter 'region_id' (path integer (int64)); add "
                               "region_id=<value>"}));
    }

    void cliSources_installNoTranslator()
    {
        QDirIterator files(QStringLiteral(ESI_SOURCE_DIR "/cli"), {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                           QDirIterator::Subdirectories);
        int read = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray text = file.readAll();
            QVERIFY2(!text.contains("QTranslator") && !text.contains("installTranslator"), qPrintable(file.fileName()));
            ++read;
        }
        QVERIFY(read > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliEnglish)
#include "tst_clienglish.moc"
