#include "tests/chart/chartfixtures.h"
#include "ui/chart/chartpanel.h"
#include "ui/chart/chartplot.h"
#include "ui/chart/charttime.h"
#include "ui/result/resultpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using Esi::Ui::ChartPanel;
using Esi::Ui::ChartPlot;
using Esi::Ui::ResultPanel;

// The result panel's Chart tab over a real market history answered by esi-sandbox: what it draws by default,
// when it is closed and why, hover values, PNG and SVG export, a streaming result that grows, and a screenshot.
class TestChartTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void marketHistory_drawsTheAverageOverTheDate();
    void sandboxMarketHistory_isPlausible();
    void volume_getsItsOwnAxis();
    void resultWithoutTimes_closesTheTabAndSaysWhy();
    void hover_showsTheValuesAtThatDay();
    void export_writesPrivatePngAndSvg();
    void export_intoAMissingFolder_failsAndWritesNothing();
    void streamingResult_growsTheChart();
    void screenshot_ofTheChartTab();

private:
    int chartTab() const { return m_panel->tabs()->indexOf(m_panel->chartPanel()); }

    ChartPanel *chart() const { return m_panel->chartPanel(); }

    QList<QLineSeries *> drawnSeries() const { return chart()->plot()->lineSeries(); }

    void showMarketHistory();

    Esi::Core::SpecPtr m_spec;
    Esi::Core::CallOutcomePtr m_history;
    Esi::Core::SystemClock m_clock; // the sandbox answers by the system clock: Expires reads true
    std::unique_ptr<ResultPanel> m_panel;
};

void TestChartTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_spec = loadChartSpec();
    QVERIFY2(m_spec, qPrintable(chartSpecFile));
    QString error;
    m_history = marketHistoryOutcome(m_spec, &error);
    QVERIFY2(m_history, qPrintable(error));
}

