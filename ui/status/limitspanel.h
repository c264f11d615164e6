#pragma once

#include "core/http/errorlimittracker.h"
#include "core/http/ratelimittracker.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTableView;
class QTimer;

namespace Esi::Ui {

class RateLimitBucketModel;
class TokenUsageChart;

// The live limits dock: ESI's error limit with its reset countdown and the circuit breaker, every
// rate-limit bucket seen (group x character or public) refilling over its window, and a chart of use
// over time. It reads the trackers every application process shares, so spends by `esi` in a terminal
// show up here too.
class LimitsPanel : public QWidget
{
    Q_OBJECT

public:
    LimitsPanel(Core::RateLimitTracker *rateLimits, Core::ErrorLimitTracker *errorLimits, const Core::Clock &clock,
                QWidget *parent = nullptr);

    void setCharacterNames(const QHash<qint64, QString> &names);

    RateLimitBucketModel *bucketModel() const { return m_model; }

    TokenUsageChart *chart() const { return m_chart; }

    QString errorLimitText() const;
    QString circuitText() const;

    void tick(); // what the once-a-second timer does: countdowns, refills, chart

private:
    void handleBucketChanged(const Core::RateLimitBucket &bucket);
    void handleErrorLimitChanged(const Core::ErrorLimitState &state);
    void showErrorLimit();
    QString bucketLabel(const Core::RateLimitBucket &bucket) const;

    Core::RateLimitTracker *m_rateLimits;
    Core::ErrorLimitTracker *m_errorLimits;
    const Core::Clock &m_clock;
    Core::ErrorLimitState m_errorState;
    QHash<qint64, QString> m_names;

    QProgressBar *m_errorBar;
    QLabel *m_errorReset;
    QLabel *m_circuit;
    QTableView *m_table;
    RateLimitBucketModel *m_model;
    QLabel *m_emptyLabel;
    TokenUsageChart *m_chart;
    QTimer *m_ticker;
};

} // namespace Esi::Ui
