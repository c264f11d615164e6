#include "core/result/callhistorystore.h"
#include "core/result/calloutcome.h"
#include "ui/history/callhistorymodel.h"
#include "ui/history/historycomparedialog.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::CallHistoryStore;
using Esi::Core::CallOutcome;
using Esi::Core::HistoryEntry;
using Esi::Ui::CallHistoryModel;

namespace {

CallOutcome outcomeOf(const Esi::Core::SpecPtr &spec, const QByteArray &body, qint64 characterId = 0)
{
    CallOutcome outcome;
    outcome.request.spec = spec;
    outcome.request.operationId = u"GetMarketsRegionIdOrders"_s;
    outcome.request.values.set(u"region_id"_s, u"10000002"_s);
    outcome.request.values.set(u"order_type"_s, u"all"_s);
    outcome.request.options.mode = Esi::Core::CallMode::AllPages;
    outcome.request.options.characterId = characterId;
    outcome.request.characterName = characterId ? u"Ava Tester"_s : QString();
    outcome.baseUrl = QUrl(u"http://127.0.0.1:8080"_s);
    outcome.startedAt = QDateTime(QDate(2026, 8, 1), QTime(12, 0), Qt::UTC);
    outcome.finishedAt = outcome.startedAt.addMSecs(1500);
    Esi::Core::PageResult page;
    page.language = u"en"_s;
    page.status = 200;
    page.body = body;
    page.headers = {{"ETag", "\"abc\""}, {"X-Pages", "3"}, {"Last-Modified", "Sat, 01 Aug 2026 11:00:00 GMT"}};
    outcome.result.pages = {page};
    outcome.result.statistics.requests = 1;
    outcome.result.statistics.bytes = body.size();
    outcome.data = Esi::Core::ResultData::fromPages(outcome.result.pages);
    return outcome;
}

} // namespace

// The call history: SQLite store, table model and the compare dialog.
class TestCallHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void entry_describesTheCall();
    void store_keepsEntriesAcrossReopening();
    void store_lastPageCountIsOfTheNewestSuccessfulRun();
    void store_refusesANewerSchema();
    void model_passesTheModelTesterAndShowsEntries();
    void compare_tellsWhetherTheDataChanged();

private:
    QTemporaryDir m_directory;
    Esi::Core::SpecPtr m_spec;
};

void TestCallHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_directory.isValid());
    const auto loaded = Esi::Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
    QVERIFY(loaded);
    m_spec = loaded.spec;
}

void TestCallHistory::entry_describesTheCall()
{
    const HistoryEntry entry = HistoryEntry::of(outcomeOf(m_spec, "[{\"a\":1},{\"a\":2}]", 90000001));
    QCOMPARE(entry.operationId, u"GetMarketsRegionIdOrders"_s);
    QCOMPARE(entry.method, u"GET"_s);
    QCOMPARE(entry.compatibilityDate, u"2026-07-21"_s);
    QCOMPARE(entry.parametersText(), u"region_id=10000002, order_type=all"_s);
    QCOMPARE(entry.characterName, u"Ava Tester"_s);
    QCOMPARE(entry.rows, 2);
    QCOMPARE(entry.pages, 1);
    QCOMPARE(entry.xPages, 3);
    QCOMPARE(entry.etag, u"\"abc\""_s);
    QCOMPARE(entry.httpStatus, 200);
    QVERIFY(entry.ok);
    QCOMPARE(entry.durationMs(), 1500);
    QCOMPARE(entry.bodyHash.size(), 32);
}

void TestCallHistory::store_keepsEntriesAcrossReopening()
{
    const QString file = m_directory.filePath(u"history.sqlite"_s);
    qint64 first = 0;
    {
        CallHistoryStore store(file);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        first = store.add(HistoryEntry::of(outcomeOf(m_spec, "[1]")));
        QVERIFY(first > 0);
        QVERIFY(store.add(HistoryEntry::of(outcomeOf(m_spec, "[1,2]", 90000001))) > first);
    }
    CallHistoryStore reopened(file);
    QString error;
    QVERIFY2(reopened.open(&error), qPrintable(error));
    const QList<HistoryEntry> entries = reopened.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).rows, 2); // newest first
    QCOMPARE(entries.at(0).options.characterId, 90000001);
    QCOMPARE(entries.at(0).options.mode, Esi::Core::CallMode::AllPages);
    QCOMPARE(entries.at(1).values.value(u"region_id"), u"10000002"_s);
    const auto one = reopened.entry(first);
    QVERIFY(one);
    QCOMPARE(one->startedAt, QDateTime(QDate(2026, 8, 1), QTime(12, 0), Qt::UTC));
    QVERIFY(reopened.remove(first));
    QCOMPARE(reopened.entries().size(), 1);
    QVERIFY(reopened.clear());
    QVERIFY(reopened.entries().isEmpty());
}

