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
#include <QTimer>
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

    // Runs `work`, cancelling every question it brings up; how many there were.
    static int questionsCancelledDuring(const std::function<void()> &work)
    {
        int questions = 0;
        QTimer canceller;
        canceller.setInterval(20);
        QObject::connect(&canceller, &QTimer::timeout, &canceller, [&questions] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                ++questions;
                box->button(QMessageBox::Cancel)->click();
            }
        });
        canceller.start();
        work();
        return questions;
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
            const qsizetype before = copy.size();
            action->trigger();
            QCOMPARE(copy.size(), before + 1);
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
            const qsizetype before = copy.size();
            action->trigger();
            QCOMPARE(copy.size(), before + 1);
            QCOMPARE(copy.last().at(0).value<Core::HistoryEntry>().operationId, u"GetStatus"_s);
            QCOMPARE(copy.last().at(1).value<Ui::CopyFormat>(), format);
            QCOMPARE(copy.last().at(2).toBool(), withToken);
        }
        QCOMPARE(copy.size(), copyActions().size());
        button->click(); // the button itself: curl, token redacted
        QCOMPARE(copy.size(), copyActions().size() + 1);
        QCOMPARE(copy.last().at(1).value<Ui::CopyFormat>(), Ui::CopyFormat::Curl);
        QCOMPARE(copy.last().at(2).toBool(), false);

        // One call at a time: with none or two selected, nothing is copied.
        auto *python = panel.findChild<QAction *>(u"historyPythonAction"_s);
        panel.table()->clearSelection();
        python->trigger();
        panel.table()->selectAll();
        QVERIFY(!button->isEnabled());
        python->trigger();
        QCOMPARE(copy.size(), copyActions().size() + 1);
    }

    void callOverLists_isNotCopied()
    {
        Ui::ExplorerServices services;
        services.tokens = &m_tokens;
        QWidget window;
        Ui::RequestCopier copier(services, &window);
        QSignalSpy problem(&copier, &Ui::RequestCopier::problem);
        Core::CallRequest call = request(u"GetCharactersCharacterIdSkills"_s, {}, 2112000001);
        QString error;
        QVERIFY(call.fanOut.addList(u"character_id"_s, {u"2112000001"_s, u"2112000002"_s}, &error));
        QApplication::clipboard()->setText(u"before"_s);
        const int before = m_tokens.requests;
        const int questions = questionsCancelledDuring([&] {
            for (const Ui::CopyFormat format : {Ui::CopyFormat::Curl, Ui::CopyFormat::Python}) {
                for (const bool withToken : {false, true}) {
                    copier.copy(call, format, withToken);
                }
            }
        });
        QCOMPARE(questions, 0);
        QCOMPARE(problem.size(), 4);
        QVERIFY2(problem.last().at(1).toString().contains(u"once per value"_s),
                 qPrintable(problem.last().at(1).toString()));
        QCOMPARE(QApplication::clipboard()->text(), u"before"_s);
        QCOMPARE(m_tokens.requests, before);
    }

    void anotherCharactersPath_getsNoToken_andNoQuestion()
    {
        Ui::ExplorerServices services;
        services.tokens = &m_tokens;
        QWidget window;
        Ui::RequestCopier copier(services, &window);
        QSignalSpy problem(&copier, &Ui::RequestCopier::problem);
        // The path names Bo, the token would be Ava's: refused before the confirmation, as the engine refuses it.
        const Core::CallRequest call =
            request(u"GetCharactersCharacterIdSkills"_s, {u"character_id=2112000002"_s}, 2112000001);
        const int before = m_tokens.requests;
        QCOMPARE(questionsCancelledDuring([&] { copier.copy(call, Ui::CopyFormat::Python, true); }), 0);
        QCOMPARE(problem.size(), 1);
        QVERIFY2(problem.first().at(1).toString().contains(u"2112000002"_s),
                 qPrintable(problem.first().at(1).toString()));
        QCOMPARE(m_tokens.requests, before);
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
