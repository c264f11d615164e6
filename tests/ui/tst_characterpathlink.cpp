// The explorer keeps the character picker and character_id saying the same, by esi's rule: picking fills
// the field, typing switches the picker or shows esi's refusal on the field with Run disabled, and a
// history entry's character_id wins over its recorded character.
#include "core/auth/tokenrecord.h"
#include "ui/run/characterpicker.h"
#include "ui/run/parameterform.h"
#include "ui/run/runpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

namespace {

constexpr qint64 pilot = 2112000001;
constexpr qint64 trader = 2112000002;
constexpr qint64 director = 2112000003;
const QString wallet = u"esi-wallet.read_character_wallet.v1"_s;

Core::TokenRecord record(qint64 id, const QString &name, const QStringList &scopes)
{
    Core::TokenRecord token;
    token.characterId = id;
    token.characterName = name;
    token.scopes = scopes;
    return token;
}

} // namespace

class TestCharacterPathLink : public QObject
{
    Q_OBJECT

private:
    Core::SpecPtr m_spec;
    std::unique_ptr<Ui::RunPanel> m_panel;

    QLineEdit *characterField() const { return m_panel->findChild<QLineEdit *>(u"input_character_id"_s); }

    QString characterMessage() const
    {
        auto *label = m_panel->findChild<QLabel *>(u"message_character_id"_s);
        return label && label->isVisibleTo(m_panel.get()) ? label->text() : QString();
    }

    bool runEnabled() const { return m_panel->findChild<QPushButton *>(u"runButton"_s)->isEnabled(); }

    void type(const QString &text)
    {
        QLineEdit *field = characterField();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClicks(field, text);
    }

    // The user picks `characterId` in the combo box.
    void pick(qint64 characterId)
    {
        auto *combo = m_panel->findChild<QComboBox *>(u"characterCombo"_s);
        const int index = combo->findData(characterId);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const Core::SpecLoadResult loaded =
            Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
        QVERIFY2(loaded, qPrintable(loaded.error.toString()));
        m_spec = loaded.spec;
    }

    void init()
    {
        m_panel = std::make_unique<Ui::RunPanel>();
        const QList<Core::TokenRecord> tokens{record(pilot, u"Sandbox Pilot"_s, {wallet}),
                                              record(trader, u"Sandbox Trader"_s, {wallet})};
        m_panel->characterPicker()->setCharacters(Ui::CharacterChoice::fromRecords(tokens));
        m_panel->setTokens(tokens);
        m_panel->setOperation(m_spec, int(m_spec->indexOf(u"GetCharactersCharacterIdWallet"_s)));
        m_panel->show();
        QVERIFY(characterField());
    }

    void cleanup() { m_panel.reset(); }

    void newOperation_takesThePickersCharacterIntoAnEmptyField()
    {
        QCOMPARE(characterField()->text(), QString::number(m_panel->characterPicker()->currentCharacterId()));
        QVERIFY(runEnabled());
    }

    void pickingACharacter_fillsCharacterId()
    {
        pick(trader);
        QCOMPARE(characterField()->text(), QString::number(trader));
        pick(pilot);
        QCOMPARE(characterField()->text(), QString::number(pilot));
        QCOMPARE(m_panel->options().characterId, pilot);
        QVERIFY(runEnabled());
    }

    void typingASignedInCharacter_switchesThePicker()
    {
        pick(pilot);
        type(QString::number(trader));
        QTRY_COMPARE(m_panel->characterPicker()->currentCharacterId(), trader);
        QCOMPARE(m_panel->request().options.characterId, trader);
        QCOMPARE(m_panel->request().values.value(u"character_id"), QString::number(trader));
        QVERIFY(characterMessage().isEmpty() || !characterMessage().contains(u"not signed in"_s));
        QVERIFY(runEnabled());
    }

    void typingACharacterNotSignedIn_showsEsisRefusalAndDisablesRun()
    {
        type(QString::number(director));
        QTRY_VERIFY(!runEnabled());
        const QString message = characterMessage();
        QVERIFY2(message.contains(u"character %1 of the path is not signed in"_s.arg(director)), qPrintable(message));
        QVERIFY2(message.contains(u"esi login --character %1 --scopes %2"_s.arg(director).arg(wallet)),
                 qPrintable(message));
        QVERIFY(!m_panel->form()->validate(true).isEmpty()); // Ctrl+Return is refused too
        type(QString::number(trader));                       // fixed: Run comes back
        QTRY_VERIFY(runEnabled());
        QVERIFY(m_panel->characterProblem().isEmpty());
    }

    void historyValues_keepThePairing()
    {
        // An entry that recorded the pilot's token for the trader's path: the path wins.
        Core::ParameterValues values;
        values.set(u"character_id"_s, QString::number(trader));
        m_panel->form()->setValues(values);
        Core::CallOptions options;
        options.characterId = pilot;
        m_panel->setOptions(options);
        QCOMPARE(m_panel->characterPicker()->currentCharacterId(), trader);
        QCOMPARE(m_panel->request().options.characterId, trader);
    }
};

QTEST_MAIN(TestCharacterPathLink)
#include "tst_characterpathlink.moc"
