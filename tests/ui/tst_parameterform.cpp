#include "ui/run/characterpicker.h"
#include "ui/run/fetchestimate.h"
#include "ui/run/parametereditor.h"
#include "ui/run/parameterform.h"
#include "ui/run/parametermemory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::Spec;
using Esi::Core::SpecPtr;
using Esi::Ui::CharacterChoice;
using Esi::Ui::CharacterPicker;
using Esi::Ui::FetchEstimate;
using Esi::Ui::ParameterEditor;
using Esi::Ui::ParameterForm;
using Esi::Ui::ParameterMemory;

// The generated parameter form, its typed editors, inline validation, remembered values, the
// character picker and the run estimate.
class TestParameterForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editors_followTheSchema_data();
    void editors_followTheSchema();
    void form_listsUserParametersPathFirst();
    void validate_showsMessagesUnderTheirFields();
    void untouchedFields_stayQuietUntilRun();
    void body_isCheckedAsJsonWhileTyping();
    void disabledParameter_isLeftOutWithItsReason();
    void memory_recallsTheLastValuesPerOperation();
    void characterPicker_offersOnlyCharactersWithTheScope();
    void characterChoices_comeFromUsableTokens();
    void estimate_saysRequestsAndTokens_data();
    void estimate_saysRequestsAndTokens();
    void estimate_confirmationNamesPagesAndTheCap();

private:
    ParameterForm *form(const QString &operationId);
    QString messageOf(ParameterForm *form, const QString &name) const;

    SpecPtr m_spec;
    QTemporaryDir m_directory;
    std::unique_ptr<ParameterForm> m_form;
};

void TestParameterForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_directory.isValid());
    const auto loaded = Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
    QVERIFY2(loaded, qPrintable(loaded.error.toString()));
    m_spec = loaded.spec;
}

ParameterForm *TestParameterForm::form(const QString &operationId)
{
    m_form = std::make_unique<ParameterForm>();
    m_form->setOperation(m_spec, m_spec->indexOf(operationId));
    m_form->show();
    m_form->activateWindow();
    if (!QTest::qWaitForWindowActive(m_form.get())) {
        qWarning("the form window did not become active");
    }
    return m_form.get();
}

QString TestParameterForm::messageOf(ParameterForm *form, const QString &name) const
{
    auto *label = form->findChild<QLabel *>(u"message_"_s + name);
    return label && label->isVisibleTo(form) ? label->text() : QString();
}

void TestParameterForm::editors_followTheSchema_data()
{
    QTest::addColumn<QString>("operationId");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<int>("kind");
    QTest::newRow("int64 path id") << u"GetMarketsRegionIdOrders"_s << u"region_id"_s
                                   << int(ParameterEditor::Kind::Integer);
    QTest::newRow("enum with default") << u"GetMarketsRegionIdOrders"_s << u"order_type"_s
                                       << int(ParameterEditor::Kind::Enum);
    QTest::newRow("array of ids") << u"PostUniverseNames"_s << u"body"_s << int(ParameterEditor::Kind::Json);
    QTest::newRow("page number") << u"GetMarketsRegionIdOrders"_s << u"page"_s << int(ParameterEditor::Kind::Integer);
    QTest::newRow("string search") << u"GetCharactersCharacterIdSearch"_s << u"search"_s
                                   << int(ParameterEditor::Kind::Text);
    QTest::newRow("boolean") << u"GetCharactersCharacterIdSearch"_s << u"strict"_s
                             << int(ParameterEditor::Kind::Boolean);
    QTest::newRow("array of enums") << u"GetCharactersCharacterIdSearch"_s << u"categories"_s
                                    << int(ParameterEditor::Kind::Array);
}

void TestParameterForm::editors_followTheSchema()
{
    QFETCH(QString, operationId);
    QFETCH(QString, parameter);
    QFETCH(int, kind);
    QVERIFY2(m_spec->operation(operationId), qPrintable(operationId));
    ParameterForm *generated = form(operationId);
    ParameterEditor *editor = generated->editor(parameter);
    QVERIFY2(editor, qPrintable(generated->parameterNames().join(u", "_s)));
    QCOMPARE(int(editor->kind()), kind);
    QVERIFY(!editor->objectName().isEmpty());
    QVERIFY(!editor->input()->accessibleName().isEmpty());
}

