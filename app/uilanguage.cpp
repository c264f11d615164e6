#include "app/uilanguage.h"

#include "core/esilanguages.h"
#include "core/settings/appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace Esi::App {

namespace {

// Where the build embeds esi-studio_<lang>.qm (translations/CMakeLists.txt).
const QString ourTranslations = u":/esi/translations"_s;

// Qt ships Simplified Chinese as zh_CN; ESI calls it zh.
QString qtFileSuffix(const QString &language)
{
    return language == u"zh" ? u"zh_CN"_s : language;
}

} // namespace

UiLanguage::UiLanguage(QString qtTranslationsDirectory)
    : m_qtDirectory(qtTranslationsDirectory.isEmpty() ? QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                                                      : std::move(qtTranslationsDirectory))
{}

UiLanguage::~UiLanguage()
{
    remove();
}

const QStringList &UiLanguage::supported()
{
    return Core::EsiLanguages::codes();
}

QString UiLanguage::esiCode(const QLocale &locale)
{
    // Every Chinese locale maps to zh: ESI's only Chinese is Simplified, still closer than English
    // for a Traditional Chinese reader.
    const QString code = QLocale::languageToCode(locale.language(), QLocale::ISO639Part1);
    return supported().contains(code) ? code : QString();
}

QString UiLanguage::choose(const QString &stored, const QLocale &system)
{
    const QString wanted = stored.trimmed().toLower();
    if (supported().contains(wanted)) {
        return wanted;
    }
    const QString fromSystem = esiCode(system);
    return fromSystem.isEmpty() ? u"en"_s : fromSystem;
}

QString UiLanguage::choose(const QSettings &settings, const QLocale &system)
{
    return choose(settings.value(QLatin1StringView(Core::AppSettings::languageKey)).toString(), system);
}

bool UiLanguage::apply(const QString &language, const QLocale &system, QStringList *problems)
{
    remove();
    if (!supported().contains(language)) {
        problems->append(QCoreApplication::translate("Esi::App::UiLanguage",
                                                     "\u201c%1\u201d is not one of ESI Studio's languages (%2).")
                             .arg(language, supported().join(u", "_s)));
        return false;
    }
    auto ours = std::make_unique<QTranslator>();
    const QString ourFile = u"esi-studio_"_s + language;
    if (!ours->load(ourFile, ourTranslations)) {
        problems->append(
            QCoreApplication::translate("Esi::App::UiLanguage", "The translation %1/%2.qm is missing from this build.")
                .arg(ourTranslations, ourFile));
        return false;
    }
    auto qt = std::make_unique<QTranslator>();
    const QString qtFile = u"qtbase_"_s + qtFileSuffix(language);
    if (qt->load(qtFile, m_qtDirectory)) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    } else {
        problems->append(QCoreApplication::translate("Esi::App::UiLanguage",
                                                     "Qt's own texts stay in English: %1.qm is not in %2 (Debian "
                                                     "package qt6-translations-l10n).")
                             .arg(qtFile, m_qtDirectory));
    }
    QCoreApplication::installTranslator(ours.get());
    m_ours = std::move(ours);
    m_language = language;
    // Dates and numbers follow the interface language, unless the system locale already speaks it (and so
    // knows the territory too: de_AT stays de_AT); the C locale counts as English.
    const bool systemSpeaksIt = esiCode(system) == language || (language == u"en" && system.language() == QLocale::C);
    QLocale::setDefault(systemSpeaksIt ? system : QLocale(language));
    return true;
}

void UiLanguage::remove()
{
    if (m_ours) {
        QCoreApplication::removeTranslator(m_ours.get());
        m_ours.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
    m_language.clear();
}

} // namespace Esi::App
