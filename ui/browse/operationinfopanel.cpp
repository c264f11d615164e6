#include "ui/browse/operationinfopanel.h"

#include "ui/browse/operationdocsview.h"
#include "ui/browse/schematreemodel.h"

#include <QHeaderView>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

OperationInfoPanel::OperationInfoPanel(QWidget *parent)
    : QTabWidget(parent)
    , m_docs(new OperationDocsView(this))
    , m_schemaModel(new SchemaTreeModel(this))
    , m_schemaView(new QTreeView(this))
{
    setObjectName(u"operationInfoPanel"_s);
    setAccessibleName(tr("Operation information"));
    setDocumentMode(true);

    m_schemaView->setObjectName(u"schemaTree"_s);
    m_schemaView->setAccessibleName(tr("Response schema"));
    m_schemaView->setModel(m_schemaModel);
    m_schemaView->setUniformRowHeights(true);
    m_schemaView->setAlternatingRowColors(true);
    m_schemaView->header()->setSectionResizeMode(SchemaTreeModel::NameColumn, QHeaderView::ResizeToContents);
    m_schemaView->header()->setSectionResizeMode(SchemaTreeModel::TypeColumn, QHeaderView::Interactive);
    m_schemaView->header()->setStretchLastSection(true);
    m_schemaView->setColumnWidth(SchemaTreeModel::TypeColumn, 200);

    addTab(m_docs, tr("&Docs"));
    addTab(m_schemaView, tr("Response &schema"));
}

void OperationInfoPanel::setSpec(Core::SpecPtr spec)
{
    m_spec = std::move(spec);
    m_docs->setSpec(m_spec);
    m_schemaModel->clear();
}

void OperationInfoPanel::showOperation(int operationIndex)
{
    m_docs->showOperation(operationIndex);
    if (!m_spec || operationIndex < 0 || operationIndex >= m_spec->operations().size()) {
        m_schemaModel->clear();
        return;
    }
    const Core::Operation &operation = m_spec->operations().at(operationIndex);
    const Core::Response *success = operation.successResponse();
    if (success && !success->schema.isEmpty()) {
        m_schemaModel->setSchema(m_spec, success->schema, tr("%1 response").arg(success->status));
    } else {
        m_schemaModel->clear();
    }
    // Top levels open; deeper structure on demand.
    m_schemaView->expandToDepth(1);
}

} // namespace Esi::Ui
