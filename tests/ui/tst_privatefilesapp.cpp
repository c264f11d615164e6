// esi-studio run as a user would, under umask 022: every folder and file it keeps (cache, token metadata,
// history, settings) is private, on a fresh profile and on one left world-readable by an older version.
#include "tests/cli/filemodes.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

class TestPrivateFilesApp : public QObject
{
    Q_OBJECT

private:
    // esi-studio --quit-after-ready with its XDG folders under `home`; the exit code (-1: did not finish).
    static int runApp(const QString &home, QString *err)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        for (const QString &name :
             {u"ESI_BASE_URL"_s, u"ESI_SSO_URL"_s, u"ESI_STUDIO_CACHE_DIR"_s, u"ESI_STUDIO_DATA_DIR"_s}) {
            environment.remove(name);
        }
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ESI_BINARY_DIR "/app/esi-studio"), {u"--quit-after-ready"_s});
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        *err = QString::fromLocal8Bit(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // The folders ESI Studio keeps under a home: cache, data (tokens, history, remembered values), settings.
    static QStringList stateFolders(const QString &home)
    {
        return {home + u"/cache/esi-studio"_s, home + u"/data/esi-studio"_s, home + u"/config/EsiStudio"_s};
    }

    static QStringList loose(const QString &home)
    {
        QStringList found;
        for (const QString &folder : stateFolders(home)) {
            found += QFileInfo::exists(folder) ? FileModes::notPrivate(folder) : QStringList{folder + u" missing"_s};
        }
        return found;
    }

    static bool worldReadable(const QString &path, bool folder)
    {
        if (folder ? !QDir().mkpath(path) : !QFile(path).open(QIODevice::WriteOnly)) {
            return false;
        }
        return ::chmod(QFile::encodeName(path).constData(), folder ? 0755 : 0644) == 0;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(QStringLiteral(ESI_BINARY_DIR "/app/esi-studio")), "build the esi-studio target first");
        ::umask(022);
    }

    void freshProfile_everythingTheAppMakesIsPrivate()
    {
        QTemporaryDir home;
        QString err;
        QVERIFY2(runApp(home.path(), &err) == 0, qPrintable(err));
        QVERIFY(QFile::exists(home.filePath(u"cache/esi-studio/responses.sqlite"_s)));
        QVERIFY(QFile::exists(home.filePath(u"data/esi-studio/tokens.sqlite"_s)));
        QVERIFY(QFile::exists(home.filePath(u"data/esi-studio/history.sqlite"_s)));
        QVERIFY(!QFile::exists(home.filePath(u"data/EsiStudio"_s))); // one data root, no second one
        for (const QString &folder : stateFolders(home.path())) {
            qInfo().noquote() << FileModes::listing(folder);
        }
        QVERIFY2(loose(home.path()).isEmpty(), qPrintable(loose(home.path()).join(u", "_s)));
    }

    void oldWorldReadableProfile_isCorrectedAtStart()
    {
        QTemporaryDir home;
        QVERIFY(worldReadable(home.filePath(u"cache/esi-studio/specs"_s), true));
        QVERIFY(worldReadable(home.filePath(u"cache/esi-studio"_s), true));
        QVERIFY(worldReadable(home.filePath(u"cache/esi-studio/responses.sqlite"_s), false));
        QVERIFY(worldReadable(home.filePath(u"cache/esi-studio/jwks.json"_s), false));
        QVERIFY(worldReadable(home.filePath(u"data/esi-studio"_s), true));
        QVERIFY(worldReadable(home.filePath(u"data/esi-studio/tokens.sqlite"_s), false));
        QVERIFY(worldReadable(home.filePath(u"data/EsiStudio/esi-studio"_s), true));
        QVERIFY(worldReadable(home.filePath(u"data/EsiStudio"_s), true));
        QVERIFY(worldReadable(home.filePath(u"data/EsiStudio/esi-studio/history.sqlite"_s), false));
        QVERIFY(worldReadable(home.filePath(u"data/EsiStudio/esi-studio/remembered-values.ini"_s), false));
        QVERIFY(worldReadable(home.filePath(u"config/EsiStudio"_s), true));
        QVERIFY(worldReadable(home.filePath(u"config/EsiStudio/esi-studio.conf"_s), false));
        qInfo().noquote() << "before:" << loose(home.path()).join(u", "_s);
        QString err;
        QVERIFY2(runApp(home.path(), &err) == 0, qPrintable(err));
        QVERIFY2(loose(home.path()).isEmpty(), qPrintable(loose(home.path()).join(u", "_s)));
        // The old second data root moved into the data root, private, and is gone.
        QVERIFY(QFile::exists(home.filePath(u"data/esi-studio/remembered-values.ini"_s)));
        QVERIFY(QFile::exists(home.filePath(u"data/esi-studio/history.sqlite"_s)));
        QVERIFY(!QFile::exists(home.filePath(u"data/EsiStudio"_s)));
    }

    void oldSecondDataRoot_movesIntoTheDataRootOnceKeepingItsContent()
    {
        QTemporaryDir home;
        const QString legacy = home.filePath(u"data/EsiStudio/esi-studio"_s);
        QVERIFY(QDir().mkpath(legacy));
        QFile values(legacy + u"/remembered-values.ini"_s);
        QVERIFY(values.open(QIODevice::WriteOnly));
        values.write("[operations]\nGetStatus=\"{}\"\n");
        values.close();
        QString err;
        QVERIFY2(runApp(home.path(), &err) == 0, qPrintable(err));
        QFile moved(home.filePath(u"data/esi-studio/remembered-values.ini"_s));
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QVERIFY(moved.readAll().contains("GetStatus"));
        moved.close();
        QVERIFY(!QFile::exists(legacy));
        // The second start finds nothing to move and leaves the data root as it is.
        QVERIFY2(runApp(home.path(), &err) == 0, qPrintable(err));
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QVERIFY(moved.readAll().contains("GetStatus"));
        QVERIFY(!QFile::exists(home.filePath(u"data/EsiStudio"_s)));
        QVERIFY2(loose(home.path()).isEmpty(), qPrintable(loose(home.path()).join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFilesApp)
#include "tst_privatefilesapp.moc"