void TestParameterForm::form_listsUserParametersPathFirst()
{
    ParameterForm *orders = form(u"GetMarketsRegionIdOrders"_s);
    // Managed parameters (language, compatibility date, ...) are not in the form.
    QCOMPARE(orders->parameterNames(), (QStringList{u"region_id"_s, u"order_type"_s, u"page"_s, u"type_id"_s}));
    auto *orderType = qobject_cast<QComboBox *>(orders->editor(u"order_type")->input());
    QVERIFY(orderType);
    QCOMPARE(orderType->currentData().toString(), u"all"_s); // required with a default: starts on it
    QCOMPARE(orderType->count(), 4);
    auto *region = qobject_cast<QLineEdit *>(orders->editor(u"region_id")->input());
    QTest::keyClicks(region, u"10x0000-02"_s); // digits only (and a leading minus)
    QCOMPARE(region->text(), u"10000002"_s);
    QCOMPARE(orders->values().value(u"order_type"), u"all"_s);
    QVERIFY(!orders->values().contains(u"type_id"));
}

void TestParameterForm::validate_showsMessagesUnderTheirFields()
{
    ParameterForm *orders = form(u"GetMarketsRegionIdOrders"_s);
    orders->editor(u"page")->setText(u"0"_s);
    const QList<Esi::Core::ValidationIssue> issues = orders->validate(true);
    QCOMPARE(issues.size(), 2);
    QVERIFY2(messageOf(orders, u"region_id"_s).contains(u"required"_s), qPrintable(messageOf(orders, u"region_id"_s)));
    QVERIFY2(messageOf(orders, u"page"_s).contains(u"1"_s), qPrintable(messageOf(orders, u"page"_s)));
    QVERIFY(orders->focusFirstProblem());
    QTRY_VERIFY(orders->editor(u"region_id")->input()->hasFocus());

    orders->editor(u"region_id")->setText(u"10000002"_s);
    orders->editor(u"page")->setText(u"2"_s);
    QVERIFY(orders->validate(true).isEmpty());
    // Without a problem the hint (type and range) is shown instead.
    QCOMPARE(messageOf(orders, u"page"_s), orders->editor(u"page")->hint());
}

void TestParameterForm::untouchedFields_stayQuietUntilRun()
{
    ParameterForm *orders = form(u"GetMarketsRegionIdOrders"_s);
    QSignalSpy edited(orders, &ParameterForm::valuesEdited);
    auto *page = qobject_cast<QLineEdit *>(orders->editor(u"page")->input());
    QTest::keyClicks(page, u"0"_s);
    QCOMPARE(edited.count(), 1);
    // Typing validates after a short pause, for the edited field only.
    QTRY_VERIFY(messageOf(orders, u"page"_s) != orders->editor(u"page")->hint());
    QCOMPARE(messageOf(orders, u"region_id"_s), orders->editor(u"region_id")->hint());
}

void TestParameterForm::body_isCheckedAsJsonWhileTyping()
{
    ParameterForm *names = form(u"PostUniverseNames"_s);
    ParameterEditor *body = names->editor(u"body");
    auto *text = qobject_cast<QPlainTextEdit *>(body->input());
    QVERIFY(text);
    text->setPlainText(u"[1, 2,\n  ]"_s);
    QVERIFY2(body->syntaxProblem().startsWith(u"Not valid JSON at line 2"_s), qPrintable(body->syntaxProblem()));
    QVERIFY(names->findChild<QLabel *>(u"bodyStatus"_s)->text().contains(u"line 2"_s));
    text->setPlainText(u"[30000142, 587]"_s);
    QVERIFY(body->syntaxProblem().isEmpty());
    QVERIFY(names->validate(true).isEmpty());
    QCOMPARE(names->values().body(), u"[30000142, 587]"_s);
    text->setPlainText(u"[\"Jita\"]"_s);
    const auto issues = names->validate(true);
    QVERIFY(!issues.isEmpty());
    QVERIFY2(!messageOf(names, u"body"_s).isEmpty(), "a body of the wrong item type is reported under the body");
}

