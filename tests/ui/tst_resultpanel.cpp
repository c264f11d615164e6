#include "core/clock.h"
#include "core/http/httpdate.h"
#include "ui/result/resultpanel.h"
#include "ui/result/resulttableview.h"
#include "ui/status/callstatusview.h"
#include "ui/widgets/messagebanner.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::CallOutcome;
using Esi::Core::PageResult;
using Esi::Core::ServedFrom;
using Esi::Ui::MessageBanner;
using Esi::Ui::ResultPanel;

// The result panel's reading of a call: served-from counts, the Expires countdown, validators,
// ESI's warnings and errors, and one tab per language.
class TestResultPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void status_countsHowPagesWereServed();
    void expires_countsDownWithTheClock();
    void warnings_areExplainedInABanner();
    void httpError_showsEsisMessage();
    void localizedRun_getsOneTabPerLanguage();
    void statusChips_getTheRoomTheyNeed();
    void rowHeader_isAsWideAsQtMeasuresIt();

private:
    PageResult page(int number, ServedFrom servedFrom, const QString &language = u"en"_s) const;
    std::shared_ptr<CallOutcome> outcome(const QList<PageResult> &pages) const;

    Esi::Core::ManualClock m_clock{QDateTime(QDate(2026, 8, 1), QTime(12, 0), Qt::UTC)};
};

void TestResultPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

PageResult TestResultPanel::page(int number, ServedFrom servedFrom, const QString &language) const
{
    PageResult result;
    result.language = language;
    result.page = number;
    result.status = 200;
    result.servedFrom = servedFrom;
    result.body = "[{\"name\":\"" + language.toUtf8() + "-" + QByteArray::number(number) + "\"}]";
    result.headers = {{"ETag", "\"v1\""},
                      {"Last-Modified", "Sat, 01 Aug 2026 11:00:00 GMT"},
                      {"X-Pages", "3"},
                      {"Expires", Esi::Core::HttpDate::format(m_clock.now().addSecs(300))}};
    return result;
}

std::shared_ptr<CallOutcome> TestResultPanel::outcome(const QList<PageResult> &pages) const
{
    auto result = std::make_shared<CallOutcome>();
    result->request.operationId = u"GetUniverseTypesTypeId"_s;
    result->result.pages = pages;
    result->result.statistics.requests = 2;
    result->data = Esi::Core::ResultData::fromPages(pages);
    result->startedAt = m_clock.now();
    result->finishedAt = m_clock.now().addMSecs(250);
    return result;
}

void TestResultPanel::status_countsHowPagesWereServed()
{
    ResultPanel panel(m_clock);
    panel.setOutcome(
        outcome({page(1, ServedFrom::Network), page(2, ServedFrom::Revalidated), page(3, ServedFrom::FreshHit)}));
    Esi::Ui::CallStatusView *status = panel.statusView();
    QCOMPARE(status->servedText(), u"network 1 \u00b7 revalidated (304) 1 \u00b7 fresh from cache 1"_s);
    QVERIFY2(status->summaryText().contains(u"200 OK"_s), qPrintable(status->summaryText()));
    QVERIFY(status->summaryText().contains(u"3 pages \u00b7 3 rows"_s));
    QVERIFY(panel.findChild<QLabel *>(u"statusEtagLabel"_s)->text().contains(u"v1"_s));
    QVERIFY(panel.findChild<QLabel *>(u"statusPagesLabel"_s)->text().contains(u"3"_s));
    QVERIFY(!panel.errorBanner()->isVisibleTo(&panel));
    QVERIFY(!panel.warningBanner()->isVisibleTo(&panel));
}

void TestResultPanel::expires_countsDownWithTheClock()
{
    ResultPanel panel(m_clock);
    panel.setOutcome(outcome({page(1, ServedFrom::Network)}));
    QCOMPARE(panel.statusView()->expiresText(), u"Expires in 5:00"_s);
    m_clock.advance(61 * 1000);
    QTRY_COMPARE(panel.statusView()->expiresText(), u"Expires in 3:59"_s);
    m_clock.advance(300 * 1000);
    QTRY_VERIFY2(panel.statusView()->expiresText().startsWith(u"Expired 1:01 ago"_s),
                 qPrintable(panel.statusView()->expiresText()));
    m_clock.set(QDateTime(QDate(2026, 8, 1), QTime(12, 0), Qt::UTC));
}

