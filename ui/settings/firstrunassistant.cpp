#include "ui/settings/firstrunassistant.h"

#include "ui/settings/registrationguide.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

// A page whose Next button follows a check, so invalid input can never be carried forward.
class CheckedPage : public QWizardPage
{
public:
    explicit CheckedPage(std::function<bool()> check, QWidget *parent = nullptr)
        : QWizardPage(parent)
        , m_check(std::move(check))
    {}

    bool isComplete() const override { return m_check(); }

    void recheck() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_check;
};

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QString problemFor(const QList<Core::SettingsProblem> &problems, const char *key)
{
    for (const Core::SettingsProblem &problem : problems) {
        if (problem.key == QLatin1StringView(key)) {
            return problem.message;
        }
    }
    return {};
}

} // namespace

FirstRunAssistant::FirstRunAssistant(const Core::AppSettings &current, QSettings *store, const Core::Clock &clock,
                                     QWidget *parent)
    : QWizard(parent)
    , m_settings(current)
    , m_store(store)
    , m_clock(clock)
{
    setObjectName(u"firstRunAssistant"_s);
    setAccessibleName(tr("First-run assistant"));
    setWindowTitle(tr("Welcome to ESI Studio"));
    setWizardStyle(QWizard::ClassicStyle);
    setPage(WelcomePage, createWelcomePage());
    setPage(ChoicePage, createChoicePage());
    setPage(ContactPage, createContactPage());
    setPage(DonePage, createDonePage());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == DonePage) {
            updateDoneText();
        }
    });
    resize(680, 560);
}

bool FirstRunAssistant::isDue(const QSettings &settings, bool quitAfterReady, bool serversGiven,
                              const QProcessEnvironment &startEnvironment)
{
    if (quitAfterReady) {
        return false;
    }
    const QString forced = startEnvironment.value(u"ESI_STUDIO_FIRST_RUN"_s);
    if (forced == u"0" || forced == u"1") {
        return forced == u"1";
    }
    return !serversGiven && Core::AppSettings::isUnconfigured(settings);
}

QWizardPage *FirstRunAssistant::createWelcomePage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(u"welcomePage"_s);
    page->setTitle(tr("Welcome to ESI Studio"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrapped(tr("ESI Studio explores EVE Online's ESI: browse every operation, run calls with "
                                 "all their pages, watch the rate limits and export the results."),
                              page));
    layout->addWidget(wrapped(tr("The next pages set up signing in and how your requests introduce themselves. "
                                 "Everything can be changed later in File \u203a Settings, and this assistant "
                                 "opened again from the Help menu."),
                              page));
    layout->addStretch();
    return page;
}

QWizardPage *FirstRunAssistant::createChoicePage()
{
    auto *page = new CheckedPage([this] {
        if (m_offline->isChecked()) {
            return true;
        }
        return problemFor(values().validate(m_clock), "sso/clientId").isEmpty();
    });
    page->setParent(this);
    page->setObjectName(u"choicePage"_s);
    page->setTitle(tr("How do you want to start?"));

    m_signIn = new QRadioButton(tr("&Sign in with EVE: register an application and enter its client ID"), page);
    m_signIn->setObjectName(u"signInChoice"_s);
    m_signIn->setAccessibleName(tr("Sign in with EVE"));
    QLabel *steps = RegistrationGuide::createStepsLabel(m_settings.sso.callbackUrl, page);
    m_clientId = new QLineEdit(m_settings.sso.clientId, page);
    m_clientId->setObjectName(u"clientIdEdit"_s);
    m_clientId->setAccessibleName(tr("SSO client ID"));
    m_clientId->setPlaceholderText(tr("empty: public operations only, sign in later"));
    m_clientIdProblem = new QLabel(page);
    m_clientIdProblem->setObjectName(u"clientIdProblemLabel"_s);
    m_clientIdProblem->setAccessibleName(tr("Problem with the client ID"));
    m_clientIdProblem->setWordWrap(true);
    m_clientIdProblem->setStyleSheet(u"color: #d9534f;"_s);

    m_offline = new QRadioButton(tr("&Try it offline: a local sandbox ESI with test characters, no EVE account "
                                    "needed"),
                                 page);
    m_offline->setObjectName(u"offlineChoice"_s);
    m_offline->setAccessibleName(tr("Try it offline"));
    auto *group = new QButtonGroup(page);
    group->addButton(m_signIn);
    group->addButton(m_offline);
    (m_settings.offline ? m_offline : m_signIn)->setChecked(true);

    auto *clientRow = new QFormLayout;
    clientRow->addRow(tr("Client &ID:"), m_clientId);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_signIn);
    layout->addWidget(steps);
    layout->addLayout(clientRow);
    layout->addWidget(m_clientIdProblem);
    layout->addSpacing(12);
    layout->addWidget(m_offline);
    layout->addWidget(wrapped(tr("The sandbox (esi-sandbox, installed with ESI Studio) answers every operation "
                                 "with generated data and signs in test characters such as \u201cSandbox "
                                 "Pilot\u201d. The status bar shows while you are on it, with a way back."),
                              page));
    layout->addStretch();

    const auto update = [this, page] {
        m_clientId->setEnabled(m_signIn->isChecked());
        const QString problem =
            m_signIn->isChecked() ? problemFor(values().validate(m_clock), "sso/clientId") : QString();
        m_clientIdProblem->setText(problem);
        m_clientIdProblem->setVisible(!problem.isEmpty());
        page->recheck();
    };
    connect(m_clientId, &QLineEdit::textChanged, page, update);
    connect(m_signIn, &QRadioButton::toggled, page, update);
    update();
    return page;
}

