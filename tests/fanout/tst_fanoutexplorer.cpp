// The explorer's list parameters against an in-process esi-sandbox: the list editor (pasted values, a column
// of the current result, every signed-in character with the scope), one merged table led by the value,
// failed items listed apart, progress as done/failed/left, and one history entry for the whole list that
// runs it again.
#include "../ui/explorerharness.h"
#include "core/auth/characteraffiliations.h"
#include "ui/browse/operationfilterproxymodel.h"
#include "ui/browse/operationtreemodel.h"
#include "ui/history/callhistorymodel.h"
#include "ui/history/historypanel.h"
#include "ui/mainwindow.h"
#include "ui/result/fanoutfailuresview.h"
#include "ui/result/resultpanel.h"
#include "ui/run/callrunner.h"
#include "ui/run/characterpicker.h"
#include "ui/run/listvaluesdialog.h"
#include "ui/run/parameterform.h"
#include "ui/run/parameterlistlauncher.h"
#include "ui/run/runcontroller.h"
#include "ui/run/runpanel.h"
#include "ui/widgets/messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

namespace {

constexpr qint64 signedIn = 2112000001; // FixedTokens serves this one only
constexpr qint64 other = 2112000002;
const QString wallet = u"esi-wallet.read_character_wallet.v1"_s;

Core::TokenRecord record(qint64 id, const QStringList &scopes)
{
    Core::TokenRecord token;
    token.characterId = id;
    token.characterName = u"Character %1"_s.arg(id);
    token.scopes = scopes;
    return token;
}

} // namespace

