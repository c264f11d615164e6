// Where state lives is decided once, from the environment main() read, and offline mode has its own roots for
// every kind of state.
#include "core/statelocations.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::StateLocations;

namespace {

// Every file or folder a kind of state is kept in, by name.
QList<std::pair<QString, QString>> everyKind(const StateLocations &locations)
{
    return {{u"tokens"_s, locations.tokenDatabase()},
            {u"locks"_s, locations.lockDirectory()},
            {u"signing keys"_s, locations.signingKeys()},
            {u"responses"_s, locations.responseCache()},
            {u"limits"_s, locations.limitState()},
            {u"specs"_s, locations.specDirectory()},
            {u"portraits"_s, locations.portraitDirectory()},
            {u"history"_s, locations.historyDatabase()},
            {u"remembered values"_s, locations.rememberedValues()}};
}

bool isInside(const QString &path, const QString &root)
{
    return QDir::cleanPath(path).startsWith(QDir::cleanPath(root) + u'/');
}

} // namespace

class TestStateLocations : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fromEnvironment_readsTheGivenEnvironmentNotTheProcessOne()
    {
        qputenv("ESI_STUDIO_DATA_DIR", "/process/data");
        qputenv("ESI_STUDIO_CACHE_DIR", "/process/cache");
        QProcessEnvironment given;
        given.insert(u"ESI_STUDIO_DATA_DIR"_s, u"/given/data"_s);
        given.insert(u"ESI_STUDIO_CACHE_DIR"_s, u"/given/cache"_s);
        const StateLocations locations = StateLocations::fromEnvironment(given, u"/stored/cache"_s);
        QCOMPARE(locations.dataDirectory(), u"/given/data"_s);
        QCOMPARE(locations.cacheDirectory(), u"/given/cache"_s);
        // Without the variables: the standard roots, whatever the process environment says.
        const StateLocations standard = StateLocations::fromEnvironment(QProcessEnvironment());
        QCOMPARE(standard, StateLocations::standard());
        QVERIFY(!standard.dataDirectory().startsWith(u"/process"_s));
        qunsetenv("ESI_STUDIO_DATA_DIR");
        qunsetenv("ESI_STUDIO_CACHE_DIR");
    }

    void fromEnvironment_storedCacheFolder_isUsedUnlessTheVariableIsSet()
    {
        QCOMPARE(StateLocations::fromEnvironment(QProcessEnvironment(), u" /chosen "_s).cacheDirectory(), u"/chosen"_s);
        QProcessEnvironment empty; // set but empty: the standard folder, as before
        empty.insert(u"ESI_STUDIO_CACHE_DIR"_s, QString());
        QCOMPARE(StateLocations::fromEnvironment(empty, u"/chosen"_s).cacheDirectory(),
                 StateLocations::standard().cacheDirectory());
    }

    void standard_keepsHistoryAndRememberedValuesInTheOneDataRoot()
    {
        const StateLocations locations = StateLocations::standard();
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/esi-studio"_s;
        QCOMPARE(locations.dataDirectory(), data);
        QCOMPARE(locations.tokenDatabase(), data + u"/tokens.sqlite"_s);
        QCOMPARE(locations.historyDatabase(), data + u"/history.sqlite"_s);
        QCOMPARE(locations.rememberedValues(), data + u"/remembered-values.ini"_s);
        QCOMPARE(locations.cacheDirectory(),
                 QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + u"/esi-studio"_s);
        QVERIFY(!isInside(locations.historyDatabase(), StateLocations::legacyDataDirectory()));
    }

    void standard_sharesResponsesAndLimitsWithEveryProcess()
    {
        // Moved from tst_responsecache and tst_limitstatestore with their defaultDatabasePath().
        const StateLocations locations = StateLocations::standard();
        QVERIFY(locations.responseCache().endsWith(u"/esi-studio/responses.sqlite"_s));
        QVERIFY(locations.responseCache().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)));
        QVERIFY(locations.limitState().endsWith(u"/esi-studio/limits.sqlite"_s));
    }

    void settingsFile_isInTheConfigRoot_whereQSettingsKeptIt()
    {
        const StateLocations locations = StateLocations::standard();
        QCOMPARE(locations.settingsFile(), locations.configDirectory() + u"/esi-studio.conf"_s);
        QCOMPARE(locations.configDirectory(),
                 QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/EsiStudio"_s);
        // On Linux the standard settings file is the one QSettings' defaults chose: nothing moves on upgrade.
        QCOMPARE(QDir::cleanPath(locations.settingsFile()), QDir::cleanPath(StateLocations::legacySettingsFile()));
    }

    void fromEnvironment_configVariable_movesTheSettingsFile()
    {
        QProcessEnvironment given;
        given.insert(u"ESI_STUDIO_CONFIG_DIR"_s, u"/given/config"_s);
        const StateLocations locations = StateLocations::fromEnvironment(given);
        QCOMPARE(locations.settingsFile(), u"/given/config/esi-studio.conf"_s);
        QCOMPARE(locations.dataDirectory(), StateLocations::standard().dataDirectory());
        // Offline keeps the user's settings file: it holds the offline switch itself.
        QCOMPARE(locations.offline().settingsFile(), locations.settingsFile());
    }

    void offline_hasItsOwnRootsForEveryKindOfState()
    {
        const StateLocations online(u"/config"_s, u"/data"_s, u"/cache"_s);
        const StateLocations offline = online.offline();
        QVERIFY(offline.isOffline());
        QVERIFY(!online.isOffline());
        QCOMPARE(offline.configDirectory(), online.configDirectory()); // the settings file stays shared
        const auto real = everyKind(online);
        const auto sandbox = everyKind(offline);
        for (qsizetype i = 0; i < real.size(); ++i) {
            const QString &kind = real.at(i).first;
            const QString &sandboxPath = sandbox.at(i).second;
            QVERIFY2(sandboxPath != real.at(i).second, qPrintable(kind));
            QVERIFY2(isInside(sandboxPath, offline.dataDirectory()) || isInside(sandboxPath, offline.cacheDirectory()),
                     qPrintable(kind + u": "_s + sandboxPath));
            // No real state file or folder holds an offline one, and no offline one is a real one.
            for (const auto &[otherKind, realPath] : real) {
                QVERIFY2(!isInside(realPath, offline.dataDirectory()) && !isInside(realPath, offline.cacheDirectory()),
                         qPrintable(otherKind));
                QVERIFY2(sandboxPath != realPath, qPrintable(kind + u" / "_s + otherKind));
            }
        }
    }

    void offline_ofOfflineIsTheSame()
    {
        const StateLocations offline = StateLocations(u"/c"_s, u"/d"_s, u"/k"_s).offline();
        QCOMPARE(offline.offline(), offline);
    }
};

QTEST_GUILESS_MAIN(TestStateLocations)
#include "tst_statelocations.moc"
