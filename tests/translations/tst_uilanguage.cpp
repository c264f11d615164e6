#include "app/uilanguage.h"
#include "core/settings/appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::App::UiLanguage;

class TestUiLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void choose_prefersStoredThenSystemThenEnglish_data();
    void choose_prefersStoredThenSystemThenEnglish();
    void choose_readsTheUiLanguageSetting();
    void apply_translatesOurStringsAndQtsOwn_data();
    void apply_translatesOurStringsAndQtsOwn();
    void apply_withoutQtTranslations_saysWhichFileIsMissing();
    void apply_rejectsALanguageEsiDoesNotSpeak();
    void apply_again_replacesTheEarlierLanguage();
    void apply_setsTheDefaultLocaleUnlessTheSystemSpeaksIt();
    void destruction_removesTheTranslators();
};

void TestUiLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUiLanguage::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestUiLanguage::choose_prefersStoredThenSystemThenEnglish_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("stored wins over the system") << u"de"_s << u"fr_FR"_s << u"de"_s;
    QTest::newRow("stored, any case and spacing") << u" KO "_s << u"en_US"_s << u"ko"_s;
    QTest::newRow("empty follows the system") << QString() << u"ja_JP"_s << u"ja"_s;
    QTest::newRow("system territory does not matter") << QString() << u"es_MX"_s << u"es"_s;
    QTest::newRow("system Russian") << QString() << u"ru_RU"_s << u"ru"_s;
    QTest::newRow("Simplified Chinese") << QString() << u"zh_CN"_s << u"zh"_s;
    QTest::newRow("Traditional Chinese reads ESI's zh") << QString() << u"zh_TW"_s << u"zh"_s;
    QTest::newRow("unsupported stored follows the system") << u"pt"_s << u"fr_CA"_s << u"fr"_s;
    QTest::newRow("unsupported system falls back to English") << QString() << u"pt_BR"_s << u"en"_s;
    QTest::newRow("both unsupported") << u"xx"_s << u"sv_SE"_s << u"en"_s;
    QTest::newRow("C locale") << QString() << u"C"_s << u"en"_s;
}

void TestUiLanguage::choose_prefersStoredThenSystemThenEnglish()
{
    QFETCH(QString, stored);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(UiLanguage::choose(stored, QLocale(system)), expected);
}

void TestUiLanguage::choose_readsTheUiLanguageSetting()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QSettings settings(directory.filePath(u"settings.ini"_s), QSettings::IniFormat);
    QCOMPARE(UiLanguage::choose(settings, QLocale(u"ko_KR"_s)), u"ko"_s);
    settings.setValue(QLatin1StringView(Esi::Core::AppSettings::languageKey), u"ru"_s);
    QCOMPARE(UiLanguage::choose(settings, QLocale(u"ko_KR"_s)), u"ru"_s);
    settings.setValue(QLatin1StringView(Esi::Core::AppSettings::languageKey), QString()); // follow the system again
    QCOMPARE(UiLanguage::choose(settings, QLocale(u"de_AT"_s)), u"de"_s);
}

void TestUiLanguage::apply_translatesOurStringsAndQtsOwn_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");   // MainWindow's "&File"
    QTest::addColumn<QString>("cancel"); // Qt's own "Cancel" (QPlatformTheme, used by dialog buttons)
    QTest::newRow("en") << u"en"_s << u"&File"_s << u"Cancel"_s;
    QTest::newRow("de") << u"de"_s << u"&Datei"_s << u"Abbrechen"_s;
    QTest::newRow("fr") << u"fr"_s << u"&Fichier"_s << u"Annuler"_s;
    QTest::newRow("ja") << u"ja"_s << u"ファイル(&F)"_s << u"キャンセル"_s;
    QTest::newRow("ru") << u"ru"_s << u"&Файл"_s << u"Отмена"_s;
    QTest::newRow("zh") << u"zh"_s << u"文件(&F)"_s << u"取消"_s;
    QTest::newRow("ko") << u"ko"_s << u"파일(&F)"_s << u"취소"_s;
    QTest::newRow("es") << u"es"_s << u"&Archivo"_s << u"Cancelar"_s;
}

void TestUiLanguage::apply_translatesOurStringsAndQtsOwn()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, cancel);
    UiLanguage uiLanguage;
    QStringList problems;
    QVERIFY2(uiLanguage.apply(language, QLocale(u"en_US"_s), &problems), qPrintable(problems.join(u'\n')));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(uiLanguage.language(), language);
    QCOMPARE(QCoreApplication::translate("Esi::Ui::MainWindow", "&File"), file);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
}

void TestUiLanguage::apply_withoutQtTranslations_saysWhichFileIsMissing()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    UiLanguage uiLanguage(empty.path());
    QStringList problems;
    QVERIFY(uiLanguage.apply(u"zh"_s, QLocale(u"en_US"_s), &problems)); // ours still load
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(u"qtbase_zh_CN.qm"_s), qPrintable(problems.constFirst()));
    QVERIFY(problems.constFirst().contains(empty.path()));
    QVERIFY(problems.constFirst().contains(u"qt6-translations-l10n"_s));
    QCOMPARE(QCoreApplication::translate("Esi::Ui::MainWindow", "&File"), u"文件(&F)"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
}

void TestUiLanguage::apply_rejectsALanguageEsiDoesNotSpeak()
{
    UiLanguage uiLanguage;
    QStringList problems;
    QVERIFY(!uiLanguage.apply(u"pt"_s, QLocale(u"pt_BR"_s), &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(u"\u201cpt\u201d"_s), qPrintable(problems.constFirst()));
    QVERIFY(problems.constFirst().contains(u"en, de, fr, ja, ru, zh, ko, es"_s));
    QVERIFY(uiLanguage.language().isEmpty());
    QCOMPARE(QCoreApplication::translate("Esi::Ui::MainWindow", "&File"), u"&File"_s);
}

void TestUiLanguage::apply_again_replacesTheEarlierLanguage()
{
    UiLanguage uiLanguage;
    QStringList problems;
    QVERIFY(uiLanguage.apply(u"ru"_s, QLocale(u"en_US"_s), &problems));
    QVERIFY(uiLanguage.apply(u"es"_s, QLocale(u"en_US"_s), &problems));
    QCOMPARE(QCoreApplication::translate("Esi::Ui::MainWindow", "&File"), u"&Archivo"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancelar"_s);
}

void TestUiLanguage::apply_setsTheDefaultLocaleUnlessTheSystemSpeaksIt()
{
    UiLanguage uiLanguage;
    QStringList problems;
    QVERIFY(uiLanguage.apply(u"ja"_s, QLocale(u"en_GB"_s), &problems));
    QCOMPARE(QLocale().language(), QLocale::Japanese);
    QVERIFY(uiLanguage.apply(u"de"_s, QLocale(u"de_AT"_s), &problems));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().territory(), QLocale::Austria); // the system's own German keeps its territory
    QVERIFY(uiLanguage.apply(u"en"_s, QLocale::c(), &problems));
    QCOMPARE(QLocale().language(), QLocale::C); // English on a C system keeps C's number format
}

void TestUiLanguage::destruction_removesTheTranslators()
{
    {
        UiLanguage uiLanguage;
        QStringList problems;
        QVERIFY(uiLanguage.apply(u"ko"_s, QLocale(u"en_US"_s), &problems));
        QCOMPARE(QCoreApplication::translate("Esi::Ui::MainWindow", "&File"), u"파일(&F)"_s);
    }
    QCOMPARE(QCoreApplication::translate("Esi::Ui::MainWindow", "&File"), u"&File"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
}

QTEST_GUILESS_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
