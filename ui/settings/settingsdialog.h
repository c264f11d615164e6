#pragma once

#include "core/settings/appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QTabWidget;

namespace Esi::Core {
class Clock;
class ResponseCache;
} // namespace Esi::Core

namespace Esi::Ui {

// File > Settings: every stored setting on four pages (Sign-in, Requests, Cache, Appearance). Each edit is
// validated at once; while any value is invalid OK is disabled and the problems are listed, so nothing
// invalid is ever saved. OK saves to `store` and emits settingsSaved() once the dialog has closed.
// The dialog is not modal: what changes elsewhere meanwhile (File > Try It Offline, the first-run assistant)
// is kept, because only the fields shown here are written over the settings stored at that moment.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `cache`: the live response cache for "Clear cache" and its size (null: the button is disabled).
    SettingsDialog(const Core::AppSettings &current, QSettings *store, const Core::Clock &clock,
                   Core::ResponseCache *cache, QWidget *parent = nullptr);

    // The settings the dialog opened with and the form's fields; with a store, only the fields edited here
    // over the settings stored now.
    Core::AppSettings values() const;

    QList<Core::SettingsProblem> problems() const { return m_problems; }

    QString userAgentPreview() const; // the header text shown, or the reason there is none

    void accept() override;

Q_SIGNALS:
    void settingsSaved(const Esi::Core::AppSettings &previous, const Esi::Core::AppSettings &saved);
    void cacheCleared(qint64 freedBytes);

private:
    QWidget *createSignInPage();
    QWidget *createRequestsPage();
    QWidget *createCachePage();
    QWidget *createAppearancePage();
    void load(const Core::AppSettings &settings);
    void applyForm(Core::AppSettings &settings) const;
    void handleEdited();
    void handleClearCacheClicked();
    void handleBrowseCacheClicked();
    void updateCacheSize();

    Core::AppSettings m_original; // what the form was loaded from: a field still equal to it was not edited
    QSettings *m_store;
    const Core::Clock &m_clock;
    Core::ResponseCache *m_cache;
    QList<Core::SettingsProblem> m_problems;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_callbackUrl = nullptr;
    QLineEdit *m_ssoUrl = nullptr;
    QLabel *m_steps = nullptr;
    QLineEdit *m_contactEmail = nullptr;
    QLineEdit *m_appName = nullptr;
    QLabel *m_userAgent = nullptr;
    QLineEdit *m_esiUrl = nullptr;
    QLineEdit *m_compatibilityDate = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_maxPages = nullptr;
    QSpinBox *m_maxResponse = nullptr;
    QSpinBox *m_cacheSize = nullptr;
    QLineEdit *m_cacheDirectory = nullptr;
    QPushButton *m_browseCache = nullptr;
    QPushButton *m_clearCache = nullptr;
    QLabel *m_cacheStatus = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_showNames = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Esi::Ui