void TestCallHistory::store_lastPageCountIsOfTheNewestSuccessfulRun()
{
    CallHistoryStore store(m_directory.filePath(u"pages.sqlite"_s));
    QString error;
    QVERIFY(store.open(&error));
    QVERIFY(!store.lastPageCount(u"GetMarketsRegionIdOrders"_s));
    HistoryEntry entry = HistoryEntry::of(outcomeOf(m_spec, "[1]"));
    entry.xPages = 12;
    store.add(entry);
    entry.xPages = 300;
    store.add(entry);
    entry.ok = false;
    entry.xPages = 5;
    store.add(entry);
    QCOMPARE(store.lastPageCount(u"GetMarketsRegionIdOrders"_s), 300);
}

void TestCallHistory::store_refusesANewerSchema()
{
    const QString file = m_directory.filePath(u"newer.sqlite"_s);
    {
        CallHistoryStore store(file);
        QString error;
        QVERIFY(store.open(&error));
        Esi::Core::SqliteFile raw(file);
        QVERIFY(raw.open(u"test"_s, &error));
        QVERIFY(raw.exec(u"PRAGMA user_version = 99"_s));
    }
    CallHistoryStore store(file);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(u"newer ESI Studio"_s), qPrintable(error));
}

void TestCallHistory::model_passesTheModelTesterAndShowsEntries()
{
    CallHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    HistoryEntry first = HistoryEntry::of(outcomeOf(m_spec, "[1]"));
    first.id = 1;
    HistoryEntry failed = HistoryEntry::of(outcomeOf(m_spec, "[1]"));
    failed.id = 2;
    failed.ok = false;
    failed.outcome = u"HTTP error"_s;
    failed.httpStatus = 404;
    model.setEntries({first});
    model.prepend(failed);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, CallHistoryModel::OutcomeColumn).data().toString(), u"404 HTTP error"_s);
    QCOMPARE(model.index(1, CallHistoryModel::OutcomeColumn).data().toString(), u"200"_s);
    QCOMPARE(model.index(1, CallHistoryModel::CharacterColumn).data().toString(), u"public"_s);
    QCOMPARE(model.index(1, CallHistoryModel::DurationColumn).data().toString(), u"1.5 s"_s);
    QCOMPARE(model.index(1, CallHistoryModel::ServedColumn).data().toString(), u"1 network"_s);
    QCOMPARE(model.index(0, 0).data(CallHistoryModel::EntryIdRole).toLongLong(), 2);
    QVERIFY(model.removeEntry(2));
    QCOMPARE(model.rowCount(), 1);
}

void TestCallHistory::compare_tellsWhetherTheDataChanged()
{
    const HistoryEntry first = HistoryEntry::of(outcomeOf(m_spec, "[1,2]"));
    const HistoryEntry same = HistoryEntry::of(outcomeOf(m_spec, "[1,2]"));
    const HistoryEntry changed = HistoryEntry::of(outcomeOf(m_spec, "[1,2,3]"));
    Esi::Ui::HistoryCompareDialog sameDialog(first, same);
    QCOMPARE(sameDialog.verdict(), u"Same data: every page body is identical."_s);
    QCOMPARE(sameDialog.differenceCount(), 0);
    Esi::Ui::HistoryCompareDialog changedDialog(first, changed);
    QCOMPARE(changedDialog.verdict(), u"The data differs between the two calls."_s);
    QCOMPARE(changedDialog.differenceCount(), 2); // rows and the data hash
    QVERIFY(changedDialog.fields()->topLevelItemCount() > 10);
}

QTEST_MAIN(TestCallHistory)
#include "tst_callhistory.moc"
