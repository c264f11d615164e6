#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <memory>

class QSettings;
class QTranslator;

namespace Esi::App {

// ESI Studio's user-interface language: one of ESI's own (Core::EsiLanguages), so the window
// and the default Accept-Language of calls speak the same language. Chosen from the stored setting
// Core::AppSettings::languageKey (empty: follow the system), else the system locale's language, else English.
class UiLanguage
{
public:
    // `qtTranslationsDirectory` holds Qt's own qtbase_<lang>.qm (Debian: qt6-translations-l10n); empty
    // means Qt's installed translations path.
    explicit UiLanguage(QString qtTranslationsDirectory = QString());
    ~UiLanguage();
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

    static const QStringList &supported();
    // The language to use for a stored setting and the system locale.
    static QString choose(const QString &stored, const QLocale &system);
    static QString choose(const QSettings &settings, const QLocale &system);
    // The ESI code for a locale, or empty when it is none of ESI's languages.
    static QString esiCode(const QLocale &locale);

    // Installs the translators for `language` (an ESI code) on the application, replacing earlier ones,
    // and makes its locale the default one unless the system already speaks it. What cannot be loaded is
    // noted in `problems`: without Qt's own translation only Qt's standard texts stay English; without
    // ESI Studio's it returns false.
    bool apply(const QString &language, const QLocale &system, QStringList *problems);

    QString language() const { return m_language; } // empty until apply() succeeded

private:
    void remove();

    QString m_qtDirectory;
    QString m_language;
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace Esi::App
