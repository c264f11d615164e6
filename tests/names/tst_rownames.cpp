#include "core/names/rownames.h"
#include "namessnippets.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::EveIdKind;
using Esi::Core::IdColumn;
using Esi::Core::ResolvedName;
using Esi::Core::RowNames;

// The ID columns applied to rows: which IDs are asked, and the _name fields the exports and `esi` write.
class TestRowNames : public QObject
{
    Q_OBJECT

private:
    static RowNames killmailNames()
    {
        return RowNames({IdColumn{u"solar_system_id"_s, EveIdKind::SolarSystem, u"solar_system_name"_s},
                         IdColumn{u"victim.character_id"_s, EveIdKind::Character, u"victim.character_name"_s},
                         IdColumn{u"victim.ship_type_id"_s, EveIdKind::Type, u"victim.ship_type_name"_s}});
    }

    static QJsonArray rows() { return QJsonDocument::fromJson(nestedRowsJson).array(); }

private Q_SLOTS:

    void collectIds_eachOnce_neverWhatCannotBeNamed()
    {
        QList<qint64> ids;
        QSet<qint64> seen;
        killmailNames().collectIds(rows(), ids, seen);
        killmailNames().collectIds(rows(), ids, seen);             // again: nothing new
        QCOMPARE(ids, (QList<qint64>{30000142, 2112000001, 587})); // the structure in a system column is left out
    }

    void withNames_addsNestedNameFields_nullWhenUnknown()
    {
        const Esi::Core::ResolvedNames names{
            {30000142, {ResolvedName::Status::Named, u"Jita"_s, u"solar_system"_s, {}}},
            {587, {ResolvedName::Status::Named, u"Rifter"_s, u"inventory_type"_s, {}}},
            {2112000001, {ResolvedName::Status::Failed, {}, {}, u"network"_s}},
        };
        const QJsonArray named = killmailNames().withNames(rows(), names);
        const QJsonObject first = named.at(0).toObject();
        QCOMPARE(first.value(u"solar_system_name"_s).toString(), u"Jita"_s);
        QCOMPARE(first.value(u"victim"_s).toObject().value(u"ship_type_name"_s).toString(), u"Rifter"_s);
        QVERIFY(first.value(u"victim"_s).toObject().value(u"character_name"_s).isNull());
        QCOMPARE(first.value(u"victim"_s).toObject().value(u"character_id"_s).toInteger(), 2112000001);
        const QJsonObject second = named.at(1).toObject();
        QVERIFY(second.value(u"solar_system_name"_s).isNull()); // a structure ID in a system column
        QVERIFY(!second.contains(u"victim"_s));                 // no column, no name field
    }

    void describe_saysWhyThereIsNoName()
    {
        const ResolvedName structure = RowNames::describe(EveIdKind::Location, 1035466617946, {});
        QCOMPARE(structure.status, ResolvedName::Status::Unnameable);
        QVERIFY(structure.reason.contains(u"structure"_s));
        QCOMPARE(RowNames::describe(EveIdKind::Type, 34, {}).status, ResolvedName::Status::Failed);
        QCOMPARE(
            RowNames::describe(EveIdKind::Type, 34, {{34, {ResolvedName::Status::Named, u"T"_s, u"c"_s, {}}}}).name,
            u"T"_s);
    }
};

QTEST_GUILESS_MAIN(TestRowNames)
#include "tst_rownames.moc"
