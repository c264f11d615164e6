#include "ui/result/resultpanel.h"

#include "ui/chart/chartpanel.h"
#include "ui/names/jsonnamehints.h"
#include "ui/names/namecolumnsmodel.h"
#include "ui/names/resultnamer.h"
#include "ui/result/fanoutfailuresview.h"
#include "ui/result/jsontreemodel.h"
#include "ui/result/rawresponseview.h"
#include "ui/result/responseheadersview.h"
#include "ui/result/resulttablemodel.h"
#include "ui/result/resulttableview.h"
#include "ui/status/callstatusview.h"
#include "ui/widgets/messagebanner.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

ResultPanel::ResultPanel(const Core::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_errorBanner(new MessageBanner(this))
    , m_warningBanner(new MessageBanner(this))
    , m_failures(new FanOutFailuresView(this))
    , m_status(new CallStatusView(clock, this))
    , m_languages(new QTabBar(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new ResultTableView(m_tabs))
    , m_jsonModel(new JsonTreeModel(this))
    , m_jsonHints(
          new JsonNameHints(JsonTreeModel::KeyColumn, JsonTreeModel::ValueColumn, JsonTreeModel::JsonValueRole, this))
    , m_jsonView(new QTreeView(m_tabs))
    , m_raw(new RawResponseView(m_tabs))
    , m_headers(new ResponseHeadersView(m_tabs))
    , m_export(new QPushButton(tr("Export\u2026"), this))
{
    setObjectName(u"resultPanel"_s);
    setAccessibleName(tr("Result"));

    m_errorBanner->setObjectName(u"resultErrorBanner"_s);
    m_errorBanner->setAccessibleName(tr("Call error"));
    m_warningBanner->setObjectName(u"resultWarningBanner"_s);
    m_warningBanner->setAccessibleName(tr("ESI warnings"));

    m_languages->setObjectName(u"languageTabs"_s);
    m_languages->setAccessibleName(tr("Result language"));
    m_languages->setDocumentMode(true);
    m_languages->setExpanding(false);
    m_languages->hide();
    connect(m_languages, &QTabBar::currentChanged, this, &ResultPanel::showLanguage);

    m_jsonView->setObjectName(u"resultJsonTree"_s);
    m_jsonView->setAccessibleName(tr("Result as JSON tree"));
    m_jsonHints->setSourceModel(m_jsonModel);
    m_jsonView->setModel(m_jsonHints);
    connect(m_table->names(), &NameColumnsModel::enabledChanged, m_jsonHints, &JsonNameHints::setEnabled);
    m_jsonView->setUniformRowHeights(true); // 300k top-level rows
    m_jsonView->setAlternatingRowColors(true);
    m_jsonView->header()->setStretchLastSection(false);
    m_jsonView->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    m_jsonView->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_jsonView->header()->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    m_jsonView->setColumnWidth(JsonTreeModel::KeyColumn, 220);

    m_tabs->setObjectName(u"resultTabs"_s);
    m_tabs->setAccessibleName(tr("Result views"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_table, tr("&Table"));
    m_tabs->addTab(m_jsonView, tr("&JSON"));
    m_tabs->addTab(m_raw, tr("&Raw"));
    m_tabs->addTab(m_headers, tr("&Headers"));
    // The Chart tab: open only for results with a time column and a numeric one; its tooltip says why not.
    m_chart = new ChartPanel(m_tabs);
    m_tabs->addTab(m_chart, tr("Ch&art"));
    connect(m_chart, &ChartPanel::availabilityChanged, this, [this](bool available, const QString &reason) {
        m_tabs->setTabEnabled(m_tabs->indexOf(m_chart), available);
        m_tabs->setTabToolTip(m_tabs->indexOf(m_chart), reason);
    });
    m_tabs->setTabEnabled(m_tabs->indexOf(m_chart), m_chart->isAvailable());
    m_tabs->setTabToolTip(m_tabs->indexOf(m_chart), m_chart->unavailableReason());

    m_export->setObjectName(u"exportButton"_s);
    m_export->setAccessibleName(tr("Export the result"));
    m_export->setToolTip(tr("Save the rows as JSON, NDJSON or CSV (Ctrl+E)"));
    m_export->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_export->setEnabled(false);
    m_tabs->setCornerWidget(m_export, Qt::TopRightCorner);
    connect(m_export, &QPushButton::clicked, this, &ResultPanel::exportRequested);

    // Raw and Headers follow each other's page, so switching tabs keeps the page in view.
    connect(m_raw, &RawResponseView::currentPageChanged, m_headers, &ResponseHeadersView::setCurrentPage);
    connect(m_headers, &ResponseHeadersView::currentPageChanged, m_raw, &RawResponseView::setCurrentPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_warningBanner);
    layout->addWidget(m_failures);
    layout->addWidget(m_status);
    layout->addWidget(m_languages);
    layout->addWidget(m_tabs, 1);
}

void ResultPanel::showRunning(const Core::CallRequest &request)
{
    m_errorBanner->dismiss();
    m_warningBanner->dismiss();
    m_failures->setFailures({}, 0);
    m_status->showRunning(request);
    m_chart->setOperation(request.spec, request.operationId);
    m_export->setEnabled(false);
    m_running = request;
}

void ResultPanel::showRows(const Core::ResultDataPtr &rows)
{
    m_table->appendResult(rows);
    if (m_namer && rows && m_running.spec) { // the IDs of the pages so far, read off the UI thread
        m_namer->nameResult(m_running.spec, m_running.operationId, rows, m_running.options.language, false);
    }
    m_chart->setRows(rows);
}

void ResultPanel::setOutcome(const Core::CallOutcomePtr &outcome)
{
    m_outcome = outcome;
    m_errorBanner->dismiss();
    m_warningBanner->dismiss();
    m_failures->setFailures(outcome ? outcome->failures : QList<Core::FanOutFailure>(),
                            outcome ? outcome->fanOutItems : 0);
    m_status->setOutcome(outcome);
    {
        const QSignalBlocker blocker(m_languages);
        while (m_languages->count() > 0) {
            m_languages->removeTab(0);
        }
        const QStringList languages = outcome && outcome->data ? outcome->data->languages() : QStringList();
        for (const QString &language : languages) {
            const QString native = language == u"en" ? u"English"_s : QLocale(language).nativeLanguageName();
            const int tab = m_languages->addTab(native.isEmpty() ? language : u"%1 \u00b7 %2"_s.arg(language, native));
            m_languages->setTabData(tab, language);
        }
        m_languages->setVisible(languages.size() > 1);
        m_languages->setCurrentIndex(0);
    }
    const Core::ResultDataPtr rows = outcome ? outcome->data : nullptr;
    const Core::ResultDataPtr shown = m_table->model()->result();
    if (rows && shown && shown->streamId() == rows->streamId() && rows->languageCount() <= 1) {
        m_table->appendResult(rows); // the rows streamed in while the call ran stay, with the view's place
    } else {
        m_table->setResult(rows, 0);
    }
    m_jsonModel->setResult(rows, 0);
    if (outcome) {
        m_chart->setOperation(outcome->request.spec, outcome->request.operationId);
    }
    m_chart->setRows(rows);
    m_raw->setOutcome(outcome);
    m_headers->setOutcome(outcome);
    m_export->setEnabled(rows && rows->totalRowCount() > 0);
    if (m_namer && rows && rows->languageCount() > 0 && outcome->result.isOk()) {
        // Every language of a result holds the same IDs; names come in the call's language.
        m_namer->nameResult(outcome->request.spec, outcome->request.operationId, rows,
                            outcome->request.options.language);
    }
    if (outcome) {
        if (!outcome->result.isOk()) {
            showError(*outcome);
        }
        showWarnings(outcome->result.warnings);
    }
}

void ResultPanel::addBar(QWidget *bar)
{
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_languages), bar);
}

void ResultPanel::setNamer(ResultNamer *namer)
{
    m_namer = namer;
    connect(m_namer, &ResultNamer::namesChanged, this, [this] {
        m_table->names()->setNames(m_namer->names());
        m_jsonHints->setNames(m_namer->names());
    });
}

int ResultPanel::currentLanguage() const
{
    return qMax(0, m_languages->currentIndex());
}

void ResultPanel::showLanguage(int language)
{
    if (!m_outcome || !m_outcome->data) {
        return;
    }
    m_table->setLanguage(language);
    m_jsonModel->setResult(m_outcome->data, language);
    m_chart->setLanguage(language);
}

void ResultPanel::showError(const Core::CallOutcome &outcome)
{
    const Core::CallResult &result = outcome.result;
    if (result.error == Core::CallError::InvalidInput) {
        QStringList messages;
        for (const Core::ValidationIssue &issue : result.issues) {
            messages.append(issue.message);
        }
        m_errorBanner->showMessage(MessageBanner::Kind::Error, tr("Nothing was sent: the parameters are not valid"),
                                   messages.join(u'\n'));
        return;
    }
    if (result.error == Core::CallError::Cancelled) {
        m_errorBanner->showMessage(MessageBanner::Kind::Information, tr("Cancelled"),
                                   tr("The run was stopped; %1 pages had arrived.").arg(result.pages.size()));
        return;
    }
    // A 200 that was too large or not JSON did not fail "with 200": name what went wrong instead.
    const bool statusSaysIt = result.httpStatus > 0 && result.error != Core::CallError::LimitExceeded &&
                              result.error != Core::CallError::BadResponse;
    const QString title = statusSaysIt
                              ? tr("%1 failed: ESI answered %2").arg(outcome.request.operationId).arg(result.httpStatus)
                              : tr("%1 failed: %2").arg(outcome.request.operationId, Core::callErrorName(result.error));
    m_errorBanner->showMessage(MessageBanner::Kind::Error, title, result.message);
}

void ResultPanel::showWarnings(const QStringList &warnings)
{
    if (warnings.isEmpty()) {
        return;
    }
    QStringList lines;
    for (const QString &warning : warnings) {
        if (warning.startsWith(u"199")) {
            lines.append(tr("Newer version of this route available (199): %1").arg(warning));
        } else if (warning.startsWith(u"299")) {
            lines.append(tr("Deprecated route (299): %1").arg(warning));
        } else {
            lines.append(warning);
        }
    }
    m_warningBanner->showMessage(MessageBanner::Kind::Warning,
                                 warnings.size() == 1 ? tr("ESI sent a warning") : tr("ESI sent warnings"),
                                 lines.join(u'\n'));
}

} // namespace Esi::Ui
