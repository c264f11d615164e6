#pragma once

// The explorer's widgets that tests and assistive technology find by object name; each must have an
// accessible name (tst_explorerflow).
namespace ExplorerWidgets {

inline constexpr const char *named[] = {
    "compatibilityDatePicker",
    "compatibilityDateCombo",
    "operationTree",
    "operationInfoPanel",
    "schemaTree",
    "runPanel",
    "parameterForm",
    "characterPicker",
    "languageCombo",
    "thisPageRadio",
    "allPagesRadio",
    "estimateLabel",
    "runButton",
    "cancelButton",
    "copyCurlButton",
    "runProgress",
    "resultPanel",
    "resultTabs",
    "resultTable",
    "resultFilter",
    "resultJsonTree",
    "rawResponseView",
    "responseHeadersView",
    "callStatusView",
    "exportButton",
    "limitsPanel",
    "bucketTable",
    "errorLimitBar",
    "circuitLabel",
    "tokenUsageChart",
    "historyPanel",
    "historyTable",
    "historyRerun",
    "historyCompare",
    "historyCurl",
};

} // namespace ExplorerWidgets
