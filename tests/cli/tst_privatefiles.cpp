// ESI Studio's state is private whatever the umask: every folder the programs create is 0700 and every file
// 0600 (SQLite's -wal and -shm included), and an install made before that is corrected at start. Checked on
// the core classes and on `esi` run as a process, all under umask 022.
#include "core/auth/tokendatabase.h"
#include "core/clock.h"
#include "core/http/responsecache.h"
#include "core/http/sqlitefile.h"
#include "core/privatefiles.h"
#include "core/spec/specrepository.h"
#include "sandbox/sandboxserver.h"
#include "tests/cli/filemodes.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace Esi;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString esiProgram = QStringLiteral(ESI_BINARY_DIR "/cli/esi");

// An old install: what `QDir::mkpath` and SQLite made under umask 022.
bool writeWorldReadable(const QString &path, const QByteArray &content = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write(content);
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), 0644) == 0;
}

bool makeWorldReadableFolder(const QString &path)
{
    return QDir().mkpath(path) && ::chmod(QFile::encodeName(path).constData(), 0755) == 0;
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private:
    // `esi` without blocking: the in-process sandbox answers from this thread's event loop.
    int esi(const QStringList &arguments, const QString &cache, const QString &data, QString *err)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ESI_STUDIO_CACHE_DIR"_s, cache);
        env.insert(u"ESI_STUDIO_DATA_DIR"_s, data);
        env.insert(u"XDG_CONFIG_HOME"_s, m_root.filePath(u"config"_s));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(esiProgram, arguments);
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QTemporaryDir m_root;
    Core::SystemClock m_clock;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_root.isValid());
        ::umask(022); // what most desktops use: new files 0644, new folders 0755
        const Core::SpecLoadResult spec = Core::SpecRepository::loadBundled();
        QVERIFY(spec);
        m_sandbox =
            std::make_unique<Sandbox::SandboxServer>(spec.spec, QByteArray(), Sandbox::SandboxOptions{}, m_clock);
        QVERIFY(m_sandbox->start() != 0);
    }

    void makePrivateDir_createsEveryMissingFolder0700()
    {
        const QString deep = m_root.filePath(u"made/a/b"_s);
        QVERIFY(Core::PrivateFiles::makePrivateDir(deep));
        QCOMPARE(FileModes::modeOf(m_root.filePath(u"made"_s)), 0700);
        QCOMPARE(FileModes::modeOf(m_root.filePath(u"made/a"_s)), 0700);
        QCOMPARE(FileModes::modeOf(deep), 0700);
        // A folder that already exists is the user's: left as it is.
        QVERIFY(makeWorldReadableFolder(m_root.filePath(u"mine"_s)));
        QVERIFY(Core::PrivateFiles::makePrivateDir(m_root.filePath(u"mine"_s)));
        QCOMPARE(FileModes::modeOf(m_root.filePath(u"mine"_s)), 0755);
    }

    void sqliteFile_databaseWalAndShmAre0600AfterWrites()
    {
        const QString folder = m_root.filePath(u"sqlite/state"_s);
        const QString path = folder + u"/limits.sqlite"_s;
        Core::SqliteFile file(path);
        QString error;
        QVERIFY2(file.open(u"test state"_s, &error), qPrintable(error));
        QVERIFY(file.applySchema(1, {u"t"_s}, {u"CREATE TABLE IF NOT EXISTS t (v TEXT)"_s}, &error));
        QVERIFY(file.beginWrite());
        QVERIFY(file.exec(u"INSERT INTO t VALUES ('authed response body')"_s));
        QVERIFY(file.commit());
        QVERIFY(QFile::exists(path + u"-wal"_s));
        QVERIFY(QFile::exists(path + u"-shm"_s));
        QVERIFY2(FileModes::notPrivate(m_root.filePath(u"sqlite"_s)).isEmpty(),
                 qPrintable(FileModes::notPrivate(m_root.filePath(u"sqlite"_s)).join(u", "_s)));
    }

    void tokenDatabaseAndResponseCache_arePrivate()
    {
        const QString folder = m_root.filePath(u"classes"_s);
        Core::TokenDatabase tokens(folder + u"/data/tokens.sqlite"_s);
        QString error;
        QVERIFY2(tokens.open(&error), qPrintable(error));
        Core::ResponseCache cache(folder + u"/cache/responses.sqlite"_s, m_clock);
        QVERIFY2(cache.open(&error), qPrintable(error));
        Core::CacheKey key;
        key.url = QUrl(u"http://127.0.0.1:1/characters/1/assets"_s);
        key.characterId = 1;
        key.language = u"en"_s;
        key.compatibilityDate = u"2025-12-16"_s;
        QVERIFY(cache.store(key, Core::CachedResponse::fromReply(200, {{"Cache-Control", "max-age=300"}},
                                                                 "[\"authed body\"]", m_clock.now())));
        QVERIFY(QFile::exists(folder + u"/cache/responses.sqlite-wal"_s));
        const QStringList loose =
            FileModes::notPrivate(folder + u"/data"_s) + FileModes::notPrivate(folder + u"/cache"_s);
        QVERIFY2(loose.isEmpty(), qPrintable(loose.join(u", "_s)));
    }

    void correctStateFolder_fixesAnOldInstallAndLeavesOtherFiles()
    {
        const QString root = m_root.filePath(u"old-install"_s);
        QVERIFY(makeWorldReadableFolder(root + u"/specs"_s));
        QVERIFY(makeWorldReadableFolder(root + u"/portraits"_s));
        QVERIFY(makeWorldReadableFolder(root + u"/offline"_s));
        QVERIFY(::chmod(QFile::encodeName(root).constData(), 0755) == 0);
        for (const QString &name :
             {u"responses.sqlite"_s, u"responses.sqlite-wal"_s, u"responses.sqlite-shm"_s, u"limits.sqlite"_s,
              u"tokens.sqlite-journal"_s, u"jwks.json"_s, u"remembered-values.ini"_s,
              u"specs/openapi-2026-07-21.json"_s, u"portraits/2112000001.png"_s, u"offline/limits.sqlite"_s}) {
            QVERIFY(writeWorldReadable(root + u'/' + name));
        }
        QVERIFY(writeWorldReadable(root + u"/notes.txt"_s)); // not ours: untouched
        qInfo().noquote() << "before:\n" << FileModes::listing(root);
        QCOMPARE(Core::PrivateFiles::correctStateFolder(root), 14);
        qInfo().noquote() << "after:\n" << FileModes::listing(root);
        QCOMPARE(FileModes::notPrivate(root), QStringList{root + u"/notes.txt 0644"_s});
        QCOMPARE(Core::PrivateFiles::correctStateFolder(root), 0); // nothing left to do
    }

    void correctStateFolder_leavesSharedFoldersLinksAndOtherUsersAlone()
    {
        // A cache folder setting may name /tmp: a sticky, world-writable folder is never locked up.
        const QString shared = m_root.filePath(u"shared-tmp"_s);
        QVERIFY(QDir().mkpath(shared));
        QVERIFY(::chmod(QFile::encodeName(shared).constData(), 01777) == 0);
        QVERIFY(writeWorldReadable(shared + u"/responses.sqlite"_s)); // ours: still made private
        const QString outside = m_root.filePath(u"outside.json"_s);
        QVERIFY(writeWorldReadable(outside));
        QVERIFY(QFile::link(outside, shared + u"/jwks.json"_s)); // a link is never followed
        const QString writable = m_root.filePath(u"world-writable"_s);
        QVERIFY(QDir().mkpath(writable));
        QVERIFY(::chmod(QFile::encodeName(writable).constData(), 0777) == 0);
        const QString foreign = shared + u"/limits.sqlite"_s;
        QVERIFY(writeWorldReadable(foreign));
        const bool chowned = ::geteuid() == 0 && ::chown(QFile::encodeName(foreign).constData(), 65534, 65534) == 0;

        QCOMPARE(Core::PrivateFiles::correctStateFolder(shared), chowned ? 1 : 2);
        QCOMPARE(Core::PrivateFiles::correctStateFolder(writable), 0);
        struct stat info = {};
        QVERIFY(::stat(QFile::encodeName(shared).constData(), &info) == 0);
        QCOMPARE(int(info.st_mode & 07777), 01777);
        QVERIFY(::stat(QFile::encodeName(writable).constData(), &info) == 0);
        QCOMPARE(int(info.st_mode & 07777), 0777);
        QCOMPARE(FileModes::modeOf(shared + u"/responses.sqlite"_s), 0600);
        QCOMPARE(FileModes::modeOf(outside), 0644);
        QVERIFY(!Core::PrivateFiles::restrictToUser(shared + u"/jwks.json"_s));
        QCOMPARE(FileModes::modeOf(outside), 0644);
        if (chowned) {
            QCOMPARE(FileModes::modeOf(foreign), 0644); // another user's file
        }
    }

    void esiCall_underUmask022_leavesOnlyPrivateState()
    {
        const QString cache = m_root.filePath(u"esi-run/cache/esi-studio"_s);
        const QString data = m_root.filePath(u"esi-run/data/esi-studio"_s);
        QString err;
        const int exitCode =
            esi({u"call"_s, u"GetStatus"_s, u"--base-url"_s, m_sandbox->baseUrl().toString()}, cache, data, &err);
        QVERIFY2(exitCode == 0, qPrintable(err));
        QVERIFY(QFile::exists(cache + u"/responses.sqlite"_s));
        QVERIFY(QFile::exists(cache + u"/limits.sqlite"_s));
        qInfo().noquote() << "esi call made:\n" << FileModes::listing(m_root.filePath(u"esi-run"_s));
        const QStringList loose = FileModes::notPrivate(m_root.filePath(u"esi-run/cache"_s));
        QVERIFY2(loose.isEmpty(), qPrintable(loose.join(u", "_s)));
    }

    void esi_correctsAnExistingInstallAtStart()
    {
        const QString cache = m_root.filePath(u"esi-old/cache"_s);
        const QString data = m_root.filePath(u"esi-old/data"_s);
        QVERIFY(makeWorldReadableFolder(cache + u"/specs"_s));
        QVERIFY(makeWorldReadableFolder(data));
        QVERIFY(writeWorldReadable(cache + u"/jwks.json"_s, "{}"));
        QVERIFY(writeWorldReadable(cache + u"/specs/openapi-2020-01-01.json"_s, "{}"));
        QVERIFY(writeWorldReadable(data + u"/tokens.sqlite"_s));
        QString err;
        // Any command: the correction runs before it.
        QVERIFY2(
            esi({u"call"_s, u"GetStatus"_s, u"--base-url"_s, m_sandbox->baseUrl().toString()}, cache, data, &err) == 0,
            qPrintable(err));
        const QStringList loose = FileModes::notPrivate(cache) + FileModes::notPrivate(data);
        QVERIFY2(loose.isEmpty(), qPrintable(loose.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
