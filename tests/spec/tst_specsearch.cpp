#include "core/spec/specsearch.h"

#include <QTest>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

class TestSpecSearch : public QObject
{
    Q_OBJECT

private:
    SpecPtr m_spec;

    QStringList idsFor(const QString &query) const
    {
        SpecSearch search(m_spec);
        QStringList result;
        const QList<int> found = search.find(query);
        for (int index : found) {
            result.append(m_spec->operations().at(index).operationId);
        }
        return result;
    }

private Q_SLOTS:

    void initTestCase()
    {
        m_spec = Spec::fromFile(QStringLiteral(ESI_TEST_DATA) + u"/openapi-2026-07-21.json"_s).spec;
        QVERIFY(m_spec);
    }

    void emptyQuery_returnsEverythingInSpecOrder()
    {
        const QStringList all = idsFor(QString());
        QCOMPARE(all.size(), m_spec->operations().size());
        QCOMPARE(all.first(), m_spec->operations().first().operationId);
    }

    void terms_matchEveryFieldCaseInsensitively_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("operationId") << u"getcharacterscharacteridassets"_s << u"GetCharactersCharacterIdAssets"_s;
        QTest::newRow("path") << u"/markets/{region_id}/orders"_s << u"GetMarketsRegionIdOrders"_s;
        QTest::newRow("summary") << u"character assets"_s << u"GetCharactersCharacterIdAssets"_s;
        QTest::newRow("scope") << u"esi-assets.read_assets.v1"_s << u"GetCharactersCharacterIdAssets"_s;
        QTest::newRow("scope with colon") << u"esi.activity.char:read"_s << QString();
        QTest::newRow("qualified scope") << u"scope:read_assets"_s << u"GetCharactersCharacterIdAssets"_s;
        QTest::newRow("qualified tag and method") << u"tag:universe method:post names"_s << u"PostUniverseNames"_s;
    }

    void terms_matchEveryFieldCaseInsensitively()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const QStringList found = idsFor(query);
        if (expected.isEmpty()) {
            // A scope nobody requires matches nothing, and a colon inside it is not a qualifier.
            for (const Operation &op : m_spec->operations()) {
                QVERIFY(!op.scopes.contains(query) || found.contains(op.operationId));
            }
            return;
        }
        QVERIFY2(found.contains(expected), qPrintable(found.join(u", "_s)));
    }

    void allTermsMustMatch()
    {
        const QStringList found = idsFor(u"assets corporation"_s);
        QVERIFY(found.contains(u"GetCorporationsCorporationIdAssets"_s));
        QVERIFY(!found.contains(u"GetCharactersCharacterIdAssets"_s));
        QVERIFY(idsFor(u"assets zzznothing"_s).isEmpty());
    }

    void operationIdPrefix_ranksFirst()
    {
        const QStringList found = idsFor(u"GetMarkets"_s);
        QVERIFY(!found.isEmpty());
        QVERIFY(found.first().startsWith(u"GetMarkets"_s));
    }

    void unknownQualifier_isPlainText() { QVERIFY(idsFor(u"foo:bar"_s).isEmpty()); }

    void matches_agreesWithFind()
    {
        SpecSearch search(m_spec);
        const QList<int> found = search.find(u"wallet"_s);
        for (qsizetype i = 0; i < m_spec->operations().size(); ++i) {
            QCOMPARE(search.matches(int(i), u"wallet"), found.contains(int(i)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSpecSearch)
#include "tst_specsearch.moc"
