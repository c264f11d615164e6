#include "core/names/namecache.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::NameCache;
using Esi::Core::ResolvedName;
using Esi::Core::ResolvedNames;

// The shared name cache: what stays, what is asked again after a week, and what two processes see.
class TestNameCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    QString path(const char *name) const { return m_directory.filePath(QString::fromLatin1(name)); }

    static ResolvedName named(const QString &name, const QString &category)
    {
        return {ResolvedName::Status::Named, name, category, {}};
    }

    static constexpr qint64 day = 24LL * 60 * 60 * 1000;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_directory.isValid());
    }

    void storedNames_areFoundByAnotherInstanceOfTheSameFile()
    {
        Esi::Core::ManualClock clock;
        NameCache writer(path("shared.sqlite"), clock);
        QString error;
        QVERIFY2(writer.open(&error), qPrintable(error));
        QVERIFY(writer.store(
            {{34, named(u"Tritanium"_s, u"inventory_type"_s)}, {30000142, named(u"Jita"_s, u"solar_system"_s)}},
            u"en"_s));
        NameCache reader(path("shared.sqlite"), clock); // as another process would open it
        QVERIFY2(reader.open(&error), qPrintable(error));
        const ResolvedNames found = reader.lookup({34, 30000142, 35}, u"en"_s);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.value(34).name, u"Tritanium"_s);
        QCOMPARE(found.value(30000142).category, u"solar_system"_s);
        QVERIFY(!found.contains(35));
    }

    void characterNames_areAskedAgainAfterAWeek_typesNever()
    {
        Esi::Core::ManualClock clock;
        NameCache cache(path("expiry.sqlite"), clock);
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QVERIFY(cache.store({{2112000001, named(u"Sandbox Pilot"_s, u"character"_s)},
                             {98000001, named(u"A Corp"_s, u"corporation"_s)},
                             {34, named(u"Tritanium"_s, u"inventory_type"_s)}},
                            u"en"_s));
        clock.advance(7 * day - 1);
        QCOMPARE(cache.lookup({2112000001, 98000001, 34}, u"en"_s).size(), 3);
        clock.advance(1);
        const ResolvedNames afterAWeek = cache.lookup({2112000001, 98000001, 34}, u"en"_s);
        QCOMPARE(afterAWeek.keys(), QList<qint64>{34});
        clock.advance(365 * day);
        QCOMPARE(cache.lookup({34}, u"en"_s).value(34).name, u"Tritanium"_s);
    }

    void notFound_isRememberedForAWeek()
    {
        Esi::Core::ManualClock clock;
        NameCache cache(path("notfound.sqlite"), clock);
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QVERIFY(cache.store({{13000000, {ResolvedName::Status::NotFound, {}, {}, {}}},
                             {40000001, {ResolvedName::Status::Failed, {}, {}, u"network"_s}}},
                            u"en"_s));
        const ResolvedNames found = cache.lookup({13000000, 40000001}, u"en"_s);
        QCOMPARE(found.keys(), QList<qint64>{13000000}); // a failure is never kept
        QCOMPARE(found.value(13000000).status, ResolvedName::Status::NotFound);
        QVERIFY(!found.value(13000000).reason.isEmpty());
        clock.advance(7 * day);
        QVERIFY(cache.lookup({13000000}, u"en"_s).isEmpty());
    }

    void typeNames_perLanguage_characterNamesShared()
    {
        Esi::Core::ManualClock clock;
        NameCache cache(path("languages.sqlite"), clock);
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QVERIFY(cache.store(
            {{34, named(u"Tritanium"_s, u"inventory_type"_s)}, {2112000001, named(u"Sandbox Pilot"_s, u"character"_s)}},
            u"en"_s));
        const ResolvedNames german = cache.lookup({34, 2112000001}, u"de"_s);
        QCOMPARE(german.keys(), QList<qint64>{2112000001});
        QVERIFY(cache.store({{34, named(u"Tritanium (de)"_s, u"inventory_type"_s)}}, u"de"_s));
        QCOMPARE(cache.lookup({34}, u"de"_s).value(34).name, u"Tritanium (de)"_s);
        QCOMPARE(cache.lookup({34}, u"en"_s).value(34).name, u"Tritanium"_s);
    }

    void foreignFile_isRefusedAndLeftAlone()
    {
        QFile foreign(path("foreign.sqlite"));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("not a database at all, but someone's notes");
        foreign.close();
        Esi::Core::ManualClock clock;
        NameCache cache(foreign.fileName(), clock);
        QString error;
        QVERIFY(!cache.open(&error));
        QVERIFY2(error.contains(u"name cache"_s), qPrintable(error));
        QVERIFY(foreign.open(QIODevice::ReadOnly));
        QCOMPARE(foreign.readAll(), QByteArray("not a database at all, but someone's notes"));
    }
};

QTEST_GUILESS_MAIN(TestNameCache)
#include "tst_namecache.moc"
