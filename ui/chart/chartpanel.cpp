#include "ui/chart/chartpanel.h"

#include "ui/chart/chartdecimation.h"
#include "ui/chart/chartexport.h"
#include "ui/chart/chartplot.h"
#include "ui/chart/charttime.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr double separateScale = 20.0; // lines whose sizes differ more than this get the right axis

double magnitudeOf(const QList<QPointF> &points)
{
    double magnitude = 0.0;
    for (const QPointF &point : points) {
        magnitude = std::max(magnitude, std::abs(point.y()));
    }
    return magnitude;
}

} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_watcher(new QFutureWatcher<ChartSamples>(this))
    , m_refresh(new QTimer(this))
    , m_resize(new QTimer(this))
    , m_xBox(new QComboBox(this))
    , m_values(new QListWidget(this))
    , m_png(new QPushButton(tr("Save &PNG\u2026"), this))
    , m_svg(new QPushButton(tr("Save SVG\u2026"), this))
    , m_reason(new QLabel(this))
    , m_controls(new QWidget(this))
    , m_plot(new ChartPlot(this))
{
    setObjectName(u"chartPanel"_s);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(RefreshMs);
    m_resize->setSingleShot(true);
    m_resize->setInterval(60);
    connect(m_refresh, &QTimer::timeout, this, [this] { refresh(false); });
    connect(m_resize, &QTimer::timeout, this, &ChartPanel::redraw);
    connect(m_watcher, &QFutureWatcher<ChartSamples>::finished, this, &ChartPanel::handleBuilt);
    connect(m_plot, &ChartPlot::resized, m_resize, qOverload<>(&QTimer::start));
    connect(m_plot, &ChartPlot::hovered, this, &ChartPanel::handleHover);

    m_xBox->setObjectName(u"chartXColumn"_s);
    m_xBox->setAccessibleName(tr("Time column"));
    connect(m_xBox, &QComboBox::currentIndexChanged, this, &ChartPanel::startBuild);
    m_values->setObjectName(u"chartValueColumns"_s);
    m_values->setAccessibleName(tr("Value columns to draw"));
    m_values->setToolTip(tr("Check the columns to draw as lines"));
    connect(m_values, &QListWidget::itemChanged, this, &ChartPanel::redraw);
    m_png->setObjectName(u"chartSavePng"_s);
    m_png->setToolTip(tr("Save the chart as a PNG image"));
    m_png->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    connect(m_png, &QPushButton::clicked, this, [this] { exportWith(false); });
    m_svg->setObjectName(u"chartSaveSvg"_s);
    m_svg->setToolTip(tr("Save the chart as an SVG drawing"));
    m_svg->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    connect(m_svg, &QPushButton::clicked, this, [this] { exportWith(true); });
    m_reason->setObjectName(u"chartReason"_s);
    m_reason->setWordWrap(true);
    m_reason->setAlignment(Qt::AlignCenter);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto *xLabel = new QLabel(tr("Time a&xis:"), m_controls);
    xLabel->setBuddy(m_xBox);
    auto *valuesLabel = new QLabel(tr("Li&nes:"), m_controls);
    valuesLabel->setBuddy(m_values);
    form->addRow(xLabel, m_xBox);
    form->addRow(valuesLabel, m_values);
    auto *side = new QVBoxLayout(m_controls);
    side->setContentsMargins(0, 0, 0, 0);
    side->addLayout(form, 1);
    side->addWidget(m_png);
    side->addWidget(m_svg);
    m_controls->setMaximumWidth(220);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_controls);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_reason, 1);
    refresh(true);
}

void ChartPanel::setOperation(const Core::SpecPtr &spec, const QString &operationId)
{
    m_spec = spec;
    m_operationId = operationId;
}

void ChartPanel::setRows(const Core::ResultDataPtr &rows)
{
    const bool sameStream = rows && m_rows && rows->streamId() == m_rows->streamId();
    m_rows = rows;
    if (!sameStream) {
        m_language = 0;
        refresh(true);
    } else if (!m_refresh->isActive()) {
        m_refresh->start(); // a streaming result grows page by page: read it again a little later, once
    }
}

void ChartPanel::setLanguage(int language)
{
    m_language = std::max(0, language);
    refresh(true);
}

void ChartPanel::refresh(bool resetChoice)
{
    m_refresh->stop();
    const Core::Operation *operation = m_spec ? m_spec->operation(m_operationId) : nullptr;
    ChartColumnChoice choice;
    if (m_rows) {
        choice = ChartColumns::of(*m_rows, m_language, m_spec.get(), operation);
    } else {
        choice.unavailable = ChartColumns::tr("No chart: the result has no rows.");
    }
    const bool wasAvailable = m_choice.isAvailable();
    const QString oldReason = m_choice.unavailable;
    fillColumnWidgets(choice, resetChoice);
    m_choice = choice;
    m_reason->setText(choice.unavailable);
    m_reason->setVisible(!choice.isAvailable());
    m_plot->setVisible(choice.isAvailable());
    m_controls->setEnabled(choice.isAvailable());
    if (wasAvailable != choice.isAvailable() || oldReason != choice.unavailable) {
        Q_EMIT availabilityChanged(choice.isAvailable(), choice.unavailable);
    }
    if (choice.isAvailable()) {
        startBuild();
    } else {
        m_stale = false;
        m_samples = ChartSamples();
        m_plot->setLines({}, true);
    }
}