void TestParameterForm::disabledParameter_isLeftOutWithItsReason()
{
    ParameterForm *orders = form(u"GetMarketsRegionIdOrders"_s);
    orders->editor(u"page")->setText(u"0"_s);
    orders->setParameterDisabled(u"page"_s, u"All pages are fetched"_s);
    QVERIFY(!orders->values().contains(u"page"));
    QCOMPARE(messageOf(orders, u"page"_s), u"All pages are fetched"_s);
    orders->editor(u"region_id")->setText(u"10000002"_s);
    QVERIFY(orders->validate(true).isEmpty());
    orders->setParameterDisabled(u"page"_s, QString());
    QCOMPARE(orders->values().value(u"page"), u"0"_s);
}

void TestParameterForm::memory_recallsTheLastValuesPerOperation()
{
    ParameterMemory memory(m_directory.filePath(u"remembered.ini"_s));
    QVERIFY(memory.recall(u"GetMarketsRegionIdOrders"_s).isEmpty());
    Esi::Core::ParameterValues values;
    values.set(u"region_id"_s, u"10000002"_s);
    values.set(u"order_type"_s, u"sell"_s);
    memory.remember(u"GetMarketsRegionIdOrders"_s, values);
    Esi::Core::ParameterValues body;
    body.setBody(u"[1, 2]"_s);
    memory.remember(u"PostUniverseNames"_s, body);

    ParameterMemory reopened(m_directory.filePath(u"remembered.ini"_s));
    QCOMPARE(reopened.recall(u"GetMarketsRegionIdOrders"_s), values);
    QCOMPARE(reopened.recall(u"PostUniverseNames"_s).body(), u"[1, 2]"_s);
    ParameterForm *orders = form(u"GetMarketsRegionIdOrders"_s);
    orders->setValues(reopened.recall(u"GetMarketsRegionIdOrders"_s));
    QCOMPARE(qobject_cast<QComboBox *>(orders->editor(u"order_type")->input())->currentData().toString(), u"sell"_s);
    QCOMPARE(orders->values(), values);
    reopened.forget(u"GetMarketsRegionIdOrders"_s);
    QVERIFY(memory.recall(u"GetMarketsRegionIdOrders"_s).isEmpty());
}

void TestParameterForm::characterPicker_offersOnlyCharactersWithTheScope()
{
    CharacterPicker picker;
    picker.show();
    picker.setCharacters({{90000001, u"Ava Tester"_s, {u"esi-assets.read_assets.v1"_s}},
                          {90000002, u"Bo Wallet"_s, {u"esi-wallet.read_character_wallet.v1"_s}}});
    auto *combo = picker.findChild<QComboBox *>(u"characterCombo"_s);
    auto *note = picker.findChild<QLabel *>(u"characterNote"_s);
    auto *signIn = picker.findChild<QPushButton *>(u"signInButton"_s);

    picker.setRequirement(false, {});
    QCOMPARE(picker.currentCharacterId(), 0);
    QVERIFY(!picker.isBlocking());
    QVERIFY(note->text().contains(u"no character needed"_s));

    picker.setRequirement(true, {u"esi-assets.read_assets.v1"_s});
    QCOMPARE(combo->count(), 1);
    QCOMPARE(picker.currentCharacterId(), 90000001);
    QCOMPARE(picker.currentCharacterName(), u"Ava Tester"_s);

    QSignalSpy signInRequested(&picker, &CharacterPicker::signInRequested);
    picker.setRequirement(true, {u"esi-skills.read_skills.v1"_s});
    QVERIFY(picker.isBlocking());
    QCOMPARE(note->text(), u"No signed-in character has esi-skills.read_skills.v1."_s);
    QVERIFY(!signIn->isVisible()); // nobody handles sign-in: no button that does nothing
    picker.setSignInAvailable(true);
    QVERIFY(signIn->isVisible());
    QCOMPARE(signIn->text(), u"Sign in with esi-skills.read_skills.v1\u2026"_s);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QCOMPARE(signInRequested.count(), 1);
    QCOMPARE(signInRequested.at(0).at(0).toStringList(), QStringList{u"esi-skills.read_skills.v1"_s});
}

