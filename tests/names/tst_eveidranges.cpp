#include "core/names/eveidranges.h"
#include "core/names/idcolumns.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::EveIdKind;
using Esi::Core::EveIdRanges;
using Esi::Core::IdColumns;
using Range = EveIdRanges::Range;

Q_DECLARE_METATYPE(EveIdKind)
Q_DECLARE_METATYPE(Range)

// EVE's ID ranges and the column names that say what a number is: together they decide which IDs are worth
// asking /universe/names about at all.
class TestEveIdRanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void rangeOf_followsCcpsTable_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::addColumn<Range>("range");
        QTest::newRow("zero") << qint64(0) << Range::Invalid;
        QTest::newRow("negative") << qint64(-5) << Range::Invalid;
        QTest::newRow("asset safety") << qint64(2004) << Range::SystemItem;
        QTest::newRow("faction") << qint64(500001) << Range::Faction;
        QTest::newRow("npc corporation") << qint64(1000035) << Range::NpcCorporation;
        QTest::newRow("agent") << qint64(3008416) << Range::NpcCharacter;
        QTest::newRow("The Forge") << qint64(10000002) << Range::Region;
        QTest::newRow("Kimotoro") << qint64(20000020) << Range::Constellation;
        QTest::newRow("Jita") << qint64(30000142) << Range::SolarSystem;
        QTest::newRow("wormhole system") << qint64(31000005) << Range::SolarSystem;
        QTest::newRow("planet") << qint64(40009077) << Range::Celestial;
        QTest::newRow("stargate") << qint64(50001248) << Range::Stargate;
        QTest::newRow("Jita 4-4") << qint64(60003760) << Range::Station;
        QTest::newRow("office folder") << qint64(66003760) << Range::StationFolder;
        QTest::newRow("new character") << qint64(95465499) << Range::Character;
        QTest::newRow("corporation") << qint64(98000001) << Range::Corporation;
        QTest::newRow("alliance") << qint64(99000001) << Range::Alliance;
        QTest::newRow("old entity") << qint64(1000000000) << Range::LegacyEntity;
        QTest::newRow("2016+ character") << qint64(2112000001) << Range::Character;
        QTest::newRow("structure") << qint64(1035466617946) << Range::ItemOrStructure;
        QTest::newRow("gap") << qint64(5000000) << Range::Other;
    }

    void rangeOf_followsCcpsTable()
    {
        QFETCH(qint64, id);
        QFETCH(Range, range);
        QCOMPARE(EveIdRanges::rangeOf(id), range);
    }

    void isNameable_asksOnlyWhatUniverseNamesCanName_data()
    {
        QTest::addColumn<EveIdKind>("kind");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<bool>("nameable");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("type") << EveIdKind::Type << qint64(34) << true << QString();
        QTest::newRow("station location") << EveIdKind::Location << qint64(60003760) << true << QString();
        QTest::newRow("system location") << EveIdKind::Location << qint64(30000142) << true << QString();
        QTest::newRow("structure location") << EveIdKind::Location << qint64(1035466617946) << false << u"structure"_s;
        QTest::newRow("asset safety location") << EveIdKind::Location << qint64(2004) << false << u"special"_s;
        QTest::newRow("office location") << EveIdKind::Location << qint64(66003760) << false << u"office"_s;
        QTest::newRow("structure in station column")
            << EveIdKind::Station << qint64(1035466617946) << false << u"structure"_s;
        QTest::newRow("character") << EveIdKind::Character << qint64(2112000001) << true << QString();
        QTest::newRow("npc corporation") << EveIdKind::Corporation << qint64(1000035) << true << QString();
        QTest::newRow("system id as character") << EveIdKind::Character << qint64(30000142) << false << u"characters"_s;
        QTest::newRow("item id as type") << EveIdKind::Type << qint64(1035466617946) << false << u"type"_s;
        QTest::newRow("region") << EveIdKind::Region << qint64(10000002) << true << QString();
        QTest::newRow("zero") << EveIdKind::Type << qint64(0) << false << u"zero"_s;
    }

    void isNameable_asksOnlyWhatUniverseNamesCanName()
    {
        QFETCH(EveIdKind, kind);
        QFETCH(qint64, id);
        QFETCH(bool, nameable);
        QFETCH(QString, reasonPart);
        QString reason = u"untouched"_s;
        QCOMPARE(EveIdRanges::isNameable(kind, id, &reason), nameable);
        if (nameable) {
            QVERIFY(reason.isEmpty());
        } else {
            QVERIFY2(reason.contains(reasonPart, Qt::CaseInsensitive), qPrintable(reason));
        }
    }

    void kindOf_readsTheColumnName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<EveIdKind>("kind");
        QTest::newRow("type_id") << u"type_id"_s << EveIdKind::Type;
        QTest::newRow("ship_type_id") << u"ship_type_id"_s << EveIdKind::Type;
        QTest::newRow("location_id") << u"location_id"_s << EveIdKind::Location;
        QTest::newRow("issuer_corporation_id") << u"issuer_corporation_id"_s << EveIdKind::Corporation;
        QTest::newRow("victim.character_id") << u"victim.character_id"_s << EveIdKind::Character;
        QTest::newRow("system_id") << u"system_id"_s << EveIdKind::SolarSystem;
        QTest::newRow("solar_system_id") << u"solar_system_id"_s << EveIdKind::SolarSystem;
        QTest::newRow("first_party_id") << u"first_party_id"_s << EveIdKind::Entity;
        QTest::newRow("order_id") << u"order_id"_s << EveIdKind::None;
        QTest::newRow("market_group_id") << u"market_group_id"_s << EveIdKind::None;
        QTest::newRow("item_id") << u"item_id"_s << EveIdKind::None;
        QTest::newRow("price") << u"price"_s << EveIdKind::None;
    }

    void kindOf_readsTheColumnName()
    {
        QFETCH(QString, name);
        QFETCH(EveIdKind, kind);
        QCOMPARE(IdColumns::kindOf(name), kind);
    }

    void nameColumnOf_turnsIdIntoName()
    {
        QCOMPARE(IdColumns::nameColumnOf(u"type_id"_s), u"type_name"_s);
        QCOMPARE(IdColumns::nameColumnOf(u"issuer_corporation_id"_s), u"issuer_corporation_name"_s);
        QCOMPARE(IdColumns::nameColumnOf(u"victim.ship_type_id"_s), u"victim.ship_type_name"_s);
    }

    void nameCanChange_onlyForCharactersCorporationsAlliances()
    {
        QVERIFY(EveIdRanges::nameCanChange(u"character"_s));
        QVERIFY(EveIdRanges::nameCanChange(u"corporation"_s));
        QVERIFY(EveIdRanges::nameCanChange(u"alliance"_s));
        QVERIFY(!EveIdRanges::nameCanChange(u"inventory_type"_s));
        QVERIFY(!EveIdRanges::nameCanChange(u"solar_system"_s));
        QVERIFY(!EveIdRanges::nameCanChange(u"station"_s));
    }
};

QTEST_GUILESS_MAIN(TestEveIdRanges)
#include "tst_eveidranges.moc"
