#include "ui/tokens/tokenmanagerwindow.h"

#include "core/auth/tokenstore.h"
#include "ui/tokens/accesstokencommands.h"
#include "ui/tokens/characterdetailspane.h"
#include "ui/tokens/charactername.h"
#include "ui/tokens/characterremoval.h"
#include "ui/tokens/keepaliveoption.h"
#include "ui/tokens/keychainbanner.h"
#include "ui/tokens/keychaincheck.h"
#include "ui/tokens/signinrequester.h"
#include "ui/tokens/tokenactionbar.h"
#include "ui/tokens/tokenlistmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr int countdownMs = 1000;

} // namespace

TokenManagerWindow::TokenManagerWindow(const TokenManagerServices &services, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_services(services)
    , m_usedScopes(services.history)
    , m_model(new TokenListModel(*services.store, *services.clock, this))
    , m_keychain(new KeychainCheck(services.secrets, this))
    , m_keychainBanner(new KeychainBanner(this))
    , m_actions(new TokenActionBar(this))
    , m_view(new QTableView(this))
    , m_details(new CharacterDetailsPane(*services.store, *m_model, this))
    , m_status(new QLabel(this))
    , m_signIn(new SignInRequester(*services.store, m_usedScopes, this))
    , m_tokenCommands(new AccessTokenCommands(*services.store, this))
    , m_removal(new CharacterRemoval(*services.store, this))
{
    setObjectName(u"tokenManagerWindow"_s);
    setWindowTitle(tr("Characters"));
    setAccessibleName(tr("Character manager"));
    m_model->setPortraits(services.portraits);
    m_model->setAffiliations(services.affiliations);

    connect(m_keychain, &KeychainCheck::slow, m_keychainBanner, &KeychainBanner::showWaiting);
    connect(m_keychain, &KeychainCheck::checked, this, [this](bool available, const QString &error) {
        m_keychainBanner->showResult(available, error);
        updateActions();
    });
    connect(m_keychainBanner, &KeychainBanner::checkRequested, this, &TokenManagerWindow::checkKeychain);

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

    connect(m_actions->signIn(), &QAction::triggered, this, &TokenManagerWindow::requestNewSignIn);
    connect(m_actions->addScopes(), &QAction::triggered, this, &TokenManagerWindow::requestMoreScopes);
    connect(m_actions->refresh(), &QAction::triggered, this, &TokenManagerWindow::refreshSelected);
    connect(m_actions->copyToken(), &QAction::triggered, this, &TokenManagerWindow::copyAccessToken);
    connect(m_actions->claims(), &QAction::triggered, this, &TokenManagerWindow::showClaims);
    connect(m_actions->revoke(), &QAction::triggered, this, &TokenManagerWindow::revokeAndRemoveSelected);
    connect(m_actions->acknowledgeOwner(), &QAction::triggered, this, &TokenManagerWindow::acknowledgeOwnerChange);

    connect(m_signIn, &SignInRequester::statusChanged, this, &TokenManagerWindow::setStatus);
    connect(m_tokenCommands, &AccessTokenCommands::statusChanged, this, &TokenManagerWindow::setStatus);
    connect(m_removal, &CharacterRemoval::statusChanged, this, &TokenManagerWindow::setStatus);
    connect(m_signIn, &SignInRequester::signInRequested, this, &TokenManagerWindow::signInRequested);
    connect(m_tokenCommands, &AccessTokenCommands::keychainSuspect, this, &TokenManagerWindow::checkKeychain);
    connect(m_removal, &CharacterRemoval::keychainSuspect, this, &TokenManagerWindow::checkKeychain);
    connect(m_removal, &CharacterRemoval::busyChanged, this, &TokenManagerWindow::updateActions);

    m_status->setObjectName(u"tokenStatus"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keychainBanner);
    layout->addWidget(m_actions);
    layout->addWidget(splitter, 1);
    layout->addWidget(new KeepAliveOption(services.keepAlive, services.settings, this));
    layout->addWidget(m_status);
    resize(980, 620);

    m_countdownTimer.setInterval(countdownMs);
    connect(&m_countdownTimer, &QTimer::timeout, m_model, &TokenListModel::updateCountdowns);
    m_countdownTimer.start();
    connect(services.store, &Core::TokenStore::reSignInNeeded, this, [this](qint64 characterId, const QString &why) {
        setStatus(tr("%1 needs a new sign-in: %2").arg(characterName(*m_services.store, characterId), why));
    });
    updateDetails();
    checkKeychain();
}

TokenManagerWindow::~TokenManagerWindow() = default; // the clipboard helper clears a token it still holds

void TokenManagerWindow::setClipboardClearDelay(int msecs)
{
    m_tokenCommands->setClipboardClearDelay(msecs);
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

MessageBanner *TokenManagerWindow::banner() const
{
    return m_keychainBanner->banner();
}

bool TokenManagerWindow::isKeychainAvailable() const
{
    return m_keychain->isAvailable();
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
    m_keychain->start();
}

void TokenManagerWindow::updateDetails()
{
    m_details->showCharacter(currentCharacterId());
    updateActions();
}

void TokenManagerWindow::updateActions()
{
    const qint64 characterId = currentCharacterId();
    m_actions->update(characterId > 0 ? m_services.store->token(characterId) : std::nullopt, m_keychain->isAvailable(),
                      m_keychain->error(), m_removal->isBusy());
}

void TokenManagerWindow::requestNewSignIn()
{
    m_signIn->pickScopes(0);
}

void TokenManagerWindow::requestMoreScopes()
{
    if (const qint64 characterId = currentCharacterId(); characterId > 0) {
        m_signIn->pickScopes(characterId);
    }
}

void TokenManagerWindow::refreshSelected()
{
    if (const qint64 characterId = currentCharacterId(); characterId > 0) {
        m_tokenCommands->refresh(characterId);
    }
}

void TokenManagerWindow::copyAccessToken()
{
    if (const qint64 characterId = currentCharacterId(); characterId > 0) {
        m_tokenCommands->copy(characterId);
    }
}

void TokenManagerWindow::showClaims()
{
    if (const qint64 characterId = currentCharacterId(); characterId > 0) {
        m_tokenCommands->showClaims(characterId);
    }
}

void TokenManagerWindow::revokeAndRemoveSelected()
{
    if (const qint64 characterId = currentCharacterId(); characterId > 0) {
        m_removal->confirmAndRemove(characterId);
    }
}

void TokenManagerWindow::acknowledgeOwnerChange()
{
    const qint64 characterId = currentCharacterId();
    QString error;
    if (characterId > 0 && !m_services.store->acknowledgeOwnerChange(characterId, &error)) {
        setStatus(error);
    }
}

} // namespace Esi::Ui
