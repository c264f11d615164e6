#pragma once

#include "core/spec/spec.h"

#include <QTextBrowser>

namespace Esi::Ui {

// Reads one operation out loud: what it does, who may call it, how it is limited, cached and paged,
// its parameters and what it answers. Everything taken from the spec is HTML-escaped.
class OperationDocsView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit OperationDocsView(QWidget *parent = nullptr);

    void setSpec(Core::SpecPtr spec);
    void showOperation(int operationIndex); // index into Spec::operations(); -1 shows the spec overview

    int operationIndex() const { return m_operationIndex; }

    QString operationHtml(const Core::Operation &operation) const;
    QString overviewHtml() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QString documentStyleSheet() const;
    QString factsTable(const Core::Operation &operation) const;
    QString parametersTable(const Core::Operation &operation) const;
    QString responseSection(const Core::Operation &operation) const;
    QString schemaSummary(const QJsonObject &schema) const;
    QString rateLimitText(const Core::RateLimit &limit) const;
    QString secondsText(int seconds) const;
    QString cacheText(const Core::Operation &operation) const;
    QString pagingText(Core::PagingStyle paging) const;

    Core::SpecPtr m_spec;
    int m_operationIndex = -1;
};

} // namespace Esi::Ui
