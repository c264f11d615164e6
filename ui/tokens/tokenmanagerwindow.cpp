#include "ui/tokens/tokenmanagerwindow.h"

#include "core/auth/keychainsecretstore.h"
#include "core/auth/tokenkeepalive.h"
#include "core/auth/tokenstore.h"
#include "core/clock.h"
#include "core/result/callhistorystore.h"
#include "ui/tokens/jwtclaimsdialog.h"
#include "ui/tokens/scopepickerdialog.h"
#include "ui/tokens/secretclipboard.h"
#include "ui/tokens/tokenlistmodel.h"
#include "ui/widgets/confirmationbox.h"
#include "ui/widgets/humanformat.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr int countdownMs = 1000;
constexpr int keychainSlowMs = 3000;

} // namespace

TokenManagerWindow::TokenManagerWindow(const TokenManagerServices &services, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_services(services)
    , m_usedScopes(services.history)
    , m_model(new TokenListModel(*services.store, *services.clock, this))
    , m_banner(new MessageBanner(this))
    , m_checkKeychainButton(new QPushButton(tr("Check the &Keychain Again"), this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
    , m_scopes(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_keepAlive(new QCheckBox(tr("Keep idle sign-ins alive: refresh every"), this))
    , m_keepAliveDays(new QSpinBox(this))
{
    setObjectName(u"tokenManagerWindow"_s);
    setWindowTitle(tr("Characters"));
    setAccessibleName(tr("Character manager"));
    m_model->setPortraits(services.portraits);
    m_model->setAffiliations(services.affiliations);

    m_banner->setObjectName(u"keychainBanner"_s);
    m_banner->hide();
    m_checkKeychainButton->setObjectName(u"checkKeychainButton"_s);
    m_checkKeychainButton->setAccessibleName(tr("Check the keychain again"));
    m_checkKeychainButton->hide();
    connect(m_checkKeychainButton, &QPushButton::clicked, this, &TokenManagerWindow::checkKeychain);

    m_view->setObjectName(u"characterTable"_s);
    m_view->setAccessibleName(tr("Signed-in characters"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setIconSize(QSize(32, 32));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(38);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TokenManagerWindow::updateDetails);
    // The store's every change resets the list; the selected character stays selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = currentCharacterId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectCharacter(m_selectedBeforeReset);
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TokenManagerWindow::updateActions);

    m_details->setObjectName(u"characterDetails"_s);
    m_details->setAccessibleName(tr("Character details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_scopes->setObjectName(u"characterScopes"_s);
    m_scopes->setAccessibleName(tr("Scopes of the selected character"));

    m_signInAction = makeAction(u"signInAction"_s, tr("Sign &In New Character\u2026"), QKeySequence::New,
                                &TokenManagerWindow::requestNewSignIn);
    m_addScopesAction = makeAction(u"addScopesAction"_s, tr("&Add Scopes\u2026"), QKeySequence(u"Ctrl+Shift+A"_s),
                                   &TokenManagerWindow::requestMoreScopes);
    m_refreshAction =
        makeAction(u"refreshAction"_s, tr("&Refresh Now"), QKeySequence::Refresh, &TokenManagerWindow::refreshSelected);
    m_copyAction = makeAction(u"copyTokenAction"_s, tr("&Copy Access Token"), QKeySequence(u"Ctrl+Shift+C"_s),
                              &TokenManagerWindow::copyAccessToken);
    m_claimsAction = makeAction(u"claimsAction"_s, tr("Show Token C&laims\u2026"), QKeySequence(u"Ctrl+I"_s),
                                &TokenManagerWindow::showClaims);
    m_revokeAction = makeAction(u"revokeAction"_s, tr("Re&voke and Remove\u2026"), QKeySequence::Delete,
                                &TokenManagerWindow::revokeAndRemoveSelected);
    m_acknowledgeAction = makeAction(u"acknowledgeOwnerAction"_s, tr("Acknowledge &Owner Change"), QKeySequence(),
                                     &TokenManagerWindow::acknowledgeOwnerChange);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_signInAction, m_addScopesAction, m_refreshAction, m_copyAction, m_claimsAction,
                            m_revokeAction, m_acknowledgeAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setAccessibleName(action->text().remove(u'&').remove(u'\u2026'));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
        if (action == m_acknowledgeAction) {
            m_acknowledgeButton = button; // shown only while the selected character's owner changed
        }
    }
    buttons->addStretch();

    m_keepAlive->setObjectName(u"keepAliveCheck"_s);
    m_keepAlive->setAccessibleName(tr("Keep idle sign-ins alive"));
    m_keepAlive->setToolTip(tr("EVE SSO forgets refresh tokens left unused for long; a refresh now and then keeps "
                               "them working while ESI Studio runs."));
    m_keepAliveDays->setObjectName(u"keepAliveDays"_s);
    m_keepAliveDays->setAccessibleName(tr("Keep-alive interval in days"));
    m_keepAliveDays->setRange(1, 90);
    m_keepAliveDays->setSuffix(tr(" days"));
    const int days = services.keepAlive ? services.keepAlive->intervalDays() : 0;
    m_keepAlive->setChecked(days > 0);
    m_keepAliveDays->setValue(days > 0 ? days : Core::TokenKeepAlive::defaultIntervalDays);
    m_keepAliveDays->setEnabled(days > 0);
    m_keepAlive->setVisible(services.keepAlive != nullptr);
    m_keepAliveDays->setVisible(services.keepAlive != nullptr);
    connect(m_keepAlive, &QCheckBox::toggled, this, &TokenManagerWindow::handleKeepAliveToggled);
    connect(m_keepAliveDays, &QSpinBox::valueChanged, this, &TokenManagerWindow::handleKeepAliveToggled);
    auto *keepAliveRow = new QHBoxLayout;
    keepAliveRow->addWidget(m_keepAlive);
    keepAliveRow->addWidget(m_keepAliveDays);
    keepAliveRow->addStretch();

    m_status->setObjectName(u"tokenStatus"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);

    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details);
    detailsLayout->addWidget(m_scopes, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_checkKeychainButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bannerRow);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addLayout(keepAliveRow);
    layout->addWidget(m_status);
    resize(980, 620);

    m_countdownTimer.setInterval(countdownMs);
    connect(&m_countdownTimer, &QTimer::timeout, m_model, &TokenListModel::updateCountdowns);
    m_countdownTimer.start();
    m_keychainSlowTimer.setSingleShot(true);
    connect(&m_keychainSlowTimer, &QTimer::timeout, this, &TokenManagerWindow::handleKeychainSlow);
    m_clipboard = new SecretClipboard(this);
    connect(m_clipboard, &SecretClipboard::cleared, this,
            [this] { setStatus(tr("The access token was removed from the clipboard.")); });
    connect(services.store, &Core::TokenStore::reSignInNeeded, this, [this](qint64 characterId, const QString &why) {
        setStatus(tr("%1 needs a new sign-in: %2").arg(nameOf(characterId), why));
    });
    updateDetails();
    checkKeychain();
}

TokenManagerWindow::~TokenManagerWindow() = default; // the clipboard helper clears a token it still holds

void TokenManagerWindow::setClipboardClearDelay(int msecs)
{
    m_clipboard->setClearDelay(msecs);
}

QAction *TokenManagerWindow::makeAction(const QString &objectName, const QString &text, const QKeySequence &shortcut,
                                        void (TokenManagerWindow::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void TokenManagerWindow::setSpec(Core::SpecPtr spec)
{
    m_usedScopes.setSpec(std::move(spec));
}

void TokenManagerWindow::noteOperationRun(const QString &operationId)
{
    m_usedScopes.noteOperationRun(operationId);
}

QStringList TokenManagerWindow::usedScopes() const
{
    return m_usedScopes.scopes();
}

QString TokenManagerWindow::statusText() const
{
    return m_status->text();
}

void TokenManagerWindow::setStatus(const QString &message)
{
    m_status->setText(message);
    Q_EMIT statusChanged(message);
}

QString TokenManagerWindow::nameOf(qint64 characterId) const
{
    const std::optional<Core::TokenRecord> record = m_services.store->token(characterId);
    return record && !record->characterName.isEmpty() ? record->characterName : QString::number(characterId);
}

void TokenManagerWindow::selectCharacter(qint64 characterId)
{
    const int row = m_model->rowOf(characterId);
    if (row >= 0) {
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

qint64 TokenManagerWindow::currentCharacterId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(TokenListModel::CharacterIdRole).toLongLong() : 0;
}

void TokenManagerWindow::showSignInResult(qint64 characterId, const QString &characterName,
                                          const QStringList &lostScopes)
{
    selectCharacter(characterId);
    setStatus(lostScopes.isEmpty()
                  ? tr("%1 is signed in.").arg(characterName)
                  : tr("%1 is signed in, but no longer grants %2.").arg(characterName, lostScopes.join(u", "_s)));
}

void TokenManagerWindow::showSignInFailure(const QString &reason)
{
    setStatus(tr("Sign-in did not complete: %1").arg(reason));
    checkKeychain();
}

void TokenManagerWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->updateCountdowns();
}

void TokenManagerWindow::checkKeychain()
{
    const int check = ++m_keychainChecks;
    m_keychainSlowTimer.start(keychainSlowMs);
    // GNOME Keyring answers "not found" to reads from a locked collection, so the check writes the keychain's
    // own marker (no secret): a write fails, or brings up the desktop's unlock prompt, while it is locked.
    m_services.secrets->write(QLatin1StringView(Core::KeychainSecretStore::probeKey), QByteArrayLiteral("ok"), this,
                              [this, check](const Core::SecretResult &result) {
                                  if (check == m_keychainChecks) { // a later check supersedes this one
                                      m_keychainSlowTimer.stop();
                                      handleKeychainChecked(result.isOk(), result.error);
                                  }
                              });
}

void TokenManagerWindow::handleKeychainSlow()
{
    m_banner->showMessage(MessageBanner::Kind::Information, tr("Waiting for the system keychain"),
                          tr("If your desktop asks for the keyring password, unlock the login keyring; the "
                             "character manager continues as soon as the keychain answers."));
    m_banner->show();
}

void TokenManagerWindow::handleKeychainChecked(bool available, const QString &error)
{
    m_keychainAvailable = available;
    m_keychainError = error;
    if (available) {
        m_banner->dismiss();
        m_banner->hide();
    } else {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("The system keychain cannot be used"),
                              tr("%1\nUnlock the login keyring (for example in Passwords and Keys), or start a "
                                 "Secret Service such as GNOME Keyring or KWallet, then check again. Signing in, "
                                 "refreshing and revoking need the keychain; nothing is stored anywhere else.")
                                  .arg(error));
        m_banner->show();
    }
    m_checkKeychainButton->setVisible(!available);
    updateActions();
}

void TokenManagerWindow::updateDetails()
{
    const qint64 characterId = currentCharacterId();
    const std::optional<Core::TokenRecord> record =
        characterId > 0 ? m_services.store->token(characterId) : std::nullopt;
    m_scopes->clear();
    if (!record) {
        m_details->setText(m_model->rowCount() == 0 ? tr("No character is signed in. Use \u201cSign In New "
                                                         "Character\u201d to add one.")
                                                    : tr("Select a character to see its token."));
        updateActions();
        return;
    }
    const QLocale locale;
    QStringList lines;
    lines << tr("<b>%1</b> (character %2)").arg(record->characterName.toHtmlEscaped()).arg(record->characterId);
    const int row = m_model->rowOf(characterId);
    lines << tr("Corporation / alliance: %1")
                 .arg(m_model->index(row, TokenListModel::AffiliationColumn).data().toString().toHtmlEscaped());
    lines << tr("Status: %1").arg(TokenListModel::stateName(m_model->stateOf(*record)));
    if (!record->statusReason.isEmpty()) {
        lines << tr("Reason: %1").arg(record->statusReason.toHtmlEscaped());
    }
    if (record->ownerChanged()) {
        lines << tr("<b>Warning:</b> the character moved to another EVE account since it was first signed in "
                    "(owner hash changed). Check that this is still your character, then acknowledge.");
    }
    if (record->addedAt.isValid()) {
        lines << tr("Signed in: %1").arg(locale.toString(record->addedAt.toLocalTime(), QLocale::ShortFormat));
    }
    m_details->setText(lines.join(u"<br>"_s));
    for (const QString &scope : record->scopes) {
        m_scopes->addItem(scope);
    }
    updateActions();
}

void TokenManagerWindow::updateActions()
{
    const qint64 characterId = currentCharacterId();
    const std::optional<Core::TokenRecord> record =
        characterId > 0 ? m_services.store->token(characterId) : std::nullopt;
    const bool usable = record && record->status == Core::TokenStatus::Valid;
    const bool keychain = m_keychainAvailable && !m_busy;
    const QString keychainReason =
        m_keychainAvailable ? QString() : tr("The system keychain cannot be used: %1").arg(m_keychainError);
    const auto set = [&](QAction *action, bool enabled, const QString &otherwise) {
        action->setEnabled(enabled);
        action->setToolTip(enabled ? action->text().remove(u'&') : otherwise);
    };
    const QString noCharacter = tr("Select a character first.");
    const QString notUsable =
        record && !usable ? tr("This token cannot be used; sign the character in again.") : noCharacter;
    set(m_signInAction, keychain, keychainReason);
    set(m_addScopesAction, keychain && record, record ? keychainReason : noCharacter);
    set(m_refreshAction, keychain && usable, m_keychainAvailable ? notUsable : keychainReason);
    set(m_copyAction, keychain && usable, m_keychainAvailable ? notUsable : keychainReason);
    set(m_claimsAction, keychain && usable, m_keychainAvailable ? notUsable : keychainReason);
    set(m_revokeAction, keychain && record, record ? keychainReason : noCharacter);
    m_acknowledgeAction->setVisible(record && record->ownerChanged());
    if (m_acknowledgeButton) {
        m_acknowledgeButton->setVisible(m_acknowledgeAction->isVisible());
    }
}

void TokenManagerWindow::requestNewSignIn()
{
    openScopePicker(0);
}

void TokenManagerWindow::requestMoreScopes()
{
    if (const qint64 characterId = currentCharacterId(); characterId > 0) {
        openScopePicker(characterId);
    }
}

void TokenManagerWindow::openScopePicker(qint64 characterId)
{
    const QStringList known = m_usedScopes.spec() ? m_usedScopes.spec()->scopes() : QStringList();
    auto *dialog = new ScopePickerDialog(known, usedScopes(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (characterId > 0) {
        const std::optional<Core::TokenRecord> record = m_services.store->token(characterId);
        dialog->setWindowTitle(tr("Add Scopes for %1").arg(nameOf(characterId)));
        dialog->setFixedScopes(record ? record->scopes : QStringList());
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, characterId] {
        const QStringList chosen = dialog->selectedScopes();
        // A new refresh token carries only what its sign-in granted: ask again for everything kept.
        const QStringList scopes = characterId > 0 ? m_services.store->scopesForReSignIn(characterId, chosen) : chosen;
        setStatus(
            characterId > 0
                ? tr("Signing %1 in again for %n scope(s)\u2026", nullptr, int(scopes.size())).arg(nameOf(characterId))
                : tr("Signing in a new character for %n scope(s)\u2026", nullptr, int(scopes.size())));
        Q_EMIT signInRequested(scopes);
    });
    dialog->open();
}

void TokenManagerWindow::refreshSelected()
{
    const qint64 characterId = currentCharacterId();
    if (characterId <= 0) {
        return;
    }
    setStatus(tr("Refreshing the token of %1\u2026").arg(nameOf(characterId)));
    m_services.store->refreshNow(characterId, this, [this, characterId](const Core::AccessTokenResult &result) {
        if (result.isValid()) {
            setStatus(tr("The access token of %1 was refreshed.").arg(nameOf(characterId)));
        } else if (const auto record = m_services.store->token(characterId);
                   record && record->status == Core::TokenStatus::NeedsReSignIn) {
            setStatus(tr("%1 needs a new sign-in (\u201c"
                         "Add Scopes\u201d signs it in again): %2")
                          .arg(nameOf(characterId), result.error));
        } else {
            setStatus(tr("The token of %1 was not refreshed: %2").arg(nameOf(characterId), result.error));
            checkKeychain();
        }
    });
}

void TokenManagerWindow::copyAccessToken()
{
    const qint64 characterId = currentCharacterId();
    if (characterId <= 0) {
        return;
    }
    m_services.store->validAccessToken(
        characterId, {}, this, [this, characterId](const Core::AccessTokenResult &result) {
            if (!result.isValid()) {
                setStatus(tr("No access token was copied: %1").arg(result.error));
                checkKeychain();
                return;
            }
            m_clipboard->copy(result.accessToken);
            const std::optional<Core::TokenRecord> record = m_services.store->token(characterId);
            const QString until =
                record ? QLocale().toString(record->accessTokenExpiresAt.toLocalTime().time(), QLocale::ShortFormat)
                       : QString();
            setStatus(tr("A fresh access token of %1 is on the clipboard (valid until %2). The clipboard is "
                         "cleared in %3 unless you copy something else.")
                          .arg(nameOf(characterId), until, HumanFormat::duration(m_clipboard->clearDelay())));
        });
}

void TokenManagerWindow::showClaims()
{
    const qint64 characterId = currentCharacterId();
    if (characterId <= 0) {
        return;
    }
    m_services.store->validAccessToken(characterId, {}, this, [this](const Core::AccessTokenResult &result) {
        if (!result.isValid()) {
            setStatus(tr("The claims cannot be shown: %1").arg(result.error));
            checkKeychain();
            return;
        }
        auto *dialog = new JwtClaimsDialog(result.accessToken, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void TokenManagerWindow::revokeAndRemoveSelected()
{
    const qint64 characterId = currentCharacterId();
    if (characterId <= 0) {
        return;
    }
    QMessageBox *box =
        confirmationBox(this, {u"revokeConfirmation"_s, tr("Revoke and Remove %1?").arg(nameOf(characterId)),
                               tr("The token of %1 is revoked at EVE SSO and deleted from the keychain. Calls "
                                  "as this character need a new sign-in afterwards.")
                                   .arg(nameOf(characterId)),
                               tr("Confirm revoke and remove"), tr("Revoke and Remove"), u"confirmRevoke"_s});
    connect(box, &QMessageBox::finished, this, [this, box, characterId] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            revokeAndRemove(characterId);
        }
    });
    box->open();
}

void TokenManagerWindow::revokeAndRemove(qint64 characterId)
{
    const QString name = nameOf(characterId);
    m_busy = true;
    updateActions();
    setStatus(tr("Revoking the token of %1\u2026").arg(name));
    m_services.store->revoke(characterId, this, [this, characterId, name](const QString &revokeError) {
        if (!revokeError.isEmpty()) {
            m_busy = false;
            updateActions();
            setStatus(tr("%1 was not removed: %2").arg(name, revokeError));
            checkKeychain();
            offerRemoveAnyway(characterId, revokeError);
            return;
        }
        remove(characterId, true);
    });
}

void TokenManagerWindow::offerRemoveAnyway(qint64 characterId, const QString &revokeError)
{
    // An unreachable SSO must not keep a character here for ever; removing it only locally is the user's call.
    const QString name = nameOf(characterId);
    QMessageBox *box = confirmationBox(
        this,
        {u"removeAnywayConfirmation"_s, tr("Remove %1 Without Revoking?").arg(name),
         tr("The token of %1 could not be revoked at EVE SSO: %2\n\nRemove it from ESI Studio anyway? The grant then "
            "stays valid at EVE SSO until it expires or you revoke it at "
            "https://community.eveonline.com/support/third-party-applications/.")
             .arg(name, revokeError),
         tr("Confirm removing without revoking"), tr("Remove Anyway"), u"confirmRemoveAnyway"_s});
    connect(box, &QMessageBox::finished, this, [this, box, characterId] {
        if (box->clickedButton() == box->button(QMessageBox::Yes) && m_services.store->token(characterId)) {
            m_busy = true;
            updateActions();
            remove(characterId, false);
        }
    });
    box->open();
}

void TokenManagerWindow::remove(qint64 characterId, bool revoked)
{
    const QString name = nameOf(characterId);
    m_services.store->remove(characterId, this, [this, name, revoked](const QString &removeError) {
        m_busy = false;
        updateActions();
        if (!removeError.isEmpty()) {
            setStatus(revoked ? tr("The token of %1 was revoked but not removed: %2").arg(name, removeError)
                              : tr("%1 was not removed: %2").arg(name, removeError));
        } else {
            setStatus(revoked ? tr("The token of %1 was revoked at EVE SSO and removed.").arg(name)
                              : tr("%1 was removed from ESI Studio; its grant stays valid at EVE SSO until it "
                                   "expires or is revoked there.")
                                    .arg(name));
        }
    });
}

void TokenManagerWindow::acknowledgeOwnerChange()
{
    const qint64 characterId = currentCharacterId();
    QString error;
    if (characterId > 0 && !m_services.store->acknowledgeOwnerChange(characterId, &error)) {
        setStatus(error);
    }
}

void TokenManagerWindow::handleKeepAliveToggled()
{
    if (!m_services.keepAlive) {
        return;
    }
    const int days = m_keepAlive->isChecked() ? m_keepAliveDays->value() : 0;
    m_keepAliveDays->setEnabled(days > 0);
    m_services.keepAlive->setIntervalDays(days);
    if (m_services.settings) {
        Core::TokenKeepAlive::saveIntervalDays(*m_services.settings, days);
    }
    if (days > 0) {
        m_services.keepAlive->checkNow();
    }
}

} // namespace Esi::Ui