class TestFanOutExplorer : public QObject
{
    Q_OBJECT

private:
    template <typename T> T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QLatin1StringView(name));
        if (!found) {
            qFatal("no %s named %s", T::staticMetaObject.className(), name);
        }
        return found;
    }

    void selectOperation(const QString &operationId)
    {
        auto *tree = child<QTreeView>("operationTree");
        auto *proxy = qobject_cast<Ui::OperationFilterProxyModel *>(tree->model());
        QVERIFY(proxy);
        auto *model = qobject_cast<Ui::OperationTreeModel *>(proxy->sourceModel());
        const QModelIndex index = proxy->mapFromSource(model->indexForOperationId(operationId));
        QVERIFY(index.isValid());
        tree->expand(index.parent());
        tree->scrollTo(index);
        QTRY_VERIFY(tree->visualRect(index).isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
        QTRY_COMPARE(m_window->runPanel()->operation()->operationId, operationId);
    }

    // Presses the field's List button; the editor that opened.
    Ui::ListValuesDialog *openList(const QString &parameter)
    {
        QTest::mouseClick(m_window->findChild<QToolButton *>(u"listButton_"_s + parameter), Qt::LeftButton);
        Ui::ListValuesDialog *dialog = m_window->runController()->listLauncher()->dialog();
        if (!dialog) {
            qFatal("no list editor for %s", qPrintable(parameter));
        }
        return dialog;
    }

    void run()
    {
        QTest::mouseClick(child<QPushButton>("runButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning(), 60000);
    }

    QStringList tableColumn(int column) const
    {
        QAbstractItemModel *model = child<QTableView>("resultTable")->model();
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row) {
            values.append(model->index(row, column).data().toString());
        }
        return values;
    }

    ExplorerHarness m_harness{signedIn};
    std::unique_ptr<Core::CharacterAffiliations> m_affiliations;
    std::unique_ptr<Ui::MainWindow> m_window;
    int m_requestsServed = 0;
    int m_characterLookups = 0; // GET /characters/..., the affiliation lookups among them

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto loaded = Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
        QVERIFY2(loaded, qPrintable(loaded.error.toString()));
        Sandbox::SandboxOptions options;
        options.missingIds = {999};
        options.authCheck = false; // FixedTokens' token is no JWT; whose token went out is esi's test's concern
        const QString problem = m_harness.setUp(loaded.spec, options);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Calls of the operation only: naming the IDs of a shown result may ask /universe/names meanwhile.
        connect(m_harness.sandbox.get(), &Sandbox::SandboxServer::responseWritten, this,
                [this](const QString &, const QString &target) {
                    if (!target.startsWith(u"/universe/names"_s)) {
                        ++m_requestsServed;
                    }
                    if (target.startsWith(u"/characters/"_s)) {
                        ++m_characterLookups;
                    }
                });
        m_affiliations = std::make_unique<Core::CharacterAffiliations>(m_harness.client.get());
        Ui::ExplorerServices services = m_harness.services();
        services.affiliations = m_affiliations.get();
        m_window = std::make_unique<Ui::MainWindow>(services);
        QVERIFY(m_window->openSpecFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json")));
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void pastedList_runsOnceEach_mergedTableLedByTheValue_failedItemListedApart()
    {
        selectOperation(u"GetUniverseTypesTypeId"_s);
        Ui::ListValuesDialog *dialog = openList(u"type_id"_s);
        dialog->findChild<QPlainTextEdit *>(u"listValuesText"_s)->setPlainText(u"34\n999, 35\n34"_s);
        QVERIFY2(dialog->findChild<QLabel *>(u"listValuesCount"_s)->text().startsWith(u"3 value"_s),
                 qPrintable(dialog->findChild<QLabel *>(u"listValuesCount"_s)->text()));
        dialog->findChild<QPushButton *>(u"listValuesOk"_s)->click();
        Ui::ParameterForm *form = m_window->runPanel()->form();
        QCOMPARE(form->list(u"type_id"_s), (QStringList{u"34"_s, u"999"_s, u"35"_s}));
        QVERIFY2(child<QLabel>("message_type_id")->text().contains(u"A list of 3 value"_s),
                 qPrintable(child<QLabel>("message_type_id")->text()));
        QVERIFY(!m_window->runPanel()->findChild<QWidget *>(u"input_type_id"_s)->isEnabled());

        QSignalSpy progress(m_window->runController()->runner(), &Ui::CallRunner::fanOutProgressChanged);
        const int served = m_requestsServed;
        run();
        QCOMPARE(m_requestsServed - served, 3);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast(), (QVariantList{2, 1, 0}));
        QVERIFY2(child<QProgressBar>("runProgress")->format().contains(u"2 of 3 calls"_s),
                 qPrintable(child<QProgressBar>("runProgress")->format()));

        QAbstractItemModel *table = child<QTableView>("resultTable")->model();
        QCOMPARE(table->headerData(0, Qt::Horizontal).toString(), u"#type_id"_s);
        QCOMPARE(tableColumn(0), (QStringList{u"34"_s, u"35"_s}));
        Ui::FanOutFailuresView *failures = m_window->resultPanel()->failuresView();
        QVERIFY(failures->isVisible());
        QCOMPARE(failures->topLevelItemCount(), 1);
        QCOMPARE(failures->topLevelItem(0)->text(0), u"type_id=999"_s);
        QCOMPARE(failures->topLevelItem(0)->text(1), u"404"_s);
        QVERIFY2(failures->topLevelItem(0)->text(2).contains(u"not found"_s),
                 qPrintable(failures->topLevelItem(0)->text(2)));
        QVERIFY(!m_window->resultPanel()->errorBanner()->isVisible()); // the others succeeded
    }

    void oneHistoryEntry_forTheWholeList_runsItAgain()
    {
        Ui::CallHistoryModel *history = m_window->historyPanel()->model();
        QTRY_COMPARE(history->rowCount(), 1);
        const Core::HistoryEntry entry = history->entry(0);
        QCOMPARE(entry.operationId, u"GetUniverseTypesTypeId"_s);
        QVERIFY2(entry.parametersText().contains(u"type_id=[3 values]"_s), qPrintable(entry.parametersText()));
        QCOMPARE(entry.fanOutFailed, 1);

        // Stored and read back: the lists survive the database.
        const QList<Core::HistoryEntry> stored = m_harness.history->entries(10);
        QVERIFY(!stored.isEmpty());
        QCOMPARE(stored.constFirst().fanOutLists, entry.fanOutLists);

        m_window->runPanel()->form()->clearLists();
        QVERIFY(!m_window->runPanel()->form()->hasLists());
        QVERIFY(m_window->runController()->rerun(stored.constFirst()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning(), 60000);
        QCOMPARE(m_window->runPanel()->form()->list(u"type_id"_s), (QStringList{u"34"_s, u"999"_s, u"35"_s}));
        QTRY_COMPARE(history->rowCount(), 2);
        QCOMPARE(tableColumn(0), (QStringList{u"34"_s, u"35"_s}));
        QCOMPARE(m_window->resultPanel()->failuresView()->topLevelItemCount(), 1);
    }

    void columnOfTheCurrentResult_becomesTheList()
    {
        Ui::ListValuesDialog *dialog = openList(u"type_id"_s);
        auto *columns = dialog->findChild<QComboBox *>(u"listValuesColumn"_s);
        QVERIFY(columns->isVisibleTo(dialog));
        QCOMPARE(columns->currentText(), u"type_id"_s); // the parameter's own name is offered first
        columns->setCurrentIndex(columns->findText(u"#type_id"_s));
        dialog->findChild<QPushButton *>(u"listValuesTakeColumn"_s)->click();
        QCOMPARE(dialog->values(), (QStringList{u"34"_s, u"35"_s}));
        // An empty list goes back to a single value.
        dialog->findChild<QPlainTextEdit *>(u"listValuesText"_s)->clear();
        dialog->findChild<QPushButton *>(u"listValuesOk"_s)->click();
        QVERIFY(!m_window->runPanel()->form()->hasLists());
        QVERIFY(m_window->runPanel()->findChild<QWidget *>(u"input_type_id"_s)->isEnabled());
    }

    void everyCharacterWithTheScope_eachItemAsItsOwnCharacter()
    {
        // As MainWindow::updateCharacters hands the token store's records over.
        const QList<Core::TokenRecord> tokens{record(signedIn, {wallet}), record(other, {wallet}),
                                              record(2112000003, {u"esi-assets.read_assets.v1"_s})};
        m_window->setCharacters(Ui::CharacterChoice::fromRecords(tokens));
        m_window->runPanel()->setTokens(tokens);
        selectOperation(u"GetCharactersCharacterIdWallet"_s);
        Ui::ListValuesDialog *dialog = openList(u"character_id"_s);
        auto *all = dialog->findChild<QCheckBox *>(u"listValuesAllCharacters"_s);
        QVERIFY(all->isVisibleTo(dialog));
        QVERIFY2(all->text().contains(u"(2 now)"_s), qPrintable(all->text()));
        all->setChecked(true);
        QCOMPARE(dialog->values(), (QStringList{QString::number(signedIn), QString::number(other)}));
        dialog->findChild<QPushButton *>(u"listValuesOk"_s)->click();
        QVERIFY(m_window->runPanel()->form()->isAllCharacters());
        const int asked = m_harness.tokens.requests;
        run();
        // Each item asked for its own character's token; only the one FixedTokens knows got one.
        QCOMPARE(m_harness.tokens.requests - asked, 2);
        QCOMPARE(tableColumn(0), (QStringList{QString::number(signedIn)}));
        Ui::FanOutFailuresView *failures = m_window->resultPanel()->failuresView();
        QCOMPARE(failures->topLevelItemCount(), 1);
        QCOMPARE(failures->topLevelItem(0)->text(0), u"character_id=%1"_s.arg(other));
        QVERIFY2(m_window->historyPanel()->model()->entry(0).parametersText().contains(
                     u"character_id=[every signed-in character]"_s),
                 qPrintable(m_window->historyPanel()->model()->entry(0).parametersText()));
    }

    void corporationsAndAlliancesOfTheSignedInCharacters_learntOnce_becomeTheList()
    {
        // Sandbox Pilot and Trader are in corporation 98000001, Director in 98000002; all in alliance 99000001.
        const QList<Core::TokenRecord> tokens{record(signedIn, {}), record(other, {}), record(2112000003, {})};
        m_window->runPanel()->setTokens(tokens);
        const int lookups = m_characterLookups;
        selectOperation(u"GetCorporationsCorporationId"_s);
        Ui::ListValuesDialog *dialog = openList(u"corporation_id"_s);
        auto *members = dialog->findChild<QCheckBox *>(u"listValuesAllCharacters"_s);
        QVERIFY(members->isVisibleTo(dialog));
        QVERIFY(!members->isEnabled()); // while their corporations are being learnt
        QTRY_VERIFY_WITH_TIMEOUT(members->isEnabled(), 20000);
        QVERIFY2(members->text().contains(u"Corporations of the signed-in characters (2)"_s),
                 qPrintable(members->text()));
        QCOMPARE(m_characterLookups - lookups, 3);
        members->setChecked(true);
        QCOMPARE(dialog->values(), (QStringList{u"98000001"_s, u"98000002"_s}));
        dialog->findChild<QPushButton *>(u"listValuesOk"_s)->click();
        QVERIFY(!m_window->runPanel()->form()->isAllCharacters());
        const int served = m_requestsServed;
        run();
        QCOMPARE(m_requestsServed - served, 2);
        QCOMPARE(tableColumn(0), (QStringList{u"98000001"_s, u"98000002"_s}));

        // The alliances are known by now: nothing more is asked.
        selectOperation(u"GetAlliancesAllianceId"_s);
        dialog = openList(u"alliance_id"_s);
        members = dialog->findChild<QCheckBox *>(u"listValuesAllCharacters"_s);
        QVERIFY(members->isEnabled());
        QVERIFY2(members->text().contains(u"Alliances of the signed-in characters (1)"_s), qPrintable(members->text()));
        members->setChecked(true);
        QCOMPARE(dialog->values(), QStringList{u"99000001"_s});
        dialog->reject();
        QCOMPARE(m_characterLookups - lookups, 3);
    }
};

QTEST_MAIN(TestFanOutExplorer)
#include "tst_fanoutexplorer.moc"
