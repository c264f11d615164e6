#include "tests/translations/keptwords.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // translation type: empty (finished), unfinished, vanished, obsolete
    QStringList forms;
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile file;
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        file.error = u"cannot open %1: %2"_s.arg(path, input.errorString());
        return file;
    }
    QXmlStreamReader xml(&input);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == "TS"_L1) {
            file.language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message{context, QString(), xml.attributes().value("numerus"_L1) == "yes"_L1, QString(), {}};
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    message.forms.append(xml.readElementText());
                }
            } else {
                message.forms.append(xml.readElementText());
            }
            file.messages.append(message);
        }
    }
    if (xml.hasError()) {
        file.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    }
    return file;
}

const QStringList &languages()
{
    static const QStringList codes{u"en"_s, u"de"_s, u"fr"_s, u"ja"_s, u"ru"_s, u"zh"_s, u"ko"_s, u"es"_s};
    return codes;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(ESI_TRANSLATIONS_SOURCE "/esi-studio_") + language + u".ts"_s;
}

// %1..%99 in order of appearance, sorted: a translation may reorder them but not drop or add one.
QStringList numberedPlaceholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d{1,2})"_s);
    QStringList found;
    QRegularExpressionMatchIterator matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        found.append(matches.next().captured());
    }
    found.sort();
    return found;
}

// Accelerator markers: '&' before a character, not "&&" and not an XML entity such as "&amp;".
int accelerators(const QString &text)
{
    static const QRegularExpression pattern(u"(?<!&)&(?!&|[a-z]+;|#\\d+;|\\s)"_s);
    int count = 0;
    QRegularExpressionMatchIterator matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        matches.next();
        ++count;
    }
    return count;
}

int expectedForms(const QString &language)
{
    if (language == u"ru") {
        return 3; // one, few, many
    }
    if (language == u"ja" || language == u"zh" || language.startsWith(u"zh_") || language == u"ko") {
        return 1;
    }
    return 2;
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void file_hasNoUnfinishedOrObsoleteEntry_data();
    void file_hasNoUnfinishedOrObsoleteEntry();
    void file_holdsTheSameSourcesAsEnglish_data();
    void file_holdsTheSameSourcesAsEnglish();
    void translations_keepPlaceholdersAndAccelerators_data();
    void translations_keepPlaceholdersAndAccelerators();
    void translations_areNotCopiesOfTheEnglish_data();
    void translations_areNotCopiesOfTheEnglish();
    void sources_haveNoEscapeLupdateMisreads();

private:
    void addLanguageRows(bool withEnglish);
    QHash<QString, TsFile> m_files;
};

void TestTranslationFiles::initTestCase()
{
    for (const QString &language : languages()) {
        TsFile file = readTs(tsPath(language));
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QVERIFY2(!file.messages.isEmpty(), qPrintable(tsPath(language) + u" has no messages"_s));
        m_files.insert(language, file);
    }
}

void TestTranslationFiles::addLanguageRows(bool withEnglish)
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages()) {
        if (withEnglish || language != u"en") {
            QTest::newRow(qPrintable(language)) << language;
        }
    }
}

void TestTranslationFiles::file_hasNoUnfinishedOrObsoleteEntry_data()
{
    addLanguageRows(true);
}

