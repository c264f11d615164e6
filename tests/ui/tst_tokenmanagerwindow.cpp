#include "accessibilityaudit.h"
#include "core/auth/characteraffiliations.h"
#include "core/auth/keychainsecretstore.h"
#include "core/auth/tokenkeepalive.h"
#include "core/http/esiclient.h"
#include "core/result/callhistorystore.h"
#include "tokenmanagerwindowharness.h"
#include "ui/mainwindow.h"
#include "ui/tokens/jwtclaimsdialog.h"
#include "ui/tokens/scopepickerdialog.h"
#include "ui/tokens/tokenlistmodel.h"
#include "ui/tokens/tokenmanagerwindow.h"
#include "ui/widgets/humanformat.h"
#include "ui/widgets/messagebanner.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTreeWidget>

using namespace Esi;
using namespace Qt::Literals::StringLiterals;

// The character manager window against esi-sandbox's SSO (in-process on 127.0.0.1, manual clock): token
// states, the countdown, re-consent, refresh, revoke and remove (also from the real keychain), the clipboard,
// the claims dialog and the keychain banner. Runs under Xvfb inside a private GNOME Keyring session.
class TestTokenManagerWindow : public QObject
{
    Q_OBJECT

private:
    using State = Ui::TokenListModel::State;
    using Window = ManagerWindow;

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void list_showsEveryTokenState()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope}).isOk());
        Window ui(fixture);
        QCOMPARE(ui.window->model()->rowCount(), 1);
        QCOMPARE(ui.text(TokenManagerFixture::pilot, Ui::TokenListModel::CharacterColumn), u"Sandbox Pilot"_s);
        QCOMPARE(ui.state(TokenManagerFixture::pilot), State::Valid);
        QCOMPARE(ui.text(TokenManagerFixture::pilot, Ui::TokenListModel::StateColumn), u"Valid"_s);

        const QDateTime expiresAt = fixture.store->token(TokenManagerFixture::pilot)->accessTokenExpiresAt;
        fixture.sandbox.clock.set(expiresAt.addSecs(-120));
        ui.window->model()->updateCountdowns();
        QCOMPARE(ui.state(TokenManagerFixture::pilot), State::Expiring);
        QCOMPARE(ui.text(TokenManagerFixture::pilot, Ui::TokenListModel::StateColumn), u"Expiring"_s);

        fixture.sandbox.clock.set(expiresAt.addSecs(30));
        ui.window->model()->updateCountdowns();
        QCOMPARE(ui.state(TokenManagerFixture::pilot), State::AccessExpired);
        QCOMPARE(ui.text(TokenManagerFixture::pilot, Ui::TokenListModel::ExpiresColumn), u"expired"_s);
        // Expired access is no problem: the next call refreshes it, and the list follows.
        QVERIFY(fixture.accessToken(TokenManagerFixture::pilot).isValid());
        QTRY_COMPARE(ui.state(TokenManagerFixture::pilot), State::Valid);

        QVERIFY(fixture.killRefreshToken(TokenManagerFixture::pilot));
        ui.window->selectCharacter(TokenManagerFixture::pilot);
        ui.action(u"refreshAction"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(ui.state(TokenManagerFixture::pilot), State::NeedsReSignIn, 10000);
        QCOMPARE(ui.text(TokenManagerFixture::pilot, Ui::TokenListModel::StateColumn), u"Needs re-sign-in"_s);
        QVERIFY(ui.window->statusText().contains(u"needs a new sign-in"_s));
        QVERIFY(!ui.action(u"refreshAction"_s)->isEnabled());
        QVERIFY(!ui.action(u"copyTokenAction"_s)->isEnabled());
        QVERIFY(ui.action(u"addScopesAction"_s)->isEnabled()); // signing in again is the way out

        QVERIFY(fixture.signIn(TokenManagerFixture::trader, {SsoSandbox::skillsScope}).isOk());
        std::optional<QString> revoked;
        fixture.store->revoke(TokenManagerFixture::trader, nullptr, [&](const QString &error) { revoked = error; });
        QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), 10000);
        QVERIFY2(revoked->isEmpty(), qPrintable(*revoked));
        QCOMPARE(ui.window->model()->rowCount(), 2);
        QCOMPARE(ui.state(TokenManagerFixture::trader), State::Revoked);
        QCOMPARE(ui.text(TokenManagerFixture::trader, Ui::TokenListModel::ExpiresColumn), u"\u2014"_s);
    }

    void countdown_movesWithTheClock()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope}).isOk());
        Window ui(fixture);
        const QDateTime expiresAt = fixture.store->token(TokenManagerFixture::pilot)->accessTokenExpiresAt;
        const auto expected = [&] {
            return Ui::HumanFormat::countdown(fixture.sandbox.clock.now().msecsTo(expiresAt));
        };
        const QString before = ui.text(TokenManagerFixture::pilot, Ui::TokenListModel::ExpiresColumn);
        QCOMPARE(before, expected());
        QSignalSpy changed(ui.window->model(), &QAbstractItemModel::dataChanged);
        fixture.sandbox.clock.advance(65 * 1000);
        ui.window->setCountdownInterval(10); // the window's own timer drives the update
        QTRY_VERIFY(!changed.isEmpty());
        const QString after = ui.text(TokenManagerFixture::pilot, Ui::TokenListModel::ExpiresColumn);
        QCOMPARE(after, expected());
        QVERIFY(after != before);
        QCOMPARE(ui.window->model()->index(0, 0).data(Ui::TokenListModel::ExpiresInMsRole).toLongLong(),
                 fixture.sandbox.clock.now().msecsTo(expiresAt));
    }

    void addScopes_asksForTheUnion()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope}).isOk());
        Window ui(fixture);
        QSignalSpy requested(ui.window.get(), &Ui::TokenManagerWindow::signInRequested);
        ui.window->selectCharacter(TokenManagerFixture::pilot);
        ui.action(u"addScopesAction"_s)->trigger();
        auto *picker = waitForChild<Ui::ScopePickerDialog>(ui.window.get(), u"scopePickerDialog"_s);
        QVERIFY(picker);
        auto *signIn = picker->findChild<QPushButton *>(u"scopeSignIn"_s);
        QVERIFY(!signIn->isEnabled()); // nothing added yet
        QCOMPARE(picker->selectedScopes(), QStringList{SsoSandbox::assetsScope});
        picker->setFilterText(u"skills"_s);
        QTreeWidgetItem *skills = nullptr;
        for (int i = 0; i < picker->tree()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *group = picker->tree()->topLevelItem(i);
            QCOMPARE(group->isHidden(), !group->text(0).contains(u"skills"_s));
            if (group->text(0) == u"esi-skills"_s) {
                for (int j = 0; j < group->childCount(); ++j) {
                    if (group->child(j)->text(0) == SsoSandbox::skillsScope) {
                        skills = group->child(j);
                    }
                }
            }
        }
        QVERIFY(skills);
        skills->setCheckState(0, Qt::Checked);
        QVERIFY(signIn->isEnabled());
        QTest::mouseClick(signIn, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        const QStringList expected =
            Core::TokenRecord::normalizedScopes({SsoSandbox::assetsScope, SsoSandbox::skillsScope});
        QCOMPARE(requested.first().first().toStringList(), expected);
    }

    void newSignIn_offersThePresets()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QTemporaryDir folder;
        Core::CallHistoryStore history(folder.filePath(u"history.sqlite"_s));
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        const Core::Operation *used = nullptr;
        for (const Core::Operation &operation : fixture.spec->operations()) {
            if (operation.scopes == QStringList{SsoSandbox::skillsScope}) {
                used = &operation;
                break;
            }
        }
        QVERIFY(used);
        Core::HistoryEntry entry;
        entry.operationId = used->operationId;
        entry.startedAt = entry.finishedAt = fixture.sandbox.clock.now();
        QVERIFY(history.add(entry) > 0);

        Window ui(fixture, &history);
        QCOMPARE(ui.window->usedScopes(), QStringList{SsoSandbox::skillsScope});
        QSignalSpy requested(ui.window.get(), &Ui::TokenManagerWindow::signInRequested);
        ui.action(u"signInAction"_s)->trigger();
        auto *picker = waitForChild<Ui::ScopePickerDialog>(ui.window.get(), u"scopePickerDialog"_s);
        QVERIFY(picker);
        QTest::mouseClick(picker->findChild<QPushButton *>(u"allScopesPreset"_s), Qt::LeftButton);
        QCOMPARE(picker->selectedScopes(), fixture.spec->scopes());
        QTest::mouseClick(picker->findChild<QPushButton *>(u"usedScopesPreset"_s), Qt::LeftButton);
        QCOMPARE(picker->selectedScopes(), QStringList{SsoSandbox::skillsScope});
        QCOMPARE(picker->tree()->topLevelItemCount(), [&] {
            QSet<QString> areas;
            for (const QString &scope : fixture.spec->scopes()) {
                areas.insert(Ui::ScopePickerDialog::areaOf(scope));
            }
            return int(areas.size());
        }());
        picker->accept();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toStringList(), QStringList{SsoSandbox::skillsScope});
    }

    void refreshNow_fetchesANewAccessToken()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope}).isOk());
        Window ui(fixture);
        fixture.sandbox.clock.advance(5 * 60 * 1000);
        const int requests = fixture.sso->tokenRequestCount();
        QSignalSpy refreshed(&*fixture.store, &Core::TokenStore::tokenRefreshed);
        ui.window->selectCharacter(TokenManagerFixture::pilot);
        ui.action(u"refreshAction"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
        QCOMPARE(fixture.sso->tokenRequestCount(), requests + 1);
        QCOMPARE(fixture.store->token(TokenManagerFixture::pilot)->lastRefreshedAt, fixture.sandbox.clock.now());
        QTRY_VERIFY(ui.window->statusText().contains(u"was refreshed"_s));
        QCOMPARE(ui.text(TokenManagerFixture::pilot, Ui::TokenListModel::RefreshedColumn), u"just now"_s);
    }

    void revokeAndRemove_deletesTheTokenEverywhere()
    {
        Core::KeychainSecretStore keychain(u"esi-studio-test-manager"_s);
        TokenManagerFixture fixture(&keychain);
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        const Core::SignInStoreResult signedIn = fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope});
        QVERIFY2(signedIn.isOk(), qPrintable(signedIn.error));
        const QString refreshToken = fixture.refreshToken(TokenManagerFixture::pilot);
        QVERIFY(!refreshToken.isEmpty()); // really in GNOME Keyring
        QVERIFY(fixture.sandbox.area->authority().refreshTokens().grantOf(refreshToken).has_value());

        Window ui(fixture);
        QTRY_VERIFY(ui.window->isKeychainAvailable());
        ui.window->selectCharacter(TokenManagerFixture::pilot);
        ui.action(u"revokeAction"_s)->trigger();
        auto *confirmation = waitForChild<QMessageBox>(ui.window.get(), u"revokeConfirmation"_s);
        QVERIFY(confirmation);
        QVERIFY(confirmation->text().contains(u"Sandbox Pilot"_s));
        QTest::mouseClick(confirmation->findChild<QPushButton *>(u"confirmRevoke"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ui.window->model()->rowCount(), 0, 10000);
        QVERIFY(fixture.store->tokens().isEmpty());
        const std::optional<Core::SecretResult> secret = fixture.readSecret(TokenManagerFixture::pilot);
        QVERIFY(secret.has_value());
        QCOMPARE(secret->status, Core::SecretResult::Status::NotFound);
        QVERIFY(!fixture.sandbox.area->authority().refreshTokens().grantOf(refreshToken).has_value());
        QVERIFY(ui.window->statusText().contains(u"revoked at EVE SSO and removed"_s));
    }

    void revoke_cancelledKeepsTheToken()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope}).isOk());
        Window ui(fixture);
        ui.window->selectCharacter(TokenManagerFixture::pilot);
        ui.action(u"revokeAction"_s)->trigger();
        const QPointer<QMessageBox> confirmation = waitForChild<QMessageBox>(ui.window.get(), u"revokeConfirmation"_s);
        QVERIFY(confirmation);
        QSignalSpy requests(fixture.sandbox.server.get(), &Sandbox::SandboxServer::requestReceived);
        QTest::mouseClick(confirmation->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(confirmation.isNull()); // the answer was handled and the box closed
        QCoreApplication::processEvents();
        QVERIFY(requests.isEmpty()); // nothing went to the SSO
        QCOMPARE(fixture.store->tokens().size(), 1);
        QVERIFY(fixture.readSecret(TokenManagerFixture::pilot)->isOk());
    }

    void revokeFailure_offersRemoveAnywayAndRemovesLocally()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope}).isOk());
        Window ui(fixture);
        QTRY_VERIFY(ui.window->isKeychainAvailable());
        // The SSO becomes unreachable: nothing listens any more and no kept-alive connection is reused.
        const QList<QTcpServer *> servers = fixture.sandbox.server->servers();
        QVERIFY(!servers.isEmpty());
        for (QTcpServer *server : servers) {
            server->close();
        }
        fixture.network.clearConnectionCache();

        ui.window->selectCharacter(TokenManagerFixture::pilot);
        ui.action(u"revokeAction"_s)->trigger();
        auto *confirmation = waitForChild<QMessageBox>(ui.window.get(), u"revokeConfirmation"_s);
        QVERIFY(confirmation);
        QTest::mouseClick(confirmation->findChild<QPushButton *>(u"confirmRevoke"_s), Qt::LeftButton);
        auto *anyway = waitForChild<QMessageBox>(ui.window.get(), u"removeAnywayConfirmation"_s);
        QVERIFY(anyway);
        QVERIFY2(anyway->text().contains(u"https://community.eveonline.com/support/third-party-applications/"_s),
                 qPrintable(anyway->text()));
        QVERIFY(anyway->text().contains(u"Sandbox Pilot"_s));
        QCOMPARE(fixture.store->tokens().size(), 1); // nothing removed before the user says so
        QTest::mouseClick(anyway->findChild<QPushButton *>(u"confirmRemoveAnyway"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ui.window->model()->rowCount(), 0, 10000);
        QVERIFY(fixture.store->tokens().isEmpty());
        const std::optional<Core::SecretResult> secret = fixture.readSecret(TokenManagerFixture::pilot);
        QVERIFY(secret.has_value());
        QCOMPARE(secret->status, Core::SecretResult::Status::NotFound);
        QVERIFY2(ui.window->statusText().contains(u"stays valid at EVE SSO"_s), qPrintable(ui.window->statusText()));
    }

    void copyToken_putsAValidTokenOnTheClipboardAndClearsIt()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope}).isOk());
        Window ui(fixture);
        ui.window->setClipboardClearDelay(300);
        // Nearly expired: copying must hand out a fresh token, not the one about to die.
        fixture.sandbox.clock.set(fixture.store->token(TokenManagerFixture::pilot)->accessTokenExpiresAt.addSecs(-10));
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->setText(u"before"_s);
        ui.window->selectCharacter(TokenManagerFixture::pilot);
        ui.action(u"copyTokenAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text() != u"before"_s, 10000);
        const QString copied = clipboard->text();
        // Marked as a secret, so clipboard managers (Klipper, GPaste) leave it out of their history.
        const QMimeData *data = clipboard->mimeData();
        QVERIFY(data);
        QCOMPARE(data->data(u"x-kde-passwordManagerHint"_s), "secret"_ba);
        QCOMPARE(data->text(), copied);
        const Core::JwtVerification verified = fixture.sandbox.area->authority().verify(copied);
        QVERIFY(verified.isValid());
        QCOMPARE(verified.claims.characterId, TokenManagerFixture::pilot);
        QVERIFY(verified.claims.expiresAt > fixture.sandbox.clock.now().addSecs(60));
        QVERIFY(ui.window->statusText().contains(u"cleared in"_s));
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);
        QVERIFY(ui.window->statusText().contains(u"removed from the clipboard"_s));
    }

    void copyToken_leavesWhatTheUserCopiedLater()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope}).isOk());
        Window ui(fixture);
        ui.window->setClipboardClearDelay(2000);
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->clear();
        ui.window->selectCharacter(TokenManagerFixture::pilot);
        ui.action(u"copyTokenAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!clipboard->text().isEmpty(), 10000);
        auto *clearTimer = ui.window->findChild<QTimer *>(u"clipboardClearTimer"_s);
        QVERIFY(clearTimer);
        QSignalSpy cleared(clearTimer, &QTimer::timeout);
        QVERIFY(clearTimer->isActive()); // the clear is still to come (no events run between here and setText)
        clipboard->setText(u"something else"_s);
        QVERIFY(cleared.wait(10000));                     // the clear ran ...
        QCOMPARE(clipboard->text(), u"something else"_s); // ... and left the user's copy alone
    }

    void claimsDialog_showsTheCharacter()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope, SsoSandbox::skillsScope}).isOk());
        Window ui(fixture);
        ui.window->selectCharacter(TokenManagerFixture::pilot);
        ui.action(u"claimsAction"_s)->trigger();
        auto *dialog = waitForChild<Ui::JwtClaimsDialog>(ui.window.get(), u"jwtClaimsDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->payload().value("name"_L1).toString(), u"Sandbox Pilot"_s);
        QVERIFY(dialog->windowTitle().contains(u"Sandbox Pilot"_s));
        QStringList cells;
        for (int row = 0; row < dialog->table()->rowCount(); ++row) {
            cells << dialog->table()->item(row, 1)->text() + u'=' + dialog->table()->item(row, 2)->text();
        }
        QVERIFY(cells.contains(u"sub=CHARACTER:EVE:2112000001"_s));
        QVERIFY(cells.contains(u"scp=%1\n%2"_s.arg(SsoSandbox::assetsScope, SsoSandbox::skillsScope)));
        // The token itself is not in the dialog.
        const QString token = fixture.accessToken(TokenManagerFixture::pilot).accessToken;
        QVERIFY(!cells.join(u'\n').contains(token.section(u'.', 2)));
    }

    void affiliation_isShownWhenKnownAndUnknownOffline()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope}).isOk());
        Core::FetchServices fetch;
        fetch.network = &fixture.network;
        fetch.clock = &fixture.sandbox.clock;
        Core::EsiClientSettings online;
        online.baseUrl = fixture.sandbox.server->baseUrl();
        Core::EsiClient client(fetch, online);
        Core::CharacterAffiliations affiliations(&client);
        affiliations.setSpec(fixture.spec);
        Ui::TokenListModel model(*fixture.store, fixture.sandbox.clock);
        model.setAffiliations(&affiliations);
        QSignalSpy ready(&affiliations, &Core::CharacterAffiliations::affiliationReady);
        QCOMPARE(model.index(0, Ui::TokenListModel::AffiliationColumn).data().toString(), u"unknown"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        const QString shown = model.index(0, Ui::TokenListModel::AffiliationColumn).data().toString();
        QVERIFY(shown != u"unknown"_s);
        QCOMPARE(shown.section(u" / "_s, 0, 0), affiliations.affiliation(TokenManagerFixture::pilot)->corporationName);

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        Core::EsiClientSettings offline;
        offline.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();
        offline.retry.maxAttempts = 1;
        Core::EsiClient unreachable(fetch, offline);
        Core::CharacterAffiliations none(&unreachable);
        none.setSpec(fixture.spec);
        Ui::TokenListModel offlineModel(*fixture.store, fixture.sandbox.clock);
        offlineModel.setAffiliations(&none);
        QSignalSpy failed(&none, &Core::CharacterAffiliations::affiliationFailed);
        QCOMPARE(offlineModel.index(0, Ui::TokenListModel::AffiliationColumn).data().toString(), u"unknown"_s);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(offlineModel.index(0, Ui::TokenListModel::AffiliationColumn).data().toString(), u"unknown"_s);
    }

    void affiliation_missingRouteFailsAfterDataReturns()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope}).isOk());
        const Core::SpecLoadResult bare = Core::Spec::fromJson(
            "{\"openapi\": \"3.0.0\", \"info\": {\"title\": \"bare\", \"version\": \"1\"}, \"paths\": {}}"_ba,
            u"bare"_s);
        QVERIFY(bare.spec);
        Core::FetchServices fetch;
        fetch.network = &fixture.network;
        fetch.clock = &fixture.sandbox.clock;
        Core::EsiClientSettings settings;
        settings.baseUrl = fixture.sandbox.server->baseUrl();
        Core::EsiClient client(fetch, settings);
        Core::CharacterAffiliations affiliations(&client);
        affiliations.setSpec(bare.spec);
        Ui::TokenListModel model(*fixture.store, fixture.sandbox.clock);
        model.setAffiliations(&affiliations);
        QSignalSpy failed(&affiliations, &Core::CharacterAffiliations::affiliationFailed);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.index(0, Ui::TokenListModel::AffiliationColumn).data().toString(), u"unknown"_s);
        // Not from inside data(): a view asking for a cell must not get dataChanged while it asks.
        QVERIFY(failed.isEmpty());
        QVERIFY(changed.isEmpty());
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(failed.first().at(1).toString().contains(u"/characters/{character_id}"_s),
                 qPrintable(failed.first().at(1).toString()));
    }

    void windowAndDialogs_everyControlHasAName()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope}).isOk());
        Window ui(fixture);
        QTRY_VERIFY(ui.window->isKeychainAvailable());
        ui.window->selectCharacter(TokenManagerFixture::pilot);
        const auto audit = [](QWidget *root) {
            return AccessibilityAudit::unnamedControls(root) + AccessibilityAudit::unnamedParts(root);
        };
        QStringList problems = audit(ui.window.get());

        ui.action(u"signInAction"_s)->trigger();
        auto *picker = waitForChild<Ui::ScopePickerDialog>(ui.window.get(), u"scopePickerDialog"_s);
        QVERIFY(picker);
        problems += audit(picker);
        picker->reject();

        ui.action(u"claimsAction"_s)->trigger();
        auto *claims = waitForChild<Ui::JwtClaimsDialog>(ui.window.get(), u"jwtClaimsDialog"_s);
        QVERIFY(claims);
        problems += audit(claims);
        claims->reject();

        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(u"without an accessible name:\n  "_s + problems.join(u"\n  "_s)));
    }

    void ownerChange_isFlaggedUntilAcknowledged()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope}).isOk());
        Window ui(fixture);
        ui.window->selectCharacter(TokenManagerFixture::pilot);
        QAction *acknowledge = ui.action(u"acknowledgeOwnerAction"_s);
        QVERIFY(!acknowledge->isVisible());
        // As TokenStore records it when a refresh or sign-in brings a different owner hash.
        Core::TokenRecord moved = *fixture.store->token(TokenManagerFixture::pilot);
        moved.previousOwnerHash = u"the-old-account"_s;
        QString error;
        QVERIFY2(fixture.database->upsert(moved, &error), qPrintable(error));
        ui.window->model()->reload();
        QCOMPARE(ui.text(TokenManagerFixture::pilot, Ui::TokenListModel::StateColumn), u"Valid \u00b7 owner changed"_s);
        QVERIFY(ui.window->findChild<QLabel *>(u"characterDetails"_s)->text().contains(u"owner hash changed"_s));
        QVERIFY(acknowledge->isVisible());
        acknowledge->trigger();
        QCOMPARE(ui.text(TokenManagerFixture::pilot, Ui::TokenListModel::StateColumn), u"Valid"_s);
        QVERIFY(!fixture.store->token(TokenManagerFixture::pilot)->ownerChanged());
        QVERIFY(!acknowledge->isVisible());
    }

    void mainWindow_opensTheManagerFromTheCharactersMenu()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        Core::SpecRepository repository(&fixture.network, fixture.folder.filePath(u"specs"_s),
                                        fixture.sandbox.server->baseUrl());
        Ui::MainWindow window(&repository);
        auto *action = window.findChild<QAction *>(u"manageCharactersAction"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+C"_s));
        QVERIFY(window.findChild<QMenu *>(u"charactersMenu"_s)->actions().contains(action));
        QVERIFY(!action->isEnabled()); // nothing to manage without a token store
        window.setTokenStore(&*fixture.store);
        QVERIFY(action->isEnabled());
        QSignalSpy requested(&window, &Ui::MainWindow::characterManagerRequested);
        action->trigger();
        QCOMPARE(requested.size(), 1);
    }
};

QTEST_MAIN(TestTokenManagerWindow)
#include "tst_tokenmanagerwindow.moc"
