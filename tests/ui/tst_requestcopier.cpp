#include "core/http/tokenprovider.h"
#include "core/spec/spec.h"
#include "explorerharness.h"
#include "ui/history/historypanel.h"
#include "ui/run/requestcopier.h"
#include "ui/run/runpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

namespace {

// Hands out one token and counts how often it was asked.
class CountingTokens : public Core::TokenProvider
{
public:
    int requests = 0;

    void requestAccessToken(qint64, const QStringList &, const QUrl &,
                            std::function<void(const Core::TokenResult &)> done) override
    {
        ++requests;
        done(Core::TokenResult{u"token-for-ava"_s, QString()});
    }
};

} // namespace

// The Run panel's and the history's copy menu: the esi command, Python and JavaScript beside curl, each the engine's
// request; the token only after a confirmation and then through the secret clipboard.
class TestRequestCopier : public QObject
{
    Q_OBJECT

private:
    Core::SpecPtr m_spec;
    CountingTokens m_tokens;

    Core::CallRequest request(const QString &operationId, const QStringList &assignments, qint64 character = 0) const
    {
        Core::CallRequest call;
        call.spec = m_spec;
        call.operationId = operationId;
        QString problem;
        call.values.setAssignments(assignments, &problem);
        call.options.mode = Core::CallMode::AllPages;
        call.options.characterId = character;
        call.characterName = u"Ava Tester"_s;
        return call;
    }

    static QList<std::tuple<const char *, Ui::CopyFormat, bool>> copyActions()
    {
        return {{"CurlRedactedAction", Ui::CopyFormat::Curl, false},
                {"CurlWithTokenAction", Ui::CopyFormat::Curl, true},
                {"EsiCommandAction", Ui::CopyFormat::EsiCommand, false},
                {"PythonAction", Ui::CopyFormat::Python, false},
                {"PythonWithTokenAction", Ui::CopyFormat::Python, true},
                {"JavaScriptAction", Ui::CopyFormat::JavaScript, false},
                {"JavaScriptWithTokenAction", Ui::CopyFormat::JavaScript, true}};
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const auto loaded = Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
        QVERIFY(loaded);
        m_spec = loaded.spec;
    }

    void menu_offersEsiPythonAndJavaScriptBesideCurl()
    {
        Ui::RunPanel panel;
        QSignalSpy copy(&panel, &Ui::RunPanel::copyAsRequested);
        for (const auto &[name, format, withToken] : copyActions()) {
            auto *action = panel.findChild<QAction *>(u"copy"_s + QString::fromLatin1(name));
            QVERIFY2(action, name);
            action->trigger();
            QCOMPARE(copy.last().at(0).value<Ui::CopyFormat>(), format);
            QCOMPARE(copy.last().at(1).toBool(), withToken);
        }
        QCOMPARE(copy.size(), copyActions().size());
    }

    void historyMenu_offersTheSameFormats_forTheSelectedCall()
    {
        Ui::HistoryPanel panel(nullptr);
        Core::HistoryEntry older;
        older.id = 1;
        older.operationId = u"GetStatus"_s;
        Core::HistoryEntry newer;
        newer.id = 2;
        newer.operationId = u"GetCharactersCharacterIdSkills"_s;
        panel.record(older);
        panel.record(newer); // on top
        QSignalSpy copy(&panel, &Ui::HistoryPanel::copyAsRequested);
        auto *button = panel.findChild<QToolButton *>(u"historyCurl"_s);
        QVERIFY(button);
        QVERIFY(!button->isEnabled()); // nothing selected
        panel.table()->selectRow(1);
        QVERIFY(button->isEnabled());
        for (const auto &[name, format, withToken] : copyActions()) {
            auto *action = panel.findChild<QAction *>(u"history"_s + QString::fromLatin1(name));
            QVERIFY2(action, name);
            action->trigger();
            QCOMPARE(copy.last().at(0).value<Core::HistoryEntry>().operationId, u"GetStatus"_s);
            QCOMPARE(copy.last().at(1).value<Ui::CopyFormat>(), format);
            QCOMPARE(copy.last().at(2).toBool(), withToken);
        }
        QCOMPARE(copy.size(), copyActions().size());
        button->click(); // the button itself: curl, token redacted
        QCOMPARE(copy.last().at(1).value<Ui::CopyFormat>(), Ui::CopyFormat::Curl);
        QCOMPARE(copy.last().at(2).toBool(), false);
    }

    void python_withoutToken_isTheSnippetOnThePlainClipboard()
    {
        Ui::ExplorerServices services;
        Ui::RequestCopier copier(services, nullptr);
        QSignalSpy status(&copier, &Ui::RequestCopier::statusMessage);
        const Core::CallRequest call =
            request(u"GetCharactersCharacterIdSkills"_s, {u"character_id=2112000001"_s}, 2112000001);
        copier.copy(call, Ui::RequestCopier::Format::Python, false);
        const QString text = QApplication::clipboard()->text();
        QVERIFY2(text.contains(u"os.environ[\"ESI_TOKEN\"]"_s), qPrintable(text));
        QVERIFY(text.contains(u"/characters/2112000001/skills"_s));
        QCOMPARE(status.size(), 1);
        QVERIFY(status.first().first().toString().contains(u"ESI_TOKEN"_s));
    }

    void javascript_withToken_onlyAfterConfirming_andSecret()
    {
        Ui::ExplorerServices services;
        services.tokens = &m_tokens;
        QWidget window;
        Ui::RequestCopier copier(services, &window);
        const Core::CallRequest call =
            request(u"GetCharactersCharacterIdSkills"_s, {u"character_id=2112000001"_s}, 2112000001);
        QApplication::clipboard()->clear();
        onNextModal(this, [](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            box->button(QMessageBox::Cancel)->click();
        });
        copier.copy(call, Ui::RequestCopier::Format::JavaScript, true);
        QCOMPARE(m_tokens.requests, 0);
        QVERIFY(!QApplication::clipboard()->text().contains(u"token-for-ava"_s));

        onNextModal(this, [](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        copier.copy(call, Ui::RequestCopier::Format::JavaScript, true);
        QTRY_VERIFY(QApplication::clipboard()->text().contains(u"\"Authorization\": \"Bearer token-for-ava\""_s));
        QVERIFY(!QApplication::clipboard()->text().contains(u"process.env.ESI_TOKEN"_s));
        const QMimeData *copied = QApplication::clipboard()->mimeData();
        QVERIFY(copied);
        QCOMPARE(copied->data(u"x-kde-passwordManagerHint"_s), "secret"_ba);
    }

    void esiCommand_neverAsksForTheToken()
    {
        Ui::ExplorerServices services;
        services.tokens = &m_tokens;
        Ui::RequestCopier copier(services, nullptr);
        const int before = m_tokens.requests;
        copier.copy(request(u"GetMarketsRegionIdOrders"_s, {u"region_id=10000002"_s, u"order_type=all"_s}),
                    Ui::RequestCopier::Format::EsiCommand, true);
        QCOMPARE(m_tokens.requests, before);
        QVERIFY2(QApplication::clipboard()->text().startsWith(
                     u"esi call GetMarketsRegionIdOrders region_id=10000002 order_type=all --all-pages --compat "
                     "2026-07-21"_s),
                 qPrintable(QApplication::clipboard()->text()));
    }
};

QTEST_MAIN(TestRequestCopier)
#include "tst_requestcopier.moc"
