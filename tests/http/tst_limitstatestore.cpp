#include "core/http/limitstatestore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

class TestLimitStateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void open_createsFileAndFolder()
    {
        const QString nested = m_dir->filePath(u"a/b/limits.sqlite"_s);
        LimitStateStore store(nested);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(QFile::exists(nested));
    }

    void corruptFile_failsClearlyAndIsLeftUntouched()
    {
        const QByteArray garbage = QByteArray(4096, '\x7f');
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
        file.close();
        LimitStateStore store(path());
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(u"limit state"_s), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));
        QVERIFY2(error.contains(u"left untouched"_s), qPrintable(error));
        QVERIFY(!store.transact([] { return true; }));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void unwritableFolder_failsClearly()
    {
        QFile blocker(m_dir->filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        LimitStateStore store(m_dir->filePath(u"blocker/limits.sqlite"_s));
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(u"Cannot create the folder"_s), qPrintable(error));
    }

    void transact_rollsBackWhenWorkFails()
    {
        LimitStateStore store(path());
        QVERIFY(store.open(nullptr));
        QVERIFY(!store.transact([&] {
            store.addSpend(u"g"_s, 0, 1000, 2, false);
            return false;
        }));
        QVERIFY(store.spends(u"g"_s, 0).isEmpty());
        QVERIFY(store.transact([&] { return store.addSpend(u"g"_s, 0, 1000, 2, false) != 0; }));
        QCOMPARE(store.spends(u"g"_s, 0).size(), 1);
    }

    void spendIds_areNeverReused()
    {
        // A tracker may hold the id of a reservation that another process pruned meanwhile.
        LimitStateStore store(path());
        QVERIFY(store.open(nullptr));
        const qint64 first = store.addSpend(u"g"_s, 0, 1000, 2, true);
        QVERIFY(store.removeSpend(first));
        const qint64 second = store.addSpend(u"g"_s, 0, 2000, 2, true);
        QVERIFY(second > first);
        QVERIFY(!store.spend(first, u"g"_s, 0));
        QVERIFY(!store.spend(second, u"other"_s, 0));
        QCOMPARE(store.spend(second, u"g"_s, 0)->atMs, 2000);
    }

    void removeSpendsBefore_dropsOnlyThatBucketsOldSpends()
    {
        LimitStateStore store(path());
        QVERIFY(store.open(nullptr));
        store.addSpend(u"g"_s, 0, 1000, 2, false);
        store.addSpend(u"g"_s, 0, 3000, 2, false);
        store.addSpend(u"g"_s, 7, 1000, 2, false);
        QVERIFY(store.removeSpendsBefore(u"g"_s, 0, 1000));
        QCOMPARE(store.spends(u"g"_s, 0).size(), 1);
        QCOMPARE(store.spends(u"g"_s, 7).size(), 1);
    }

    void spendTotals_sumOneBucketsSpendsAfterATime()
    {
        LimitStateStore store(path());
        QVERIFY(store.open(nullptr));
        QCOMPARE(store.spendTotals(u"g"_s, 0).count, 0);
        QCOMPARE(store.spendTotals(u"g"_s, 0).tokens, 0);
        store.addSpend(u"g"_s, 0, 1000, 2, false);
        store.addSpend(u"g"_s, 0, 2000, 5, false);
        store.addSpend(u"g"_s, 0, 3000, 2, true);
        store.addSpend(u"g"_s, 7, 1500, 2, false); // another character's bucket
        store.addSpend(u"other"_s, 0, 1500, 2, false);

        const SpendTotals all = store.spendTotals(u"g"_s, 0);
        QCOMPARE(all.count, 3);
        QCOMPARE(all.tokens, 9);
        QCOMPARE(all.reserved, 2);
        QCOMPARE(all.oldestAtMs, 1000);
        const SpendTotals recent = store.spendTotals(u"g"_s, 0, 1000); // after, not at
        QCOMPARE(recent.count, 2);
        QCOMPARE(recent.tokens, 7);
        QCOMPARE(recent.oldestAtMs, 2000);

        // Settled spends strictly before a time; reservations never count.
        QCOMPARE(store.settledTokensBefore(u"g"_s, 0, 2000), 2);
        QCOMPARE(store.settledTokensBefore(u"g"_s, 0, 2001), 7);
        QCOMPARE(store.settledTokensBefore(u"g"_s, 0, 9000), 7);
        QCOMPARE(store.settledTokensBefore(u"g"_s, 7, 9000), 2);
    }

    void reusedStatements_seeEveryWriteOfAnotherProcess()
    {
        // Statements are prepared once per connection and reused: each read must end its snapshot, or
        // the GUI would go on counting from a state an `esi` process has long changed.
        LimitStateStore gui(path());
        LimitStateStore script(path());
        QVERIFY(gui.open(nullptr));
        QVERIFY(script.open(nullptr));
        for (int round = 1; round <= 20; ++round) {
            QVERIFY(script.transact([&] {
                return script.saveBucket({u"g"_s, 0, 100, 60, 0, {}, round}) &&
                       script.addSpend(u"g"_s, 0, round, 1, false) > 0;
            }));
            QCOMPARE(gui.bucket(u"g"_s, 0)->updatedMs, round);
            QCOMPARE(gui.spendTotals(u"g"_s, 0).tokens, 2 * round - 1);
            QCOMPARE(gui.spends(u"g"_s, 0).size(), 2 * round - 1);
            QCOMPARE(gui.buckets().size(), 1);
            // ... and its own writes, in a transaction of its own after those reads, reach the other side.
            QVERIFY(gui.transact([&] { return gui.addSpend(u"g"_s, 0, round, 1, true) > 0; }));
            QCOMPARE(script.spendTotals(u"g"_s, 0).tokens, 2 * round);
            QCOMPARE(script.spendTotals(u"g"_s, 0).reserved, round);
            QVERIFY(gui.saveErrorLimit({100 - round, 5000, false, round}));
            QCOMPARE(script.errorLimit().remain, 100 - round);
        }
    }

    void inMemory_keepsStateInThisProcessOnly()
    {
        LimitStateStore first(u":memory:"_s);
        LimitStateStore second(u":memory:"_s);
        QVERIFY(first.open(nullptr));
        QVERIFY(second.open(nullptr));
        QVERIFY(first.saveErrorLimit({42, 5000, true, 1000}));
        QCOMPARE(first.errorLimit().remain, 42);
        QCOMPARE(second.errorLimit().remain, 100);
    }

private:
    QString path() const { return m_dir->filePath(u"limits.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestLimitStateStore)
#include "tst_limitstatestore.moc"
