#pragma once

#include "core/spec/spec.h"

#include <QTabWidget>

class QTreeView;

namespace Esi::Ui {

class OperationDocsView;
class SchemaTreeModel;

// What the selected operation is: its documentation, and its response (and request body) schema as a
// collapsible tree.
class OperationInfoPanel : public QTabWidget
{
    Q_OBJECT

public:
    explicit OperationInfoPanel(QWidget *parent = nullptr);

    void setSpec(Core::SpecPtr spec);
    void showOperation(int operationIndex);

    OperationDocsView *docsView() const { return m_docs; }

    SchemaTreeModel *schemaModel() const { return m_schemaModel; }

    QTreeView *schemaView() const { return m_schemaView; }

private:
    Core::SpecPtr m_spec;
    OperationDocsView *m_docs;
    SchemaTreeModel *m_schemaModel;
    QTreeView *m_schemaView;
};

} // namespace Esi::Ui
