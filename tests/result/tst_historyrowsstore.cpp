#include "core/watch/historyrowsstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;

namespace {

ResultDataPtr orders(int count, int firstId = 1)
{
    QJsonArray rows;
    for (int i = 0; i < count; ++i) {
        rows.append(QJsonObject{{u"order_id"_s, firstId + i}, {u"price"_s, 1.5 * i}});
    }
    return ResultData::fromRows(u"en"_s, rows);
}

} // namespace

// The rows history Compare reads back: kept for small results of recent calls, bounded, and hostile bytes refused.
class TestHistoryRowsStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:

    void keep_thenRows_giveTheSameTableBack_perLanguage()
    {
        HistoryRowsStore store(m_dir.filePath(u"a.sqlite"_s));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const ResultDataPtr de = ResultData::fromRows(u"de"_s, QJsonArray{QJsonObject{{u"name"_s, u"Tritanium"_s}}});
        const ResultDataPtr both = orders(3)->withChunk(ResultChunk::fromRows(u"de"_s, 2, de->rowArray(0)));
        QVERIFY(store.keep(7, *both));
        const ResultDataPtr back = store.rows(7);
        QVERIFY(back);
        QCOMPARE(back->languages(), (QStringList{u"en"_s, u"de"_s}));
        QCOMPARE(back->rowArray(0), both->rowArray(0));
        QCOMPARE(back->rowArray(1), both->rowArray(1));
        QVERIFY(!store.rows(8));
        QVERIFY(store.remove(7));
        QVERIFY(!store.rows(7));
    }

    void keep_refusesLargeResults_andKeepsOnlyTheNewestEntries()
    {
        HistoryRowsStore store(m_dir.filePath(u"b.sqlite"_s));
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(!store.keep(1, *orders(int(HistoryRowsStore::MaxRows) + 1)));
        QVERIFY(!store.rows(1));
        for (int id = 1; id <= HistoryRowsStore::MaxEntries + 5; ++id) {
            QVERIFY(store.keep(id, *orders(2, id)));
        }
        QVERIFY(!store.rows(5));
        QVERIFY(store.rows(6));
        QVERIFY(store.rows(HistoryRowsStore::MaxEntries + 5));
    }

    void rows_aHostileBodyIsRefusedNotInflated()
    {
        const QString path = m_dir.filePath(u"c.sqlite"_s);
        {
            HistoryRowsStore store(path);
            QString error;
            QVERIFY(store.open(&error));
            QVERIFY(store.keep(1, *orders(2)));
            QVERIFY(store.keep(2, *orders(2)));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hostile"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            // Claims to inflate to 4 GiB; and a body that is not zlib at all.
            QVERIFY(query.exec(u"UPDATE history_rows SET body = X'FFFFFFFF789C' WHERE entry_id = 1"_s));
            QVERIFY(query.exec(u"UPDATE history_rows SET body = X'00000010626F6775' WHERE entry_id = 2"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"hostile"_s);
        HistoryRowsStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(!store.rows(1));
        QVERIFY(!store.rows(2));
    }
};

QTEST_GUILESS_MAIN(TestHistoryRowsStore)
#include "tst_historyrowsstore.moc"
