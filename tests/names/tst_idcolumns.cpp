#include "core/names/idcolumns.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::EveIdKind;
using Esi::Core::IdColumn;
using Esi::Core::IdColumns;

// Which columns of a real result hold IDs with names, read from CCP's real specs.
class TestIdColumns : public QObject
{
    Q_OBJECT

private:
    static Esi::Core::SpecPtr load(const QString &file)
    {
        const Esi::Core::SpecLoadResult loaded = Esi::Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/") + file);
        if (!loaded) {
            qFatal("cannot load %s", qPrintable(file));
        }
        return loaded.spec;
    }

    static QStringList paths(const QList<IdColumn> &columns)
    {
        QStringList result;
        for (const IdColumn &column : columns) {
            result.append(column.path);
        }
        return result;
    }

private Q_SLOTS:

    void marketOrders_typeLocationAndSystem_inEverySpecFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("operationId");
        QTest::newRow("3.1") << u"openapi-2026-07-21.json"_s << u"GetMarketsRegionIdOrders"_s;
        QTest::newRow("3.0") << u"openapi-3.0-2026-06-09.json"_s << u"GetMarketsRegionIdOrders"_s;
        QTest::newRow("swagger 2.0") << u"swagger-latest-1.36.json"_s << u"get_markets_region_id_orders"_s;
    }

    void marketOrders_typeLocationAndSystem_inEverySpecFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, operationId);
        const Esi::Core::SpecPtr spec = load(file);
        const Esi::Core::Operation *operation = spec->operation(operationId);
        QVERIFY(operation);
        const QList<IdColumn> columns = IdColumns::ofOperation(*spec, *operation);
        QCOMPARE(paths(columns), (QStringList{u"location_id"_s, u"system_id"_s, u"type_id"_s}));
        QCOMPARE(columns.at(0).kind, EveIdKind::Location);
        QCOMPARE(columns.at(0).nameColumn, u"location_name"_s);
        QCOMPARE(columns.at(1).kind, EveIdKind::SolarSystem);
        QCOMPARE(columns.at(2).kind, EveIdKind::Type);
        QCOMPARE(columns.at(2).nameColumn, u"type_name"_s);
    }

    void killmail_nestedVictimColumnsAreDotted()
    {
        const Esi::Core::SpecPtr spec = load(u"openapi-2026-07-21.json"_s);
        const Esi::Core::Operation *operation = spec->operation(u"GetKillmailsKillmailIdKillmailHash"_s);
        QVERIFY(operation);
        const QStringList found = paths(IdColumns::ofOperation(*spec, *operation));
        for (const QString &expected :
             {u"solar_system_id"_s, u"victim.character_id"_s, u"victim.corporation_id"_s, u"victim.ship_type_id"_s}) {
            QVERIFY2(found.contains(expected), qPrintable(found.join(u", "_s)));
        }
        QVERIFY(!found.contains(u"killmail_id"_s));
    }

    void walletJournal_partiesAreEntities()
    {
        const Esi::Core::SpecPtr spec = load(u"openapi-2026-07-21.json"_s);
        const Esi::Core::Operation *operation = spec->operation(u"GetCharactersCharacterIdWalletJournal"_s);
        QVERIFY(operation);
        const QList<IdColumn> columns = IdColumns::ofOperation(*spec, *operation);
        QVERIFY(columns.contains(IdColumn{u"first_party_id"_s, EveIdKind::Entity, u"first_party_name"_s}));
        QVERIFY(columns.contains(IdColumn{u"second_party_id"_s, EveIdKind::Entity, u"second_party_name"_s}));
    }

    void ofColumnNames_picksTheIdColumnsOfATable()
    {
        const QList<IdColumn> columns =
            IdColumns::ofColumnNames({u"order_id"_s, u"type_id"_s, u"price"_s, u"issuer_corporation_id"_s});
        QCOMPARE(paths(columns), (QStringList{u"type_id"_s, u"issuer_corporation_id"_s}));
        QCOMPARE(columns.at(1).nameColumn, u"issuer_corporation_name"_s);
    }
};

QTEST_GUILESS_MAIN(TestIdColumns)
#include "tst_idcolumns.moc"
