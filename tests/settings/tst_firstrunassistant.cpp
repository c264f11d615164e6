// The first-run assistant: when it is due, what each choice stores, and invalid input held back.
#include "core/clock.h"
#include "ui/settings/firstrunassistant.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Esi::Core;
using namespace Esi::Ui;
using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T> T *child(const QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found) {
        qFatal("no child %s", qPrintable(name));
    }
    return found;
}

QProcessEnvironment environmentWith(const QString &firstRun)
{
    QProcessEnvironment environment;
    if (!firstRun.isNull()) {
        environment.insert(u"ESI_STUDIO_FIRST_RUN"_s, firstRun);
    }
    return environment;
}

} // namespace

class TestFirstRunAssistant : public QObject
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

    void isDue_onlyOnTheFirstRun_data()
    {
        QTest::addColumn<QStringList>("storedKeys");
        QTest::addColumn<bool>("quitAfterReady");
        QTest::addColumn<bool>("serversGiven");
        QTest::addColumn<QString>("firstRunVariable");
        QTest::addColumn<bool>("due");
        QTest::newRow("nothing stored") << QStringList() << false << false << QString() << true;
        QTest::newRow("nothing stored, --quit-after-ready") << QStringList() << true << false << QString() << false;
        QTest::newRow("nothing stored, servers given") << QStringList() << false << true << QString() << false;
        QTest::newRow("nothing stored, suppressed") << QStringList() << false << false << u"0"_s << false;
        QTest::newRow("assistant ran") << QStringList{u"firstRun/completed"_s} << false << false << QString() << false;
        QTest::newRow("client id set up another way")
            << QStringList{u"sso/clientId"_s} << false << false << QString() << false;
        QTest::newRow("other settings only")
            << QStringList{u"window/geometry"_s} << false << false << QString() << true;
        QTest::newRow("forced") << QStringList{u"firstRun/completed"_s} << false << false << u"1"_s << true;
        QTest::newRow("forced, servers given") << QStringList() << false << true << u"1"_s << true;
        QTest::newRow("forced, --quit-after-ready") << QStringList() << true << false << u"1"_s << false;
    }

    void isDue_onlyOnTheFirstRun()
    {
        QFETCH(QStringList, storedKeys);
        QFETCH(bool, quitAfterReady);
        QFETCH(bool, serversGiven);
        QFETCH(QString, firstRunVariable);
        QFETCH(bool, due);
        for (const QString &key : std::as_const(storedKeys)) {
            m_store->setValue(key, u"x"_s);
        }
        QCOMPARE(FirstRunAssistant::isDue(*m_store, quitAfterReady, serversGiven, environmentWith(firstRunVariable)),
                 due);
    }

    void finishing_isDueNoMore()
    {
        FirstRunAssistant assistant(AppSettings(), m_store.get(), m_clock);
        assistant.show();
        finish(assistant);
        QVERIFY(!FirstRunAssistant::isDue(*m_store, false, false, environmentWith(QString())));
    }

    void cancelling_isDueNoMoreButStoresNoChoice()
    {
        FirstRunAssistant assistant(AppSettings(), m_store.get(), m_clock);
        assistant.show();
        assistant.next();
        child<QLineEdit>(assistant, u"clientIdEdit"_s)->setText(u"abc123"_s);
        assistant.reject();
        QVERIFY(!FirstRunAssistant::isDue(*m_store, false, false, environmentWith(QString())));
        QVERIFY(!m_store->contains(u"sso/clientId"_s));
    }

    void signInChoice_storesClientIdAndEmail()
    {
        FirstRunAssistant assistant(AppSettings(), m_store.get(), m_clock);
        assistant.show();
        QVERIFY(QTest::qWaitForWindowExposed(&assistant));
        QCOMPARE(assistant.currentId(), int(FirstRunAssistant::WelcomePage));
        assistant.next();
        QCOMPARE(assistant.currentId(), int(FirstRunAssistant::ChoicePage));
        QVERIFY(child<QRadioButton>(assistant, u"signInChoice"_s)->isChecked());
        const QString steps = child<QLabel>(assistant, u"registrationSteps"_s)->text();
        QVERIFY(steps.contains(u"https://developers.eveonline.com"_s));
        QVERIFY(steps.contains(u"http://127.0.0.1:8182/callback"_s));
        QTest::keyClicks(child<QLineEdit>(assistant, u"clientIdEdit"_s), u"0123abcd"_s);
        assistant.next();
        QCOMPARE(assistant.currentId(), int(FirstRunAssistant::ContactPage));
        QTest::keyClicks(child<QLineEdit>(assistant, u"contactEmailEdit"_s), u"pilot@example.com"_s);
        QVERIFY(child<QLabel>(assistant, u"userAgentPreview"_s)->text().contains(u"(pilot@example.com)"_s));
        finish(assistant);
        m_store->sync();
        QCOMPARE(m_store->value(u"sso/clientId"_s).toString(), u"0123abcd"_s);
        QCOMPARE(m_store->value(u"userAgent/contactEmail"_s).toString(), u"pilot@example.com"_s);
        QCOMPARE(m_store->value(u"offline/enabled"_s).toBool(), false);
        QCOMPARE(m_store->value(u"firstRun/completed"_s).toBool(), true);
    }

    void finishing_keepsWhatTheSettingsDialogSavedMeanwhile()
    {
        FirstRunAssistant assistant(AppSettings(), m_store.get(), m_clock);
        assistant.show();
        AppSettings elsewhere; // saved by File > Settings while the assistant is open
        elsewhere.theme = AppSettings::Theme::Dark;
        elsewhere.cacheMaxSizeMiB = 64;
        elsewhere.save(*m_store);
        assistant.next();
        child<QLineEdit>(assistant, u"clientIdEdit"_s)->setText(u"abc123"_s);
        finish(assistant);
        const AppSettings stored = AppSettings::load(*m_store);
        QCOMPARE(stored.sso.clientId, u"abc123"_s);
        QVERIFY(stored.firstRunCompleted);
        QCOMPARE(stored.theme, AppSettings::Theme::Dark);
        QCOMPARE(stored.cacheMaxSizeMiB, 64);
    }

    void offlineChoice_isStored()
    {
        FirstRunAssistant assistant(AppSettings(), m_store.get(), m_clock);
        assistant.show();
        assistant.next();
        QTest::mouseClick(child<QRadioButton>(assistant, u"offlineChoice"_s), Qt::LeftButton);
        QVERIFY(assistant.offlineChosen());
        QVERIFY(!child<QLineEdit>(assistant, u"clientIdEdit"_s)->isEnabled());
        finish(assistant);
        m_store->sync();
        QCOMPARE(m_store->value(u"offline/enabled"_s).toBool(), true);
        QVERIFY(child<QLabel>(assistant, u"doneSummary"_s)->text().contains(u"offline sandbox"_s));
    }

    void invalidInput_holdsNextBack()
    {
        FirstRunAssistant assistant(AppSettings(), m_store.get(), m_clock);
        assistant.show();
        assistant.next();
        QAbstractButton *next = assistant.button(QWizard::NextButton);
        QVERIFY(next->isEnabled());
        QTest::keyClicks(child<QLineEdit>(assistant, u"clientIdEdit"_s), u"has space"_s);
        QVERIFY(!next->isEnabled());
        auto *problem = child<QLabel>(assistant, u"clientIdProblemLabel"_s);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"Client ID"_s), qPrintable(problem->text()));
        // Offline needs no client ID.
        QTest::mouseClick(child<QRadioButton>(assistant, u"offlineChoice"_s), Qt::LeftButton);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(child<QRadioButton>(assistant, u"signInChoice"_s), Qt::LeftButton);
        child<QLineEdit>(assistant, u"clientIdEdit"_s)->setText(u"fine"_s);
        assistant.next();
        QTest::keyClicks(child<QLineEdit>(assistant, u"contactEmailEdit"_s), u"pilot@"_s);
        QVERIFY(!next->isEnabled());
        QVERIFY(child<QLabel>(assistant, u"contactProblemLabel"_s)->isVisible());
        QTest::keyClicks(child<QLineEdit>(assistant, u"contactEmailEdit"_s), u"example.com"_s);
        QVERIFY(next->isEnabled());
    }

private:
    static void finish(FirstRunAssistant &assistant)
    {
        while (assistant.currentId() != FirstRunAssistant::DonePage) {
            const int before = assistant.currentId();
            assistant.next();
            QVERIFY(assistant.currentId() != before);
        }
        QTest::mouseClick(assistant.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(assistant.result(), int(QDialog::Accepted));
    }

    ManualClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_store;
};

QTEST_MAIN(TestFirstRunAssistant)
#include "tst_firstrunassistant.moc"
