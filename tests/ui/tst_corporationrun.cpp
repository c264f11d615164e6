// A run of a corporation route from the explorer follows esi's rule: the picked character must be a member
// of the path's corporation (learnt from the sandbox's /characters/{id}); otherwise nothing is sent.
#include "core/auth/characteraffiliations.h"
#include "explorerharness.h"
#include "ui/result/resultpanel.h"
#include "ui/run/characterpicker.h"
#include "ui/run/parameterform.h"
#include "ui/run/runcontroller.h"
#include "ui/run/runpanel.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

namespace {

constexpr qint64 pilot = 2112000001;    // the sandbox's corporation 98000001
constexpr qint64 director = 2112000003; // corporation 98000002
const QString corpWallet = u"esi-wallet.read_corporation_wallets.v1"_s;

Core::TokenRecord record(qint64 id, const QString &name)
{
    Core::TokenRecord token;
    token.characterId = id;
    token.characterName = name;
    token.scopes = {corpWallet};
    return token;
}

bool anyContains(const QSignalSpy &spy, const QString &text)
{
    for (const QList<QVariant> &arguments : spy) {
        if (arguments.first().toString().contains(text)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestCorporationRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void corporationRoute_runsOnlyWithAMembersToken()
    {
        const Core::SpecLoadResult loaded =
            Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
        QVERIFY(loaded);
        ExplorerHarness harness(director);
        const QString problem = harness.setUp(loaded.spec, Sandbox::SandboxOptions());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        Core::CharacterAffiliations affiliations(harness.client.get());
        Ui::ExplorerServices services = harness.services();
        services.affiliations = &affiliations;

        QWidget window;
        auto *panel = new Ui::RunPanel(&window);
        auto *results = new Ui::ResultPanel(harness.clock, &window);
        Ui::RunController controller(services, panel, results, nullptr, &window);
        controller.setSpec(loaded.spec);
        controller.setOperation(int(loaded.spec->indexOf(u"GetCorporationsCorporationIdWallets"_s)));
        const QList<Core::TokenRecord> tokens{record(pilot, u"Sandbox Pilot"_s),
                                              record(director, u"Sandbox Director"_s)};
        panel->characterPicker()->setCharacters(Ui::CharacterChoice::fromRecords(tokens));
        panel->setTokens(tokens);
        Core::ParameterValues values;
        values.set(u"corporation_id"_s, u"98000002"_s);
        panel->form()->setValues(values);

        QSignalSpy status(&controller, &Ui::RunController::statusMessage);
        QStringList targets;
        connect(harness.sandbox.get(), &Sandbox::SandboxServer::requestReceived, this,
                [&targets](const QString &, const QString &target) { targets.append(target); });

        QVERIFY(panel->characterPicker()->setCurrentCharacter(pilot));
        QVERIFY(!controller.run()); // first the membership is learnt, then the run is asked again
        QTRY_VERIFY(anyContains(status, u"not a member of corporation 98000002"_s));
        QVERIFY2(targets.contains(u"/characters/2112000001"_s), qPrintable(targets.join(u", "_s)));
        QVERIFY(!targets.contains(u"/corporations/98000002/wallets"_s));
        QVERIFY(!controller.isRunning());

        QVERIFY(panel->characterPicker()->setCurrentCharacter(director));
        controller.run();
        QTRY_VERIFY(targets.contains(u"/corporations/98000002/wallets"_s));
        QTRY_VERIFY(!controller.isRunning());
        QVERIFY(controller.lastOutcome() && controller.lastOutcome()->result.isOk());
        QCOMPARE(controller.lastOutcome()->request.options.characterId, director);
    }
};

QTEST_MAIN(TestCorporationRun)
#include "tst_corporationrun.moc"
