#include "core/auth/memorysecretstore.h"
#include "core/auth/ssoclient.h"
#include "core/auth/ssosettings.h"
#include "core/auth/tokendatabase.h"
#include "core/auth/tokenstore.h"
#include "core/clock.h"
#include "core/spec/specrepository.h"
#include "ui/mainwindow.h"
#include "ui/tokens/signinlauncher.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Esi;
using namespace Qt::Literals::StringLiterals;

namespace {

// The shared libraries mapped into this process whose file name contains `part`.
QStringList mappedLibraries(const QString &part)
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly)) {
        return {u"<cannot read /proc/self/maps>"_s};
    }
    QStringList found;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QString path = QString::fromLocal8Bit(line).section(u' ', -1);
        if (path.contains(part) && !found.contains(path)) {
            found.append(path);
        }
    }
    return found;
}

// The DT_NEEDED entries of an ELF file, read by readelf.
QStringList neededLibraries(const QString &file, QString *error)
{
    const QString readelf = QStandardPaths::findExecutable(u"readelf"_s);
    if (readelf.isEmpty()) {
        *error = u"readelf (binutils) is not installed"_s;
        return {};
    }
    QProcess process;
    process.start(readelf, {u"-d"_s, u"-W"_s, file});
    if (!process.waitForFinished(20000) || process.exitCode() != 0) {
        *error = u"readelf -d %1 failed: %2"_s.arg(file, QString::fromLocal8Bit(process.readAllStandardError()));
        return {};
    }
    static const QRegularExpression needed(u"\\(NEEDED\\)\\s+Shared library: \\[([^\\]]+)\\]"_s);
    QStringList libraries;
    for (auto matches = needed.globalMatch(QString::fromLocal8Bit(process.readAllStandardOutput()));
         matches.hasNext();) {
        libraries.append(matches.next().captured(1));
    }
    return libraries;
}

} // namespace

// QtWebEngine stays out of esi-studio until a sign-in opens: the executable does not link it, and a process
// with the main window up has none of it mapped until SignInLauncher loads the esi_websignin plugin.
class TestWebSignInLazy : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void esiStudio_doesNotLinkQtWebEngine_butThePluginDoes()
    {
        QString error;
        const QStringList app = neededLibraries(u"" ESI_STUDIO_BINARY ""_s, &error);
        if (!error.isEmpty()) {
            QFAIL(qPrintable(error)); // readelf comes with binutils, which .ci/install-deps installs
        }
        QVERIFY2(app.filter(u"libQt6Widgets"_s).size() == 1, qPrintable(app.join(u", "_s))); // the parse works
        QVERIFY2(app.filter(u"WebEngine"_s).isEmpty(), qPrintable(app.join(u", "_s)));
        const QStringList plugin = neededLibraries(u"" ESI_WEBSIGNIN_PLUGIN_FILE_PATH ""_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!plugin.filter(u"libQt6WebEngineWidgets"_s).isEmpty(), qPrintable(plugin.join(u", "_s)));
    }

    void mainWindowUp_mapsNoWebEngine_untilSignInOpens()
    {
        QTemporaryDir folder;
        QNetworkAccessManager network;
        Core::SpecRepository specs(&network, folder.filePath(u"specs"_s), QUrl(u"http://127.0.0.1:9"_s));
        Ui::MainWindow window(&specs);
        window.setSpec(Core::SpecRepository::loadBundled().spec);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!mappedLibraries(u"libQt6Widgets"_s).isEmpty()); // the maps check sees libraries at all
        QVERIFY2(mappedLibraries(u"WebEngine"_s).isEmpty(), qPrintable(mappedLibraries(u"WebEngine"_s).join(u", "_s)));

        Core::SystemClock clock;
        Core::TokenDatabase database(folder.filePath(u"tokens.sqlite"_s));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        Core::MemorySecretStore secrets;
        Core::SsoSettings settings;
        settings.clientId = u"lazy-test"_s;
        settings.baseUrl = QUrl(u"http://127.0.0.1:9"_s); // never reached before the test cancels
        Core::SsoClient sso(settings, &network, clock, folder.filePath(u"jwks.json"_s));
        Core::TokenStore store(database, secrets, sso, clock);
        Ui::SignInLauncher::Options options;
        options.pluginDirectories = {u"" ESI_WEBSIGNIN_PLUGIN_DIR ""_s};
        Ui::SignInLauncher launcher(sso, store, options);
        launcher.setDialogParent(&window);
        QVERIFY(mappedLibraries(u"WebEngine"_s).isEmpty()); // creating the launcher loads nothing either

        QSignalSpy cancelled(&launcher, &Ui::SignInLauncher::cancelled);
        launcher.start({u"esi-assets.read_assets.v1"_s});
        QVERIFY2(launcher.embeddedDialog(), qPrintable(launcher.embeddedBrowserProblem()));
        QVERIFY(!mappedLibraries(u"libQt6WebEngineCore"_s).isEmpty());
        QVERIFY(!mappedLibraries(u"esi_websignin"_s).isEmpty());
        launcher.cancel();
        QCOMPARE(cancelled.size(), 1);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication application(argc, argv);
    TestWebSignInLazy test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_websigninlazy.moc"
