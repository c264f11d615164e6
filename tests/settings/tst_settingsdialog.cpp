// The settings dialog: bad values are rejected inline and never saved, good ones are saved; the User-Agent
// preview; "Clear cache"; the theme applied live.
#include "core/clock.h"
#include "core/http/responsecache.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/themeapplier.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace Esi::Core;
using namespace Esi::Ui;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime now(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC);

template <typename T> T *child(const QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found) {
        qFatal("no child %s", qPrintable(name));
    }
    return found;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<QSettings>(m_dir->filePath(u"esi-studio.conf"_s), QSettings::IniFormat);
    }

    void badValue_disablesOkShowsWhyAndSavesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("email") << u"contactEmailEdit"_s << u"not-an-address"_s << u"Contact email"_s;
        QTest::newRow("esi server") << u"esiUrlEdit"_s << u"esi.evetech.net"_s << u"ESI server"_s;
        QTest::newRow("sso server") << u"ssoUrlEdit"_s << u"ftp://login.eveonline.com"_s << u"SSO server"_s;
        QTest::newRow("callback") << u"callbackUrlEdit"_s << u"http://example.com:80/cb"_s << u"Callback URL"_s;
        QTest::newRow("date") << u"compatibilityDateEdit"_s << u"26.08.2025"_s << u"YYYY-MM-DD"_s;
        QTest::newRow("future date") << u"compatibilityDateEdit"_s << u"2030-01-01"_s << u"future"_s;
        QTest::newRow("cache folder") << u"cacheDirectoryEdit"_s << u"relative/folder"_s << u"relative"_s;
    }

    void badValue_disablesOkShowsWhyAndSavesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        SettingsDialog dialog(AppSettings(), m_store.get(), m_clock, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = child<QPushButton>(dialog, u"settingsOkButton"_s);
        auto *problem = child<QLabel>(dialog, u"settingsProblemLabel"_s);
        QVERIFY(ok->isEnabled());
        QVERIFY(!problem->isVisible());

        type(child<QLineEdit>(dialog, field), text);
        QVERIFY(!ok->isEnabled());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(mentions), qPrintable(problem->text()));
        QVERIFY(!child<QLineEdit>(dialog, field)->toolTip().isEmpty());

        QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
        QTest::keyClick(child<QLineEdit>(dialog, field), Qt::Key_Return); // Enter must not save either
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(saved.size(), 0);
        QVERIFY(m_store->allKeys().isEmpty());
    }

    void goodValues_areSaved()
    {
        SettingsDialog dialog(AppSettings(), m_store.get(), m_clock, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(child<QLineEdit>(dialog, u"clientIdEdit"_s), u"0123abcd"_s);
        type(child<QLineEdit>(dialog, u"contactEmailEdit"_s), u"pilot@example.com"_s);
        type(child<QLineEdit>(dialog, u"esiUrlEdit"_s), u"http://127.0.0.1:8080"_s);
        type(child<QLineEdit>(dialog, u"compatibilityDateEdit"_s), u"2025-08-26"_s);
        child<QSpinBox>(dialog, u"concurrencySpin"_s)->setValue(4);
        child<QSpinBox>(dialog, u"cacheSizeSpin"_s)->setValue(128);
        auto *language = child<QComboBox>(dialog, u"languageCombo"_s);
        language->setCurrentIndex(language->findData(u"ja"_s));
        auto *theme = child<QComboBox>(dialog, u"themeCombo"_s);
        theme->setCurrentIndex(theme->findData(u"dark"_s));

        QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
        auto *ok = child<QPushButton>(dialog, u"settingsOkButton"_s);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QVERIFY(!dialog.isVisible());
        m_store->sync();
        QCOMPARE(m_store->value(u"sso/clientId"_s).toString(), u"0123abcd"_s);
        QCOMPARE(m_store->value(u"userAgent/contactEmail"_s).toString(), u"pilot@example.com"_s);
        QCOMPARE(m_store->value(u"esi/baseUrl"_s).toString(), u"http://127.0.0.1:8080"_s);
        QCOMPARE(m_store->value(u"esi/compatibilityDate"_s).toString(), u"2025-08-26"_s);
        QCOMPARE(m_store->value(u"http/concurrency"_s).toInt(), 4);
        QCOMPARE(m_store->value(u"cache/maxSizeMiB"_s).toInt(), 128);
        QCOMPARE(m_store->value(u"ui/language"_s).toString(), u"ja"_s);
        QCOMPARE(m_store->value(u"ui/theme"_s).toString(), u"dark"_s);
        const auto saidSaved = saved.constFirst().at(1).value<AppSettings>();
        QCOMPARE(saidSaved.concurrency, 4);
    }

    void ok_keepsWhatChangedElsewhereWhileTheDialogWasOpen()
    {
        AppSettings start;
        start.sso.clientId = u"opened-with"_s;
        start.contactEmail = u"old@example.com"_s;
        start.save(*m_store);
        SettingsDialog dialog(start, m_store.get(), m_clock, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // Meanwhile: File > Try It Offline, then the first-run assistant with another client ID.
        AppSettings elsewhere = AppSettings::load(*m_store);
        elsewhere.offline = true;
        elsewhere.firstRunCompleted = true;
        elsewhere.sso.clientId = u"from-assistant"_s;
        elsewhere.sso.scopes = {u"esi-assets.read_assets.v1"_s};
        elsewhere.save(*m_store);

        type(child<QLineEdit>(dialog, u"contactEmailEdit"_s), u"new@example.com"_s);
        QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
        QTest::mouseClick(child<QPushButton>(dialog, u"settingsOkButton"_s), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);

        const AppSettings stored = AppSettings::load(*m_store);
        QCOMPARE(stored.contactEmail, u"new@example.com"_s); // what the dialog edited
        QVERIFY(stored.offline);                             // what it did not
        QVERIFY(stored.firstRunCompleted);
        QCOMPARE(stored.sso.clientId, u"from-assistant"_s);
        QCOMPARE(stored.sso.scopes, QStringList{u"esi-assets.read_assets.v1"_s});
        const auto previous = saved.constFirst().at(0).value<AppSettings>();
        const auto said = saved.constFirst().at(1).value<AppSettings>();
        QVERIFY(previous.offline); // so the offline switch is not taken for this dialog's change
        QCOMPARE(previous.contactEmail, u"old@example.com"_s);
        QVERIFY(said.offline);
        QCOMPARE(said.sso.clientId, u"from-assistant"_s);
        QCOMPARE(said.contactEmail, u"new@example.com"_s);
    }

    void ok_closesTheDialogBeforeSayingSaved()
    {
        SettingsDialog dialog(AppSettings(), m_store.get(), m_clock, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(child<QLineEdit>(dialog, u"contactEmailEdit"_s), u"pilot@example.com"_s);
        bool visibleWhenSaved = true;
        int resultWhenSaved = -1;
        QString storedWhenSaved;
        connect(&dialog, &SettingsDialog::settingsSaved, this, [&] {
            visibleWhenSaved = dialog.isVisible();
            resultWhenSaved = dialog.result();
            storedWhenSaved = m_store->value(u"userAgent/contactEmail"_s).toString();
        });
        QTest::mouseClick(child<QPushButton>(dialog, u"settingsOkButton"_s), Qt::LeftButton);
        QVERIFY(!visibleWhenSaved); // a restart question must not appear over the open dialog
        QCOMPARE(resultWhenSaved, int(QDialog::Accepted));
        QCOMPARE(storedWhenSaved, u"pilot@example.com"_s);
    }

    void cancel_savesNothing()
    {
        SettingsDialog dialog(AppSettings(), m_store.get(), m_clock, nullptr);
        dialog.show();
        type(child<QLineEdit>(dialog, u"contactEmailEdit"_s), u"pilot@example.com"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"settingsCancelButton"_s), Qt::LeftButton);
        QVERIFY(m_store->allKeys().isEmpty());
    }

    void userAgentPreview_followsTheFields_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("appName");
        QTest::addColumn<QString>("expected");
        const QString studio = UserAgent::studioProduct();
        QTest::newRow("nothing") << QString() << QString() << studio;
        QTest::newRow("email") << u"pilot@example.com"_s << QString() << studio + u" (pilot@example.com)"_s;
        QTest::newRow("both") << u"pilot@example.com"_s << u"my market tool"_s
                              << u"MyMarketTool (pilot@example.com) "_s + studio;
        QTest::newRow("bad email") << u"pilot"_s << QString() << u"(no valid header: contact email 'pilot'"_s;
    }

    void userAgentPreview_followsTheFields()
    {
        QFETCH(QString, email);
        QFETCH(QString, appName);
        QFETCH(QString, expected);
        SettingsDialog dialog(AppSettings(), m_store.get(), m_clock, nullptr);
        dialog.show();
        type(child<QLineEdit>(dialog, u"contactEmailEdit"_s), email);
        type(child<QLineEdit>(dialog, u"appNameEdit"_s), appName);
        const QString shown = child<QLabel>(dialog, u"userAgentPreview"_s)->text();
        QVERIFY2(shown.startsWith(expected), qPrintable(shown));
        QCOMPARE(dialog.userAgentPreview(), shown);
    }

    void clearCache_emptiesItAndSaysHowMuchWasFreed()
    {
        ResponseCache cache(m_dir->filePath(u"responses.sqlite"_s), m_clock);
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QByteArray body; // incompressible, so the stored (compressed) size is at least its length
        QRandomGenerator random(5000);
        for (int i = 0; i < 5000; ++i) {
            body.append(char(random.bounded(256)));
        }
        QVERIFY(cache.store({QUrl(u"https://esi.evetech.net/status/"_s), u"en"_s, 0, u"2025-08-26"_s},
                            CachedResponse::fromReply(200, {{"Cache-Control"_ba, "max-age=60"_ba}}, body, now)));
        const qint64 size = cache.sizeBytes();
        QVERIFY(size >= 5000);

        SettingsDialog dialog(AppSettings(), m_store.get(), m_clock, &cache);
        dialog.show();
        auto *status = child<QLabel>(dialog, u"cacheStatusLabel"_s);
        QVERIFY2(status->text().startsWith(u"Cached responses: 1,"_s), qPrintable(status->text()));
        QSignalSpy cleared(&dialog, &SettingsDialog::cacheCleared);
        QTest::mouseClick(child<QPushButton>(dialog, u"clearCacheButton"_s), Qt::LeftButton);
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(cleared.constFirst().constFirst().toLongLong(), size);
        QCOMPARE(cache.entryCount(), 0);
        QVERIFY2(status->text().startsWith(u"Freed "_s), qPrintable(status->text()));
        QVERIFY2(status->text().contains(u"KB"_s) || status->text().contains(u"kB"_s), qPrintable(status->text()));
    }

    void clearCache_withoutACache_isDisabled()
    {
        SettingsDialog dialog(AppSettings(), m_store.get(), m_clock, nullptr);
        QVERIFY(!child<QPushButton>(dialog, u"clearCacheButton"_s)->isEnabled());
    }

    void registrationSteps_nameTheCallbackToEnter()
    {
        AppSettings settings;
        settings.sso.callbackUrl = QUrl(u"http://127.0.0.1:9123/done"_s);
        SettingsDialog dialog(settings, m_store.get(), m_clock, nullptr);
        const QString steps = child<QLabel>(dialog, u"registrationSteps"_s)->text();
        QVERIFY(steps.contains(u"https://developers.eveonline.com"_s));
        QVERIFY(steps.contains(u"http://127.0.0.1:9123/done"_s));
        QVERIFY(steps.contains(u"Client ID"_s));
        type(child<QLineEdit>(dialog, u"callbackUrlEdit"_s), u"http://127.0.0.1:7000/x"_s);
        QVERIFY(child<QLabel>(dialog, u"registrationSteps"_s)->text().contains(u"http://127.0.0.1:7000/x"_s));
    }

    void showNames_isOnByDefault_andSavedUnderTheHeaderMenusKey()
    {
        QVERIFY(AppSettings().showNames);
        m_store->setValue(u"ui/showNames"_s, false);
        SettingsDialog dialog(AppSettings::load(*m_store), m_store.get(), m_clock, nullptr);
        auto *check = child<QCheckBox>(dialog, u"showNamesCheck"_s);
        QVERIFY(!check->isChecked());
        check->setChecked(true);
        QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
        dialog.accept();
        QCOMPARE(saved.size(), 1);
        QVERIFY(saved.constFirst().at(1).value<AppSettings>().showNames);
        m_store->sync();
        QCOMPARE(m_store->value(u"ui/showNames"_s).toBool(), true);
    }

    void everyControl_hasAnAccessibleName()
    {
        SettingsDialog dialog(AppSettings(), m_store.get(), m_clock, nullptr);
        const QList<QWidget *> controls = dialog.findChildren<QWidget *>();
        for (QWidget *control : controls) {
            if (qobject_cast<QLineEdit *>(control) || qobject_cast<QComboBox *>(control) ||
                qobject_cast<QPushButton *>(control) || qobject_cast<QSpinBox *>(control) ||
                qobject_cast<QCheckBox *>(control)) {
                if (control->objectName().startsWith(u"qt_"_s)) {
                    continue; // a spin box's or combo box's own line edit, named by Qt
                }
                QVERIFY2(!control->objectName().isEmpty(), control->metaObject()->className());
                QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
            }
        }
    }

    void theme_appliesLiveAndFollowingTheSystemRestoresTheStart()
    {
        const QString startStyle = QApplication::style()->name();
        const QColor startWindow = QApplication::palette().color(QPalette::Window);
        ThemeApplier theme;
        theme.apply(AppSettings::Theme::Dark);
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        QCOMPARE(QApplication::palette().color(QPalette::Window), ThemeApplier::darkPalette().color(QPalette::Window));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        theme.apply(AppSettings::Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        theme.apply(AppSettings::Theme::System);
        QCOMPARE(QApplication::style()->name(), startStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), startWindow);
    }

private:
    ManualClock m_clock{now};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_store;
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
