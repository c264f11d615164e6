#pragma once

#include "core/result/calloutcome.h"

#include <QWidget>

class QPushButton;
class QTabBar;
class QTabWidget;
class QTreeView;

namespace Esi::Core {
class Clock;
}

namespace Esi::Ui {

class CallStatusView;
class ChartPanel;
class FanOutFailuresView;
class JsonNameHints;
class JsonTreeModel;
class MessageBanner;
class RawResponseView;
class ResponseHeadersView;
class ResultNamer;
class ResultTableView;

// Everything about the last call: ESI's error or warnings in banners, how the responses were served,
// and the result as a table, a JSON tree, raw text and headers. Localized runs get one tab per language.
class ResultPanel : public QWidget
{
    Q_OBJECT

public:
    enum Tab { TableTab, JsonTab, RawTab, HeadersTab };

    explicit ResultPanel(const Core::Clock &clock, QWidget *parent = nullptr);

    void showRunning(const Core::CallRequest &request);
    void setOutcome(const Core::CallOutcomePtr &outcome);
    // The rows of the run in progress, as they are decoded (CallRunner::rowsChanged).
    void showRows(const Core::ResultDataPtr &rows);

    // A bar above the result views (the watch's), added once by whoever owns it.
    void addBar(QWidget *bar);

    // Names the EVE IDs of every result from now on (name columns in the table, hints in the JSON tree).
    void setNamer(ResultNamer *namer);

    Core::CallOutcomePtr outcome() const { return m_outcome; }

    int currentLanguage() const; // index into the outcome's ResultData languages

    QTabWidget *tabs() const { return m_tabs; }

    QTabBar *languageTabs() const { return m_languages; }

    ResultTableView *tableView() const { return m_table; }

    QTreeView *jsonView() const { return m_jsonView; }

    JsonTreeModel *jsonModel() const { return m_jsonModel; }

    RawResponseView *rawView() const { return m_raw; }

    ResponseHeadersView *headersView() const { return m_headers; }

    CallStatusView *statusView() const { return m_status; }

    MessageBanner *errorBanner() const { return m_errorBanner; }

    MessageBanner *warningBanner() const { return m_warningBanner; }

    FanOutFailuresView *failuresView() const { return m_failures; }

    ChartPanel *chartPanel() const { return m_chart; }

Q_SIGNALS:
    void exportRequested();

private:
    void showLanguage(int language);
    void showWarnings(const QStringList &warnings);
    void showError(const Core::CallOutcome &outcome);

    Core::CallOutcomePtr m_outcome;
    MessageBanner *m_errorBanner;
    MessageBanner *m_warningBanner;
    FanOutFailuresView *m_failures;
    CallStatusView *m_status;
    QTabBar *m_languages;
    QTabWidget *m_tabs;
    ResultTableView *m_table;
    JsonTreeModel *m_jsonModel;
    JsonNameHints *m_jsonHints;
    ResultNamer *m_namer = nullptr;
    Core::CallRequest m_running; // the call whose rows stream in: named while they come (ResultNamer)
    QTreeView *m_jsonView;
    RawResponseView *m_raw;
    ResponseHeadersView *m_headers;
    QPushButton *m_export;
    ChartPanel *m_chart = nullptr;
};

} // namespace Esi::Ui