void TestResultPanel::warnings_areExplainedInABanner()
{
    ResultPanel panel(m_clock);
    panel.show();
    auto result = outcome({page(1, ServedFrom::Network)});
    result->result.warnings = {u"299 - \"This route is deprecated\""_s, u"199 - \"A new version is available\""_s};
    panel.setOutcome(result);
    MessageBanner *banner = panel.warningBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(banner->details().contains(u"Deprecated route (299)"_s), qPrintable(banner->details()));
    QVERIFY(banner->details().contains(u"Newer version of this route available (199)"_s));
    QVERIFY(!panel.errorBanner()->isVisible());
}

void TestResultPanel::httpError_showsEsisMessage()
{
    ResultPanel panel(m_clock);
    panel.show();
    auto result = outcome({});
    result->result.error = Esi::Core::CallError::Http;
    result->result.httpStatus = 404;
    result->result.message = u"Type not found"_s;
    panel.setOutcome(result);
    MessageBanner *banner = panel.errorBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY2(banner->title().contains(u"404"_s), qPrintable(banner->title()));
    QCOMPARE(banner->details(), u"Type not found"_s);
    QVERIFY(panel.statusView()->summaryText().contains(u"404 Not Found"_s));
    QVERIFY(!panel.findChild<QWidget *>(u"exportButton"_s)->isEnabled());
}

void TestResultPanel::localizedRun_getsOneTabPerLanguage()
{
    ResultPanel panel(m_clock);
    panel.show();
    panel.setOutcome(outcome({page(1, ServedFrom::Network, u"en"_s), page(1, ServedFrom::Network, u"de"_s)}));
    QTabBar *tabs = panel.languageTabs();
    QVERIFY(tabs->isVisible());
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), u"en \u00b7 English"_s);
    QCOMPARE(tabs->tabText(1), u"de \u00b7 Deutsch"_s);
    tabs->setCurrentIndex(1);
    QCOMPARE(panel.currentLanguage(), 1);
    panel.setOutcome(outcome({page(1, ServedFrom::Network)}));
    QVERIFY(!tabs->isVisible());
}

void TestResultPanel::statusChips_getTheRoomTheyNeed()
{
    ResultPanel panel(m_clock);
    panel.resize(800, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setOutcome(outcome({page(1, ServedFrom::Network), page(2, ServedFrom::Revalidated)}));
    for (const char *name : {"statusServedLabel", "statusExpiresLabel", "statusPagesLabel", "statusEtagLabel",
                             "statusLastModifiedLabel", "statusRequestsLabel"}) {
        auto *label = panel.findChild<QLabel *>(QLatin1StringView(name));
        QVERIFY(label->isVisible());
        QTRY_VERIFY2(
            label->width() >= label->sizeHint().width(),
            qPrintable(
                u"%1: %2 < %3"_s.arg(QLatin1StringView(name)).arg(label->width()).arg(label->sizeHint().width())));
    }
}

void TestResultPanel::rowHeader_isAsWideAsQtMeasuresIt()
{
    // The row header measures row numbers once per digit count; a plain header measuring every label
    // over the same rows must come out the same, sorted or not, for every count of digits.
    Esi::Ui::ResultTableView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.table();
    for (const int rows : {7, 10, 99, 100, 101, 1234, 20000}) {
        QJsonArray values;
        for (int i = 0; i < rows; ++i) {
            values.append(i * 7 % 1000);
        }
        view.setResult(Esi::Core::ResultData::fromRows(u"en"_s, values));
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            table->sortByColumn(0, order);
            QTRY_COMPARE(table->model()->rowCount(), rows);
            QHeaderView plain(Qt::Vertical);
            plain.setFont(table->verticalHeader()->font());
            plain.setModel(table->model());
            QCOMPARE(table->verticalHeader()->sizeHint(), plain.sizeHint());
        }
    }
}

QTEST_MAIN(TestResultPanel)
#include "tst_resultpanel.moc"