void ChartPanel::fillColumnWidgets(const ChartColumnChoice &choice, bool resetChoice)
{
    if (!resetChoice && choice.times == m_choice.times && choice.numbers == m_choice.numbers) {
        return;
    }
    const int keptX = resetChoice ? -1 : currentX();
    const QList<int> keptY = resetChoice ? QList<int>() : checkedColumns();
    const QSignalBlocker xBlocker(m_xBox);
    const QSignalBlocker valuesBlocker(m_values);
    m_xBox->clear();
    m_values->clear();
    if (!m_rows) {
        return;
    }
    const QList<Core::ResultData::Column> &columns = m_rows->columns();
    for (int column : choice.times) {
        m_xBox->addItem(columns.at(column).name, column);
    }
    const int x = choice.times.contains(keptX) ? keptX : choice.defaultX;
    m_xBox->setCurrentIndex(std::max(0, m_xBox->findData(x)));
    const bool keep = !keptY.isEmpty();
    for (int column : choice.numbers) {
        auto *item = new QListWidgetItem(columns.at(column).name, m_values);
        item->setData(Qt::UserRole, column);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const bool checked = keep ? keptY.contains(column) : column == choice.defaultY;
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

int ChartPanel::currentX() const
{
    return m_xBox->currentIndex() < 0 ? -1 : m_xBox->currentData().toInt();
}

QList<int> ChartPanel::checkedColumns() const
{
    QList<int> columns;
    for (int i = 0; i < m_values->count(); ++i) {
        if (m_values->item(i)->checkState() == Qt::Checked) {
            columns.append(m_values->item(i)->data(Qt::UserRole).toInt());
        }
    }
    return columns;
}

void ChartPanel::startBuild()
{
    if (!m_rows || !m_choice.isAvailable() || currentX() < 0) {
        return;
    }
    if (!isVisible()) {
        m_stale = true; // a result nobody looks at as a chart costs no reading
        return;
    }
    if (m_watcher->isRunning()) {
        m_buildAgain = true; // once this one is done
        return;
    }
    m_buildAgain = false;
    m_stale = false;
    m_watcher->setFuture(
        QtConcurrent::run([rows = m_rows, language = m_language, x = currentX(), ys = m_choice.numbers,
                           previous = m_samples] { return ChartSamples::build(rows, language, x, ys, &previous); }));
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        startBuild();
    }
}

void ChartPanel::handleBuilt()
{
    m_samples = m_watcher->result();
    if (m_buildAgain) {
        startBuild();
        return;
    }
    redraw();
}

void ChartPanel::redraw()
{
    if (!m_choice.isAvailable() || !m_samples.data()) {
        return;
    }
    QList<ChartPlot::Line> lines;
    double reference = 0.0;
    for (int column : checkedColumns()) {
        const int series = int(m_samples.yColumns().indexOf(column));
        if (series < 0) {
            continue;
        }
        ChartPlot::Line line;
        line.name = m_samples.data()->columns().at(column).name;
        line.points = ChartDecimation::minMaxPerPixel(m_samples, series, m_plot->plotWidth());
        const double magnitude = magnitudeOf(line.points);
        if (lines.isEmpty()) {
            reference = magnitude;
        } else if (reference > 0.0 && magnitude > 0.0) {
            const double ratio = magnitude / reference;
            line.rightAxis = ratio > separateScale || ratio < 1.0 / separateScale;
        }
        lines.append(line);
    }
    bool dateOnly = true;
    if (m_samples.size() > 0) {
        dateOnly =
            ChartTime::isDateOnly(m_samples.data()->text(m_samples.language(), m_samples.row(0), m_samples.xColumn()));
    }
    m_plot->setLines(lines, dateOnly);
    Q_EMIT drawn();
}

QString ChartPanel::hoverTextAt(double x) const
{
    const qsizetype point = m_samples.nearest(x);
    if (point < 0) {
        return {};
    }
    const Core::ResultData &result = *m_samples.data();
    const qsizetype row = m_samples.row(point);
    const int language = m_samples.language();
    QStringList parts{result.columns().at(m_samples.xColumn()).name + u": "_s +
                      result.text(language, row, m_samples.xColumn())};
    for (int column : checkedColumns()) {
        parts.append(result.columns().at(column).name + u": "_s + result.text(language, row, column));
    }
    return parts.join(u'\n');
}

void ChartPanel::handleHover(double x)
{
    const qsizetype point = m_samples.nearest(x);
    if (point < 0) {
        m_plot->hideHover();
        return;
    }
    m_plot->showHover(m_samples.x(point), hoverTextAt(x));
}

QString ChartPanel::savePng(const QString &path)
{
    return ChartExport::savePng(m_plot, path);
}

QString ChartPanel::saveSvg(const QString &path)
{
    return ChartExport::saveSvg(m_plot, path, m_operationId);
}

void ChartPanel::exportWith(bool svg)
{
    const QString suggested =
        QDir::home().filePath((m_operationId.isEmpty() ? u"chart"_s : m_operationId) + (svg ? u".svg"_s : u".png"_s));
    const QString path =
        svg ? QFileDialog::getSaveFileName(this, tr("Save Chart as SVG"), suggested, tr("SVG drawings (*.svg)"))
            : QFileDialog::getSaveFileName(this, tr("Save Chart as PNG"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    const QString error = svg ? saveSvg(path) : savePng(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Chart Not Saved"), error);
    }
}

} // namespace Esi::Ui
