// ESI's eight languages are written down once (ESI_LANGUAGES, core/languages.cmake): the client, the settings,
// the interface language and the built translations all derive from it, and no source spells it out again.
#include "app/uilanguage.h"
#include "core/esilanguages.h"
#include "core/http/esiclient.h"
#include "core/settings/appsettings.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::EsiLanguages;

class TestEsiLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void everyList_isTheOneFromCMake()
    {
        const QStringList fromCMake = QStringLiteral(ESI_LANGUAGES_FROM_CMAKE).split(u' ');
        QCOMPARE(EsiLanguages::codes(), fromCMake);
        QCOMPARE(EsiLanguages::codes().size(), 8);
        QCOMPARE(Esi::Core::EsiClient::languages(), EsiLanguages::codes());
        QCOMPARE(Esi::Core::AppSettings::languages(), EsiLanguages::codes());
        QCOMPARE(Esi::App::UiLanguage::supported(), EsiLanguages::codes());
    }

    void translations_areBuiltForExactlyThoseLanguages()
    {
        QStringList expected;
        for (const QString &code : EsiLanguages::codes()) {
            expected.append(u"esi-studio_"_s + code + u".qm"_s);
        }
        QStringList built = QDir(u":/esi/translations"_s).entryList(QDir::Files);
        expected.sort();
        built.sort();
        QCOMPARE(built, expected);
    }

    void noSource_spellsTheListOutAgain()
    {
        // Two language codes as neighbouring string literals, or the codes as one run of words.
        const QString code = u"\"(en|de|fr|ja|ru|zh|ko|es)\""_s;
        const QRegularExpression literals(code + u"(_s|_L1)?\\s*,\\s*u?"_s + code);
        const QRegularExpression words(u"\\ben de fr ja ru zh ko es\\b"_s);
        const QDir root(QStringLiteral(ESI_SOURCE_DIR));
        QStringList found;
        for (const QString &area : {u"core"_s, u"ui"_s, u"app"_s, u"cli"_s, u"sandbox"_s, u"translations"_s}) {
            QDirIterator files(root.filePath(area), {u"*.cpp"_s, u"*.h"_s, u"*.in"_s, u"*.txt"_s, u"*.cmake"_s},
                               QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = files.next();
                if (path.endsWith(u"/core/languages.cmake")) {
                    continue; // the one place
                }
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                if (text.contains(literals) || text.contains(words)) {
                    found.append(root.relativeFilePath(path));
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(u"the language list is written again in: "_s + found.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestEsiLanguages)
#include "tst_esilanguages.moc"