void TestTranslationFiles::file_hasNoUnfinishedOrObsoleteEntry()
{
    QFETCH(QString, language);
    const TsFile &file = m_files[language];
    QStringList problems;
    for (const Message &message : file.messages) {
        const bool empty = std::any_of(message.forms.cbegin(), message.forms.cend(),
                                       [](const QString &form) { return form.isEmpty(); });
        if (!message.type.isEmpty() || message.forms.isEmpty() || empty) {
            problems.append(u"%1 \u201c%2\u201d (%3)"_s.arg(message.context, message.source,
                                                            message.type.isEmpty() ? u"empty"_s : message.type));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 entries of %2 need a translation (run lupdate, then translate "
                                            "them; see translations/README.md):\n"_s.arg(problems.size())
                                                .arg(tsPath(language)) +
                                            problems.join(u'\n')));
}

void TestTranslationFiles::file_holdsTheSameSourcesAsEnglish_data()
{
    addLanguageRows(false);
}

void TestTranslationFiles::file_holdsTheSameSourcesAsEnglish()
{
    QFETCH(QString, language);
    const auto keys = [](const TsFile &file) {
        QSet<QString> set;
        for (const Message &message : file.messages) {
            set.insert(message.context + u" | "_s + message.source);
        }
        return set;
    };
    const QSet<QString> english = keys(m_files[u"en"_s]);
    const QSet<QString> translated = keys(m_files[language]);
    QStringList missing = QSet<QString>(english).subtract(translated).values();
    QStringList extra = QSet<QString>(translated).subtract(english).values();
    missing.sort();
    extra.sort();
    QVERIFY2(missing.isEmpty() && extra.isEmpty(),
             qPrintable(u"%1 is out of step with esi-studio_en.ts; run the update_translations target.\nmissing: %2\n"
                        "extra: %3"_s.arg(tsPath(language), missing.join(u"; "_s), extra.join(u"; "_s))));
}

void TestTranslationFiles::translations_keepPlaceholdersAndAccelerators_data()
{
    addLanguageRows(true);
}

void TestTranslationFiles::translations_keepPlaceholdersAndAccelerators()
{
    QFETCH(QString, language);
    const TsFile &file = m_files[language];
    const int forms = expectedForms(file.language);
    // English, German, French and Spanish use their first plural form for one (French: zero or one), so it
    // may say "the marked parameter" without %n; every other form must show the count.
    const bool firstFormIsSingular = forms == 2;
    QStringList problems;
    for (const Message &message : file.messages) {
        const QString where = message.context + u" \u201c"_s + message.source + u"\u201d: "_s;
        if (message.numerus && message.forms.size() != forms) {
            problems.append(where + u"%1 plural forms, %2 has %3"_s.arg(message.forms.size()).arg(language).arg(forms));
        }
        for (qsizetype i = 0; i < message.forms.size(); ++i) {
            const QString &form = message.forms[i];
            if (numberedPlaceholders(form) != numberedPlaceholders(message.source)) {
                problems.append(where + u"placeholders %1 instead of %2 in \u201c%3\u201d"_s.arg(
                                            numberedPlaceholders(form).join(u' '),
                                            numberedPlaceholders(message.source).join(u' '), form));
            }
            const bool needsCount =
                message.numerus && message.source.contains(u"%n"_s) && !(firstFormIsSingular && i == 0);
            if (needsCount && !form.contains(u"%n"_s)) {
                problems.append(where + u"form %1 \u201c%2\u201d does not show %n"_s.arg(i).arg(form));
            }
            if (!message.numerus && form.contains(u"%n"_s) != message.source.contains(u"%n"_s)) {
                problems.append(where + u"%n differs in \u201c%1\u201d"_s.arg(form));
            }
            if (accelerators(form) != accelerators(message.source)) {
                problems.append(where + u"%1 accelerator(s) in \u201c%2\u201d, the source has %3"_s.arg(
                                            QString::number(accelerators(form)), form,
                                            QString::number(accelerators(message.source))));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(tsPath(language) + u":\n"_s + problems.join(u'\n')));
}

void TestTranslationFiles::translations_areNotCopiesOfTheEnglish_data()
{
    addLanguageRows(false);
}

void TestTranslationFiles::translations_areNotCopiesOfTheEnglish()
{
    QFETCH(QString, language);
    QStringList copies;
    for (const Message &message : m_files[language].messages) {
        for (const QString &form : message.forms) {
            if (form != message.source) {
                continue;
            }
            const bool allKept = KeptWords::allKept(message.source, language);
            if (!allKept) {
                copies.append(message.context + u" \u201c"_s + message.source + u'\u201d');
            }
        }
    }
    QVERIFY2(copies.isEmpty(),
             qPrintable(u"%1 keeps the English text of:\n%2"_s.arg(tsPath(language), copies.join(u'\n'))));
}

void TestTranslationFiles::sources_haveNoEscapeLupdateMisreads()
{
    // lupdate reads a \\u escape with every hex digit that follows ("\\u201cAll" as U+201CA), so the .ts entry
    // never matches the compiled text and stays untranslated at run time.
    static const QRegularExpression misread(u"\\\\u[0-9a-fA-F]{4}[0-9a-fA-F]"_s);
    QStringList found;
    for (const char *folder : {"app", "ui", "core"}) {
        QDirIterator files(QStringLiteral(ESI_SOURCE_DIR "/") + QLatin1StringView(folder), {u"*.cpp"_s, u"*.h"_s},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            int lineNumber = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNumber;
                if (misread.match(line).hasMatch() && !line.trimmed().startsWith(u"//"_s)) {
                    found.append(u"%1:%2: %3"_s.arg(file.fileName()).arg(lineNumber).arg(line.trimmed()));
                }
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(u"end the literal after the escape, as in \"\\u201c\" \"All\" "
                                         "(translations/README.md):\n"_s +
                                         found.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