void TestChartTab::init()
{
    m_panel = std::make_unique<ResultPanel>(m_clock);
    m_panel->resize(1200, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestChartTab::cleanup()
{
    m_panel.reset();
}

void TestChartTab::showMarketHistory()
{
    m_panel->showRunning(m_history->request);
    m_panel->setOutcome(m_history);
    m_panel->tabs()->setCurrentIndex(chartTab());
    QTRY_VERIFY(!drawnSeries().isEmpty() && !chart()->isBuilding());
}

void TestChartTab::marketHistory_drawsTheAverageOverTheDate()
{
    showMarketHistory();
    QVERIFY(m_panel->tabs()->isTabEnabled(chartTab()));
    QCOMPARE(m_panel->tabs()->currentIndex(), chartTab());
    QCOMPARE(chart()->xColumnBox()->currentText(), u"date"_s);
    QStringList checked;
    for (int i = 0; i < chart()->valueList()->count(); ++i) {
        if (chart()->valueList()->item(i)->checkState() == Qt::Checked) {
            checked.append(chart()->valueList()->item(i)->text());
        }
    }
    QCOMPARE(checked, QStringList{u"average"_s});
    QCOMPARE(drawnSeries().size(), 1);
    const QLineSeries *average = drawnSeries().first();
    QCOMPARE(average->name(), u"average"_s);
    // 400 days fit the plot's pixel columns: every day is a point, at its date, with its average.
    const Esi::Core::ResultData &rows = *m_history->data;
    QCOMPARE(average->count(), rows.rowCount(0));
    const QList<QPointF> points = average->points();
    const int dateColumn = rows.columnIndex(u"date");
    const int averageColumn = rows.columnIndex(u"average");
    for (qsizetype row = 0; row < rows.rowCount(0); ++row) {
        QCOMPARE(points.at(row).x(), double(*Esi::Ui::ChartTime::parse(rows.text(0, row, dateColumn))));
        QCOMPARE(points.at(row).y(), rows.cell(0, row, averageColumn).toDouble());
    }
    QVERIFY(!chart()->plot()->rightAxis()->isVisible());
}

void TestChartTab::sandboxMarketHistory_isPlausible()
{
    const Esi::Core::ResultData &rows = *m_history->data;
    QCOMPARE(rows.rowCount(0), 400);
    const int date = rows.columnIndex(u"date");
    const int average = rows.columnIndex(u"average");
    const int highest = rows.columnIndex(u"highest");
    const int lowest = rows.columnIndex(u"lowest");
    const int volume = rows.columnIndex(u"volume");
    const int orders = rows.columnIndex(u"order_count");
    QDate previous;
    for (qsizetype row = 0; row < rows.rowCount(0); ++row) {
        const QDate day = QDate::fromString(rows.text(0, row, date), Qt::ISODate);
        QVERIFY(day.isValid());
        QVERIFY(!previous.isValid() || previous.daysTo(day) == 1); // one entry a day, oldest first
        previous = day;
        const double mean = rows.cell(0, row, average).toDouble();
        QVERIFY(mean > 0);
        QVERIFY(rows.cell(0, row, lowest).toDouble() <= mean);
        QVERIFY(rows.cell(0, row, highest).toDouble() >= mean);
        QVERIFY(rows.cell(0, row, volume).toDouble() >= rows.cell(0, row, orders).toDouble());
        QVERIFY(rows.cell(0, row, orders).toDouble() >= 1);
    }
    QVERIFY(previous < QDate::currentDate().addDays(1)); // up to yesterday, like ESI
}

void TestChartTab::volume_getsItsOwnAxis()
{
    showMarketHistory();
    const QList<QListWidgetItem *> volume = chart()->valueList()->findItems(u"volume"_s, Qt::MatchExactly);
    QCOMPARE(volume.size(), 1);
    volume.first()->setCheckState(Qt::Checked);
    QTRY_COMPARE(drawnSeries().size(), 2);
    QCOMPARE(drawnSeries().at(1)->name(), u"volume"_s);
    // Tritanium trades millions a day at a few ISK: on one axis the average would be a flat line.
    QVERIFY(drawnSeries().at(1)->attachedAxes().contains(chart()->plot()->rightAxis()));
    QVERIFY(drawnSeries().at(0)->attachedAxes().contains(chart()->plot()->leftAxis()));
    QVERIFY(chart()->plot()->rightAxis()->isVisible());
    volume.first()->setCheckState(Qt::Unchecked);
    QTRY_COMPARE(drawnSeries().size(), 1);
    QVERIFY(!chart()->plot()->rightAxis()->isVisible());
}

void TestChartTab::resultWithoutTimes_closesTheTabAndSaysWhy()
{
    showMarketHistory();
    auto outcome = std::make_shared<Esi::Core::CallOutcome>();
    outcome->request.spec = m_spec;
    outcome->request.operationId = u"GetUniverseTypes"_s;
    outcome->data = rowsOf(typeIdRows);
    m_panel->setOutcome(outcome);
    QVERIFY(!m_panel->tabs()->isTabEnabled(chartTab()));
    QVERIFY(m_panel->tabs()->currentIndex() != chartTab()); // Qt moves off a tab that closes
    const QString reason = u"No chart: the result has no date or date-time column."_s;
    QCOMPARE(m_panel->tabs()->tabToolTip(chartTab()), reason);
    QCOMPARE(chart()->reasonLabel()->text(), reason);

    outcome = std::make_shared<Esi::Core::CallOutcome>();
    outcome->data = rowsOf(onlyIdRows);
    m_panel->setOutcome(outcome);
    QVERIFY(!m_panel->tabs()->isTabEnabled(chartTab()));
    QCOMPARE(m_panel->tabs()->tabToolTip(chartTab()),
             u"No chart: the result has no numeric column (IDs do not count)."_s);

    m_panel->setOutcome(nullptr);
    QCOMPARE(m_panel->tabs()->tabToolTip(chartTab()), u"No chart: the result has no rows."_s);

    m_panel->setOutcome(m_history);
    QVERIFY(m_panel->tabs()->isTabEnabled(chartTab()));
    QVERIFY(m_panel->tabs()->tabToolTip(chartTab()).isEmpty());
}

void TestChartTab::hover_showsTheValuesAtThatDay()
{
    showMarketHistory();
    const Esi::Core::ResultData &rows = *m_history->data;
    const qsizetype row = 123;
    const double x = double(*Esi::Ui::ChartTime::parse(rows.text(0, row, rows.columnIndex(u"date"))));
    const QString expected = u"date: %1\naverage: %2"_s.arg(rows.text(0, row, rows.columnIndex(u"date")),
                                                            rows.text(0, row, rows.columnIndex(u"average")));
    QCOMPARE(chart()->hoverTextAt(x + 3600000.0), expected); // the nearest day
    ChartPlot *plot = chart()->plot();
    const QPoint at = plot->viewportPosition(x);
    QMouseEvent move(QEvent::MouseMove, QPointF(at), plot->viewport()->mapToGlobal(QPointF(at)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(plot->viewport(), &move);
    QCOMPARE(plot->hoverText(), expected);
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(plot, &leave);
    QVERIFY(plot->hoverText().isEmpty());
}

void TestChartTab::export_writesPrivatePngAndSvg()
{
    showMarketHistory();
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString png = folder.filePath(u"history.png"_s);
    QCOMPARE(chart()->savePng(png), QString());
    QFile pngFile(png);
    QVERIFY(pngFile.open(QIODevice::ReadOnly));
    QCOMPARE(pngFile.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    QCOMPARE(pngFile.permissions() & 0x7777, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);

    const QString svg = folder.filePath(u"history.svg"_s);
    QCOMPARE(chart()->saveSvg(svg), QString());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QCOMPARE(svgFile.permissions() & 0x7777, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    QXmlStreamReader xml(&svgFile);
    QString root;
    int paths = 0;
    QString title;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            root = root.isEmpty() ? xml.name().toString() : root;
            paths += xml.name() == u"path" || xml.name() == u"polyline" ? 1 : 0;
            if (xml.name() == u"title") {
                title = xml.readElementText();
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, u"svg"_s);
    QCOMPARE(title, u"GetMarketsRegionIdHistory"_s);
    QVERIFY(paths > 0); // the line is drawn as vectors
}

void TestChartTab::export_intoAMissingFolder_failsAndWritesNothing()
{
    showMarketHistory();
    QTemporaryDir folder;
    const QString path = folder.filePath(u"missing/chart.png"_s);
    const QString error = chart()->savePng(path);
    QVERIFY(error.startsWith(u"Could not write "_s));
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

void TestChartTab::streamingResult_growsTheChart()
{
    // The history arrives as two pages of one stream, the way CallRunner hands the panel its snapshots.
    const Esi::Core::ResultData &all = *m_history->data;
    QJsonArray first;
    QJsonArray second;
    for (qsizetype row = 0; row < all.rowCount(0); ++row) {
        (row < 150 ? first : second).append(all.row(0, row));
    }
    const Esi::Core::ResultDataPtr part =
        Esi::Core::ResultData::empty()->withChunk(Esi::Core::ResultChunk::fromRows(u"en"_s, 1, first));
    m_panel->showRunning(m_history->request);
    m_panel->showRows(part);
    QVERIFY(m_panel->tabs()->isTabEnabled(chartTab()));
    QCOMPARE(chart()->samples().rowsRead(), 0); // while the Table tab shows, the chart reads nothing
    m_panel->tabs()->setCurrentIndex(chartTab());
    QTRY_VERIFY(!drawnSeries().isEmpty() && drawnSeries().first()->count() == 150);
    m_panel->showRows(part->withChunk(Esi::Core::ResultChunk::fromRows(u"en"_s, 2, second)));
    QTRY_COMPARE(drawnSeries().first()->count(), 400);
    QCOMPARE(chart()->samples().rowsRead(), 400);
}

void TestChartTab::screenshot_ofTheChartTab()
{
    showMarketHistory();
    chart()->valueList()->findItems(u"highest"_s, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    chart()->valueList()->findItems(u"lowest"_s, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    chart()->valueList()->findItems(u"volume"_s, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    QTRY_VERIFY(drawnSeries().size() == 4 && !chart()->isBuilding());
    QCoreApplication::processEvents(); // the legend places its markers on a posted layout request
    const Esi::Core::ResultData &rows = *m_history->data;
    const qsizetype row = 300;
    const double x = double(*Esi::Ui::ChartTime::parse(rows.text(0, row, rows.columnIndex(u"date"))));
    chart()->plot()->showHover(x, chart()->hoverTextAt(x));
    QVERIFY(QDir().mkpath(QStringLiteral(ESI_BINARY_DIR "/screenshots")));
    const QString path = QStringLiteral(ESI_BINARY_DIR "/screenshots/chart-tab-market-history.png");
    QVERIFY(m_panel->grab().save(path));
    qInfo("Chart tab screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestChartTab)
#include "tst_charttab.moc"