QWizardPage *FirstRunAssistant::createContactPage()
{
    auto *page =
        new CheckedPage([this] { return problemFor(values().validate(m_clock), "userAgent/contactEmail").isEmpty(); });
    page->setParent(this);
    page->setObjectName(u"contactPage"_s);
    page->setTitle(tr("Your contact email"));
    m_contactEmail = new QLineEdit(m_settings.contactEmail, page);
    m_contactEmail->setObjectName(u"contactEmailEdit"_s);
    m_contactEmail->setAccessibleName(tr("Contact email"));
    m_contactEmail->setPlaceholderText(tr("you@example.com"));
    m_userAgent = new QLabel(page);
    m_userAgent->setObjectName(u"userAgentPreview"_s);
    m_userAgent->setAccessibleName(tr("User-Agent preview"));
    m_userAgent->setTextFormat(Qt::PlainText);
    m_userAgent->setWordWrap(true);
    m_contactProblem = new QLabel(page);
    m_contactProblem->setObjectName(u"contactProblemLabel"_s);
    m_contactProblem->setAccessibleName(tr("Problem with the contact email"));
    m_contactProblem->setWordWrap(true);
    m_contactProblem->setStyleSheet(u"color: #d9534f;"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Contact &email:"), m_contactEmail);
    form->addRow(tr("User-Agent:"), m_userAgent);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrapped(tr("CCP asks every ESI client to say who runs it, so they can write to you instead "
                                 "of blocking your traffic. The address goes into the User-Agent header of "
                                 "each request; leave it empty to send ESI Studio's name only."),
                              page));
    layout->addLayout(form);
    layout->addWidget(m_contactProblem);
    layout->addStretch();

    const auto update = [this, page] {
        const Core::AppSettings chosen = values();
        const Core::UserAgent agent = chosen.userAgent();
        m_userAgent->setText(agent.isValid() ? agent.toString() : QString());
        const QString problem = problemFor(chosen.validate(m_clock), "userAgent/contactEmail");
        m_contactProblem->setText(problem);
        m_contactProblem->setVisible(!problem.isEmpty());
        page->recheck();
    };
    connect(m_contactEmail, &QLineEdit::textChanged, page, update);
    update();
    return page;
}

QWizardPage *FirstRunAssistant::createDonePage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(u"donePage"_s);
    page->setTitle(tr("Ready"));
    m_doneText = new QLabel(page);
    m_doneText->setObjectName(u"doneSummary"_s);
    m_doneText->setAccessibleName(tr("Summary"));
    m_doneText->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_doneText);
    layout->addStretch();
    return page;
}

void FirstRunAssistant::updateDoneText()
{
    const Core::AppSettings chosen = values();
    QString text;
    if (offlineChosen()) {
        text = tr("ESI Studio starts on the offline sandbox. Sign in with \u201cSandbox Pilot\u201d or another test "
                  "character from the character picker. Go back online from the status bar when you have "
                  "registered an application.");
    } else if (chosen.sso.clientId.isEmpty()) {
        text = tr("No client ID yet: public operations work now; add the client ID in File \u203a Settings to "
                  "sign in characters.");
    } else {
        text = tr("Sign in characters from the character picker; EVE's login page opens in ESI Studio's sign-in "
                  "window, which also offers to use your system browser instead.");
    }
    m_doneText->setText(text + u"\n\n"_s +
                        tr("Requests introduce themselves as: %1").arg(chosen.userAgent().toString()));
}

Core::AppSettings FirstRunAssistant::values() const
{
    Core::AppSettings result = m_settings;
    if (m_clientId) {
        result.sso.clientId = m_clientId->text().trimmed();
    }
    if (m_contactEmail) {
        result.contactEmail = m_contactEmail->text().trimmed();
    }
    result.offline = offlineChosen();
    return result;
}

bool FirstRunAssistant::offlineChosen() const
{
    return m_offline && m_offline->isChecked();
}

void FirstRunAssistant::accept()
{
    // Only the assistant's own choices go over the settings stored now, so what File > Settings saved while
    // the assistant was open stays.
    const Core::AppSettings picked = values();
    Core::AppSettings chosen = m_store ? Core::AppSettings::load(*m_store) : picked;
    chosen.sso.clientId = picked.sso.clientId;
    chosen.contactEmail = picked.contactEmail;
    chosen.offline = picked.offline;
    chosen.firstRunCompleted = true;
    if (m_store) {
        chosen.save(*m_store);
    }
    m_settings = chosen;
    QWizard::accept();
}

void FirstRunAssistant::reject()
{
    if (m_store) {
        m_store->setValue(QString::fromLatin1(Core::AppSettings::firstRunDoneKey), true);
        m_store->sync();
    }
    QWizard::reject();
}

} // namespace Esi::Ui
