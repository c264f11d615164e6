// The history and remembered values an earlier version kept in a second data root move into the one data root,
// once, without losing or overwriting anything, and stay private.
#include "core/statemigration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::StateMigration;

namespace {

bool write(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return false;
    }
    file.close();
    return file.setPermissions(permissions);
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

mode_t modeOf(const QString &path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? (status.st_mode & 0777) : 0;
}

constexpr auto worldReadable =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

} // namespace

class TestStateMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        // The XDG layout of a fake home: the old root and the new one side by side, as on a real install.
        m_legacy = m_home->filePath(u"data/EsiStudio/esi-studio"_s);
        m_data = m_home->filePath(u"data/esi-studio"_s);
    }

    void oldRoot_movesIntoTheDataRootOnce()
    {
        QVERIFY(write(m_legacy + u"/history.sqlite"_s, "history", worldReadable));
        QVERIFY(write(m_legacy + u"/history.sqlite-wal"_s, "wal", worldReadable));
        QVERIFY(write(m_legacy + u"/remembered-values.ini"_s, "[values]\n", worldReadable));
        QVERIFY(write(m_data + u"/tokens.sqlite"_s, "tokens", QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        const StateMigration::Result first = StateMigration::migrate(m_legacy, m_data);
        QCOMPARE(first.moved, (QStringList{u"history.sqlite"_s, u"history.sqlite-wal"_s, u"remembered-values.ini"_s}));
        QVERIFY(first.kept.isEmpty());
        QVERIFY2(first.problems.isEmpty(), qPrintable(first.problems.join(u'\n')));
        QCOMPARE(read(m_data + u"/history.sqlite"_s), QByteArray("history"));
        QCOMPARE(read(m_data + u"/history.sqlite-wal"_s), QByteArray("wal"));
        QCOMPARE(read(m_data + u"/remembered-values.ini"_s), QByteArray("[values]\n"));
        QCOMPARE(read(m_data + u"/tokens.sqlite"_s), QByteArray("tokens"));
        for (const QString &name : first.moved) {
            QCOMPARE(modeOf(m_data + u'/' + name), mode_t(0600));
        }
        // The old folder and the organization's folder are gone: nothing is left to move.
        QVERIFY(!QFileInfo::exists(m_legacy));
        QVERIFY(!QFileInfo::exists(m_home->filePath(u"data/EsiStudio"_s)));

        // Again (the next start): nothing happens, nothing changes.
        QVERIFY(write(m_data + u"/history.sqlite"_s, "used since", QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const StateMigration::Result second = StateMigration::migrate(m_legacy, m_data);
        QVERIFY(second.moved.isEmpty());
        QVERIFY(second.kept.isEmpty());
        QVERIFY(second.problems.isEmpty());
        QCOMPARE(read(m_data + u"/history.sqlite"_s), QByteArray("used since"));
    }

    void conflict_keepsTheDataRootsNewerFileAndTheOldOne()
    {
        QVERIFY(write(m_legacy + u"/history.sqlite"_s, "old history", worldReadable));
        QVERIFY(write(m_legacy + u"/remembered-values.ini"_s, "old values", worldReadable));
        QVERIFY(
            write(m_data + u"/history.sqlite"_s, "newer history", QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QFile newer(m_data + u"/history.sqlite"_s);
        QVERIFY(newer.open(QIODevice::ReadWrite));
        QVERIFY(newer.setFileTime(QDateTime::currentDateTimeUtc().addDays(1), QFileDevice::FileModificationTime));
        newer.close();

        const StateMigration::Result result = StateMigration::migrate(m_legacy, m_data);
        QCOMPARE(result.kept, QStringList{u"history.sqlite"_s});
        QCOMPARE(result.moved, QStringList{u"remembered-values.ini"_s});
        QCOMPARE(read(m_data + u"/history.sqlite"_s), QByteArray("newer history"));
        QCOMPARE(read(m_data + u"/remembered-values.ini"_s), QByteArray("old values"));
        // Nothing lost: the old history stays where it was, and so does its folder.
        QCOMPARE(read(m_legacy + u"/history.sqlite"_s), QByteArray("old history"));

        // The next start leaves both as they are.
        const StateMigration::Result again = StateMigration::migrate(m_legacy, m_data);
        QCOMPARE(again.kept, QStringList{u"history.sqlite"_s});
        QVERIFY(again.moved.isEmpty());
        QCOMPARE(read(m_data + u"/history.sqlite"_s), QByteArray("newer history"));
        QCOMPARE(read(m_legacy + u"/history.sqlite"_s), QByteArray("old history"));
    }

    void conflict_aLeftoverJournalInTheDataRoot_keepsTheDatabaseTogether()
    {
        QVERIFY(write(m_legacy + u"/history.sqlite"_s, "old history", worldReadable));
        QVERIFY(write(m_data + u"/history.sqlite-wal"_s, "someone's wal", worldReadable));
        const StateMigration::Result result = StateMigration::migrate(m_legacy, m_data);
        QCOMPARE(result.kept, QStringList{u"history.sqlite"_s});
        QVERIFY(!QFileInfo::exists(m_data + u"/history.sqlite"_s));
        QCOMPARE(read(m_data + u"/history.sqlite-wal"_s), QByteArray("someone's wal"));
    }

    void otherFilesInTheOldRoot_stayWithTheirFolder()
    {
        QVERIFY(write(m_legacy + u"/remembered-values.ini"_s, "values", worldReadable));
        QVERIFY(write(m_legacy + u"/notes.txt"_s, "mine", worldReadable));
        const StateMigration::Result result = StateMigration::migrate(m_legacy, m_data);
        QCOMPARE(result.moved, QStringList{u"remembered-values.ini"_s});
        QCOMPARE(read(m_legacy + u"/notes.txt"_s), QByteArray("mine"));
    }

    void noOldRoot_changesNothing()
    {
        const StateMigration::Result result = StateMigration::migrate(m_legacy, m_data);
        QVERIFY(result.moved.isEmpty() && result.kept.isEmpty() && result.problems.isEmpty());
        QVERIFY(!QFileInfo::exists(m_data)); // not even created
    }

    void settingsFile_movesIntoTheConfigRootOnce()
    {
        // Where QSettings' defaults kept it, and a config root elsewhere.
        const QString legacy = m_home->filePath(u"config/EsiStudio/esi-studio.conf"_s);
        const QString settings = m_home->filePath(u"profile/config/esi-studio.conf"_s);
        QVERIFY(write(legacy, "[sso]\nclientId=abc\n", worldReadable));
        QVERIFY(write(legacy + u".lock"_s, "", worldReadable));

        const StateMigration::Result first = StateMigration::migrateSettings(legacy, settings);
        QCOMPARE(first.moved, QStringList{u"esi-studio.conf"_s});
        QVERIFY2(first.problems.isEmpty(), qPrintable(first.problems.join(u'\n')));
        QCOMPARE(read(settings), QByteArray("[sso]\nclientId=abc\n"));
        QCOMPARE(modeOf(settings), mode_t(0600));
        QCOMPARE(modeOf(QFileInfo(settings).absolutePath()), mode_t(0700));
        // The old organization folder (the lock file held nothing) is gone.
        QVERIFY(!QFileInfo::exists(m_home->filePath(u"config/EsiStudio"_s)));

        // The next start: nothing to do.
        const StateMigration::Result second = StateMigration::migrateSettings(legacy, settings);
        QVERIFY(second.moved.isEmpty() && second.kept.isEmpty() && second.problems.isEmpty());
        QCOMPARE(read(settings), QByteArray("[sso]\nclientId=abc\n"));
    }

    void settingsFile_neverOverwritesTheOneInUse()
    {
        const QString legacy = m_home->filePath(u"config/EsiStudio/esi-studio.conf"_s);
        const QString settings = m_home->filePath(u"profile/config/esi-studio.conf"_s);
        QVERIFY(write(legacy, "old", worldReadable));
        QVERIFY(write(settings, "in use", QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const StateMigration::Result result = StateMigration::migrateSettings(legacy, settings);
        QCOMPARE(result.kept, QStringList{u"esi-studio.conf"_s});
        QVERIFY(result.moved.isEmpty());
        QCOMPARE(read(settings), QByteArray("in use"));
        QCOMPARE(read(legacy), QByteArray("old"));
    }

    void settingsFile_samePathOrNoOldFile_changesNothing()
    {
        const QString settings = m_home->filePath(u"config/EsiStudio/esi-studio.conf"_s);
        QVERIFY(write(settings, "mine", worldReadable));
        const StateMigration::Result same =
            StateMigration::migrateSettings(settings, settings + u"/../esi-studio.conf"_s);
        QVERIFY(same.moved.isEmpty() && same.kept.isEmpty() && same.problems.isEmpty());
        QCOMPARE(read(settings), QByteArray("mine"));
        const QString elsewhere = m_home->filePath(u"profile/config/esi-studio.conf"_s);
        const StateMigration::Result none =
            StateMigration::migrateSettings(m_home->filePath(u"none.conf"_s), elsewhere);
        QVERIFY(none.moved.isEmpty() && none.kept.isEmpty() && none.problems.isEmpty());
        QVERIFY(!QFileInfo::exists(QFileInfo(elsewhere).absolutePath())); // not even created
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_legacy;
    QString m_data;
};

QTEST_GUILESS_MAIN(TestStateMigration)
#include "tst_statemigration.moc"
