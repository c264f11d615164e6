#include "core/clock.h"
#include "core/http/sqlitefile.h"
#include "core/names/namecache.h"
#include "core/names/namecachethread.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::NameCache;
using Esi::Core::NameCacheThread;
using Esi::Core::ResolvedName;
using Esi::Core::ResolvedNames;

// The name cache on its own thread (the GUI's): what it stores is what another process finds, a writer that holds
// the file makes it wait instead of losing names, lookups see the stores asked before them and answer on the
// asking thread, and nothing queued is lost when it goes.
class TestNameCacheThread : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    Esi::Core::ManualClock m_clock;

    QString path(const char *name) const { return m_directory.filePath(QString::fromLatin1(name)); }

    static ResolvedName named(const QString &name, const QString &category)
    {
        return {ResolvedName::Status::Named, name, category, {}};
    }

    static ResolvedNames orderBookNames()
    {
        return {{34, named(u"Tritanium"_s, u"inventory_type"_s)},
                {30000142, named(u"Jita"_s, u"solar_system"_s)},
                {2112000001, named(u"Sandbox Pilot"_s, u"character"_s)}};
    }

    // What another process opening the file finds.
    ResolvedNames readElsewhere(const QString &file)
    {
        NameCache other(file, m_clock);
        [&] { QVERIFY(other.open(nullptr)); }();
        return other.lookup({34, 30000142, 2112000001, 35}, u"en"_s);
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_directory.isValid());
    }

    void stored_isFoundByAnotherProcess()
    {
        NameCacheThread cache(path("shared.sqlite"), m_clock);
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        cache.store(orderBookNames(), u"en"_s);
        cache.waitForIdle();
        QCOMPARE(cache.queued(), 0);
        const ResolvedNames found = readElsewhere(path("shared.sqlite"));
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.value(30000142).name, u"Jita"_s);
        QVERIFY(!found.contains(35));
    }

    void anotherWriter_holdingTheFile_delaysTheStore_losesNothing()
    {
        const QString file = path("busy.sqlite");
        NameCacheThread cache(file, m_clock);
        QVERIFY(cache.open(nullptr));
        Esi::Core::SqliteFile other(file); // another process, in the middle of its own write
        QVERIFY(other.open(u"name cache"_s, nullptr));
        QVERIFY(other.beginWrite());
        cache.store(orderBookNames(), u"en"_s); // returns at once: the cache's thread waits for the lock
        QVERIFY(other.commit());
        cache.waitForIdle();
        QCOMPARE(readElsewhere(file).size(), 3);
    }

    void lookup_seesEarlierStores_andAnswersOnTheAskingThread()
    {
        NameCacheThread cache(path("order.sqlite"), m_clock);
        QVERIFY(cache.open(nullptr));
        cache.store(orderBookNames(), u"en"_s);
        ResolvedNames answer;
        bool answered = false;
        QThread *answeredOn = nullptr;
        cache.lookup({34, 2112000001, 35}, u"de"_s, this, [&](const ResolvedNames &known) {
            answer = known;
            answered = true;
            answeredOn = QThread::currentThread();
        });
        QVERIFY(!answered); // never before returning
        QTRY_VERIFY(answered);
        QCOMPARE(answeredOn, QThread::currentThread());
        // The character's name is the same in every language; the type's was stored for English only.
        QCOMPARE(answer.size(), 1);
        QCOMPARE(answer.value(2112000001).name, u"Sandbox Pilot"_s);
    }

    void lookup_usesTheClockOfTheAskingThread_characterNamesExpire()
    {
        Esi::Core::ManualClock clock;
        NameCacheThread cache(path("week.sqlite"), clock);
        QVERIFY(cache.open(nullptr));
        cache.store(orderBookNames(), u"en"_s);
        clock.advance(NameCache::RefreshAfterMs);
        ResolvedNames answer;
        bool answered = false;
        cache.lookup({34, 2112000001}, u"en"_s, this, [&](const ResolvedNames &known) {
            answer = known;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(answer.keys(), QList<qint64>{34});
    }

    void lookup_forAContextThatIsGone_answersNoOne()
    {
        NameCacheThread cache(path("gone.sqlite"), m_clock);
        QVERIFY(cache.open(nullptr));
        bool answered = false;
        auto context = std::make_unique<QObject>();
        cache.lookup({34}, u"en"_s, context.get(), [&](const ResolvedNames &) { answered = true; });
        context.reset();
        cache.waitForIdle();
        QCoreApplication::processEvents();
        QVERIFY(!answered);
    }

    void goingAway_storesWhatIsStillQueued()
    {
        const QString file = path("queued.sqlite");
        {
            NameCacheThread cache(file, m_clock);
            QVERIFY(cache.open(nullptr));
            for (qint64 id = 1; id <= 20; ++id) {
                cache.store({{id, named(u"Type %1"_s.arg(id), u"inventory_type"_s)}}, u"en"_s);
            }
            cache.store(orderBookNames(), u"en"_s);
        }
        QCOMPARE(readElsewhere(file).size(), 3);
        NameCache other(file, m_clock);
        QVERIFY(other.open(nullptr));
        QCOMPARE(other.size(), 23);
    }

    void fileThatIsNotADatabase_isRefusedWithTheCachesMessage()
    {
        const QString file = path("foreign.sqlite");
        QFile foreign(file);
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("not a database, and not ours to change");
        foreign.close();
        NameCacheThread cache(file, m_clock);
        QString error;
        QVERIFY(!cache.open(&error));
        QVERIFY2(error.contains(u"name cache"_s), qPrintable(error));
        QVERIFY(!cache.isOpen());
        cache.store(orderBookNames(), u"en"_s); // not open: nothing is written
        cache.waitForIdle();
        QFile check(file);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("not a database, and not ours to change"));
    }
};

QTEST_GUILESS_MAIN(TestNameCacheThread)
#include "tst_namecachethread.moc"
