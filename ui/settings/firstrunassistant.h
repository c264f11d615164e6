#pragma once

#include "core/settings/appsettings.h"

#include <QProcessEnvironment>
#include <QWizard>

class QLabel;
class QLineEdit;
class QRadioButton;
class QSettings;

namespace Esi::Ui {

// The first-run assistant: welcome, "Sign in with EVE" (register an application, enter its client ID) or
// "Try it offline" (the bundled esi-sandbox), a contact email for the User-Agent, done. Finishing stores the
// choices; cancelling stores only that the assistant ran, so it does not come back (Help re-opens it).
class FirstRunAssistant : public QWizard
{
    Q_OBJECT

public:
    enum PageId { WelcomePage, ChoicePage, ContactPage, DonePage };

    FirstRunAssistant(const Core::AppSettings &current, QSettings *store, const Core::Clock &clock,
                      QWidget *parent = nullptr);

    // Whether the application shows it at start: only when nothing is stored yet, never with
    // --quit-after-ready, nor when the servers were given (--base-url, --sso-url or their variables: whoever
    // started it chose where it works); ESI_STUDIO_FIRST_RUN=0 suppresses it (tests, kiosks), =1 forces it.
    // `startEnvironment`: the environment main() read once at start.
    static bool isDue(const QSettings &settings, bool quitAfterReady, bool serversGiven,
                      const QProcessEnvironment &startEnvironment);

    Core::AppSettings values() const; // the settings as chosen so far
    bool offlineChosen() const;

    void accept() override;
    void reject() override;

private:
    QWizardPage *createWelcomePage();
    QWizardPage *createChoicePage();
    QWizardPage *createContactPage();
    QWizardPage *createDonePage();
    void updateDoneText();

    Core::AppSettings m_settings;
    QSettings *m_store;
    const Core::Clock &m_clock;
    QRadioButton *m_signIn = nullptr;
    QRadioButton *m_offline = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLabel *m_clientIdProblem = nullptr;
    QLineEdit *m_contactEmail = nullptr;
    QLabel *m_userAgent = nullptr;
    QLabel *m_contactProblem = nullptr;
    QLabel *m_doneText = nullptr;
};

} // namespace Esi::Ui