void TestParameterForm::characterChoices_comeFromUsableTokens()
{
    Esi::Core::TokenRecord zed;
    zed.characterId = 3;
    zed.characterName = u"Zed"_s;
    zed.scopes = {u"esi-assets.read_assets.v1"_s};
    Esi::Core::TokenRecord ava = zed;
    ava.characterId = 1;
    ava.characterName = u"Ava"_s;
    Esi::Core::TokenRecord stale = zed;
    stale.characterId = 2;
    stale.characterName = u"Bo"_s;
    stale.status = Esi::Core::TokenStatus::NeedsReSignIn;
    const QList<CharacterChoice> choices = CharacterChoice::fromRecords({zed, stale, ava});
    QCOMPARE(choices.size(), 2);
    QCOMPARE(choices.at(0).name, u"Ava"_s);
    QCOMPARE(choices.at(1).id, 3);
    QVERIFY(choices.at(1).hasScopes({u"esi-assets.read_assets.v1"_s}));
    QVERIFY(!choices.at(1).hasScopes({u"esi-assets.read_assets.v1"_s, u"esi-skills.read_skills.v1"_s}));
}

void TestParameterForm::estimate_saysRequestsAndTokens_data()
{
    QTest::addColumn<QString>("operationId");
    QTest::addColumn<bool>("allPages");
    QTest::addColumn<bool>("allLanguages");
    QTest::addColumn<int>("lastPages");
    QTest::addColumn<int>("tokensLeft");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("tokens");
    QTest::addColumn<bool>("large");
    QTest::newRow("one page") << u"GetMarketsRegionIdOrders"_s << false << false << 300 << 12000 << 1 << 2 << false;
    QTest::newRow("all pages, known count")
        << u"GetMarketsRegionIdOrders"_s << true << false << 300 << 12000 << 300 << 600 << true;
    QTest::newRow("all pages, unknown count")
        << u"GetMarketsRegionIdOrders"_s << true << false << 0 << -1 << 1 << 2 << false;
    QTest::newRow("more tokens than left")
        << u"GetCharactersCharacterIdAssets"_s << true << false << 20 << 30 << 20 << 40 << true;
    QTest::newRow("all languages") << u"GetUniverseTypesTypeId"_s << false << true << 0 << -1 << 8 << 0 << false;
}

void TestParameterForm::estimate_saysRequestsAndTokens()
{
    QFETCH(QString, operationId);
    QFETCH(bool, allPages);
    QFETCH(bool, allLanguages);
    QFETCH(int, lastPages);
    QFETCH(int, tokensLeft);
    QFETCH(int, requests);
    QFETCH(int, tokens);
    QFETCH(bool, large);
    Esi::Core::CallOptions options;
    options.mode = allPages ? Esi::Core::CallMode::AllPages : Esi::Core::CallMode::SinglePage;
    options.allLanguages = allLanguages;
    const FetchEstimate estimate = FetchEstimate::of(*m_spec->operation(operationId), options,
                                                     lastPages > 0 ? std::optional<int>(lastPages) : std::nullopt,
                                                     tokensLeft >= 0 ? std::optional<int>(tokensLeft) : std::nullopt);
    QCOMPARE(estimate.requests, requests);
    QCOMPARE(estimate.tokens, tokens);
    QCOMPARE(estimate.isLarge(), large);
    QVERIFY(!estimate.text().isEmpty());
    if (large) {
        QVERIFY2(estimate.confirmation().contains(QString::number(requests)), qPrintable(estimate.confirmation()));
    }
}

void TestParameterForm::estimate_confirmationNamesPagesAndTheCap()
{
    Esi::Core::CallOptions options;
    options.mode = Esi::Core::CallMode::AllPages;
    const FetchEstimate estimate =
        FetchEstimate::of(*m_spec->operation(u"GetMarketsRegionIdOrders"_s), options, 320, std::nullopt, 2500);
    QVERIFY(estimate.isLarge());
    QCOMPARE(estimate.pages, 320);
    const QString text = estimate.confirmation();
    QVERIFY2(text.contains(u"320 pages"_s), qPrintable(text));
    QVERIFY2(text.contains(u"2,500 pages"_s) || text.contains(u"2500 pages"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Most pages per call"_s), qPrintable(text));
}

QTEST_MAIN(TestParameterForm)
#include "tst_parameterform.moc"
