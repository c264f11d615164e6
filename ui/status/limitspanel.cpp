#include "ui/status/limitspanel.h"

#include "ui/status/limitbardelegate.h"
#include "ui/status/ratelimitbucketmodel.h"
#include "ui/status/tokenusagechart.h"
#include "ui/widgets/humanformat.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

QPalette colored(QPalette palette, const QColor &color)
{
    palette.setColor(QPalette::WindowText, color);
    return palette;
}

} // namespace

LimitsPanel::LimitsPanel(Core::RateLimitTracker *rateLimits, Core::ErrorLimitTracker *errorLimits,
                         const Core::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_rateLimits(rateLimits)
    , m_errorLimits(errorLimits)
    , m_clock(clock)
    , m_errorBar(new QProgressBar(this))
    , m_errorReset(new QLabel(this))
    , m_circuit(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new RateLimitBucketModel(this))
    , m_emptyLabel(new QLabel(this))
    , m_chart(new TokenUsageChart(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(u"limitsPanel"_s);
    setAccessibleName(tr("ESI limits"));

    auto *errorBox = new QGroupBox(tr("Error limit"), this);
    errorBox->setObjectName(u"errorLimitBox"_s);
    errorBox->setAccessibleName(tr("Error limit"));
    errorBox->setToolTip(tr("Routes without a bucket share ESI's error limit: 100 error answers per window. "
                            "Once spent, ESI answers 420 to everything until the window resets."));
    m_errorBar->setObjectName(u"errorLimitBar"_s);
    m_errorBar->setAccessibleName(tr("Errors left"));
    m_errorBar->setRange(0, Core::ErrorLimitTracker::windowBudget);
    m_errorReset->setObjectName(u"errorLimitResetLabel"_s);
    m_errorReset->setAccessibleName(tr("Error limit reset"));
    m_circuit->setObjectName(u"circuitLabel"_s);
    m_circuit->setAccessibleName(tr("Circuit breaker"));
    m_circuit->setWordWrap(true);
    auto *errorLayout = new QVBoxLayout(errorBox);
    errorLayout->setSpacing(3);
    errorLayout->addWidget(m_errorBar);
    errorLayout->addWidget(m_errorReset);
    errorLayout->addWidget(m_circuit);

    auto *bucketBox = new QGroupBox(tr("Rate-limit buckets"), this);
    bucketBox->setObjectName(u"bucketBox"_s);
    bucketBox->setAccessibleName(tr("Rate-limit buckets"));
    m_table->setObjectName(u"bucketTable"_s);
    m_table->setAccessibleName(tr("Buckets"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(RateLimitBucketModel::TokensColumn, new LimitBarDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RateLimitBucketModel::TokensColumn, QHeaderView::Stretch);
    // Narrow dock: the window and the state live in tooltips (and a blocked bucket's bar says so).
    m_table->setColumnHidden(RateLimitBucketModel::WindowColumn, true);
    m_table->setColumnHidden(RateLimitBucketModel::StateColumn, true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_emptyLabel->setObjectName(u"bucketEmptyLabel"_s);
    m_emptyLabel->setAccessibleName(tr("No buckets"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *bucketLayout = new QVBoxLayout(bucketBox);
    bucketLayout->addWidget(m_emptyLabel);
    bucketLayout->addWidget(m_table, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(errorBox);
    layout->addWidget(bucketBox, 2);
    layout->addWidget(m_chart, 3);

    if (m_rateLimits) {
        m_model->setBuckets(m_rateLimits->buckets());
        connect(m_rateLimits, &Core::RateLimitTracker::bucketChanged, this, &LimitsPanel::handleBucketChanged);
        for (const Core::RateLimitBucket &bucket : m_model->buckets()) {
            m_chart->recordBucket(bucket, bucketLabel(bucket), m_clock.now());
        }
    }
    if (m_errorLimits) {
        m_errorState = m_errorLimits->state();
        connect(m_errorLimits, &Core::ErrorLimitTracker::stateChanged, this, &LimitsPanel::handleErrorLimitChanged);
        m_chart->recordErrorLimit(m_errorState, m_clock.now());
    }
    errorBox->setEnabled(m_errorLimits != nullptr);
    m_emptyLabel->setText(m_rateLimits ? tr("No bucket used yet. Routes with x-rate-limit appear here after their "
                                            "first call.")
                                       : tr("Limit tracking is off: the shared limit state could not be opened."));

    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &LimitsPanel::tick);
    m_ticker->start();
    tick();
}

void LimitsPanel::setCharacterNames(const QHash<qint64, QString> &names)
{
    m_names = names;
    m_model->setCharacterNames(names);
}

QString LimitsPanel::bucketLabel(const Core::RateLimitBucket &bucket) const
{
    if (bucket.characterId == 0) {
        return tr("%1 (public)").arg(bucket.group);
    }
    const QString name = m_names.value(bucket.characterId, QString::number(bucket.characterId));
    return tr("%1 (%2)").arg(bucket.group, name);
}

void LimitsPanel::handleBucketChanged(const Core::RateLimitBucket &bucket)
{
    m_model->updateBucket(bucket);
    m_chart->recordBucket(bucket, bucketLabel(bucket), m_clock.now());
    const bool any = m_model->rowCount() > 0;
    m_emptyLabel->setVisible(!any);
}

void LimitsPanel::handleErrorLimitChanged(const Core::ErrorLimitState &state)
{
    m_errorState = state;
    m_chart->recordErrorLimit(state, m_clock.now());
    showErrorLimit();
}

void LimitsPanel::tick()
{
    const QDateTime now = m_clock.now();
    m_model->setNow(now);
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
    m_chart->advanceTo(now);
    showErrorLimit();
}

void LimitsPanel::showErrorLimit()
{
    const QDateTime now = m_clock.now();
    const bool windowKnown = m_errorState.resetAt.isValid() && m_errorState.resetAt > now;
    // After the reset time the full budget is assumed until ESI says otherwise.
    const int remain =
        windowKnown || m_errorState.circuitOpen ? m_errorState.remain : Core::ErrorLimitTracker::windowBudget;
    m_errorBar->setValue(qBound(0, remain, Core::ErrorLimitTracker::windowBudget));
    m_errorBar->setFormat(errorLimitText());
    m_errorReset->setText(windowKnown
                              ? tr("Window resets in %1").arg(HumanFormat::countdown(now.msecsTo(m_errorState.resetAt)))
                              : tr("No errors counted in the current window"));
    m_circuit->setText(circuitText());
    const bool open = m_errorState.circuitOpen && windowKnown;
    const bool holding = m_errorLimits && m_errorLimits->delayBeforeSend() > 0;
    m_circuit->setPalette(colored(palette(), open      ? QColor(0xd0, 0x39, 0x3e)
                                             : holding ? QColor(0xb0, 0x6a, 0x00)
                                                       : QColor(0x2e, 0x9d, 0x4f)));
}

QString LimitsPanel::errorLimitText() const
{
    const QDateTime now = m_clock.now();
    const bool windowKnown = m_errorState.resetAt.isValid() && m_errorState.resetAt > now;
    const int remain =
        windowKnown || m_errorState.circuitOpen ? m_errorState.remain : Core::ErrorLimitTracker::windowBudget;
    return tr("%1 of %2 errors left").arg(remain).arg(Core::ErrorLimitTracker::windowBudget);
}

QString LimitsPanel::circuitText() const
{
    if (!m_errorLimits) {
        return tr("Circuit breaker unavailable");
    }
    const qint64 wait = m_errorLimits->delayBeforeSend();
    if (m_errorState.circuitOpen && wait > 0) {
        return tr("Circuit open after a 420: nothing is sent for %1").arg(HumanFormat::countdown(wait));
    }
    if (wait > 0) {
        return tr("Holding back: only %1 errors left, under the safety margin of %2; sending resumes in %3")
            .arg(m_errorState.remain)
            .arg(m_errorLimits->safetyMargin())
            .arg(HumanFormat::countdown(wait));
    }
    return tr("Circuit closed: requests flow");
}

} // namespace Esi::Ui
