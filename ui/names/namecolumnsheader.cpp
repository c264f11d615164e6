#include "ui/names/namecolumnsheader.h"

#include "ui/names/namecolumnsmodel.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

NameColumnsHeader::NameColumnsHeader(QHeaderView *header, NameColumnsModel *model, QObject *parent)
    : QObject(parent)
    , m_header(header)
    , m_model(model)
{
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this, &NameColumnsHeader::showMenu);
}

void NameColumnsHeader::setStore(QSettings *store)
{
    m_store = store;
    if (!m_store) {
        return;
    }
    m_model->setEnabled(m_store->value(QLatin1StringView(showNamesKey), true).toBool());
    m_hidden = m_store->value(QLatin1StringView(hiddenColumnsKey)).toStringList();
    for (const QString &column : std::as_const(m_hidden)) {
        m_model->setNamesShown(column, false);
    }
}

void NameColumnsHeader::save()
{
    if (m_store) {
        m_store->setValue(QLatin1StringView(showNamesKey), m_model->isEnabled());
        m_store->setValue(QLatin1StringView(hiddenColumnsKey), m_hidden);
    }
}

void NameColumnsHeader::showMenu(const QPoint &position)
{
    QMenu menu(m_header);
    menu.setObjectName(u"nameColumnsMenu"_s);
    QAction *all = menu.addAction(tr("Show Names"));
    all->setObjectName(u"showNamesAction"_s);
    all->setCheckable(true);
    all->setChecked(m_model->isEnabled());
    all->setToolTip(tr("A name column next to every column of EVE IDs (type_id \u2192 type_name), from ESI's "
                       "/universe/names"));
    connect(all, &QAction::toggled, this, [this](bool checked) {
        m_model->setEnabled(checked);
        save();
    });
    const QString idColumn = m_model->idColumnAt(m_header->logicalIndexAt(position));
    if (!idColumn.isEmpty()) {
        QAction *one = menu.addAction(tr("Names of %1").arg(idColumn));
        one->setObjectName(u"showColumnNamesAction"_s);
        one->setCheckable(true);
        one->setChecked(m_model->namesShown(idColumn));
        one->setEnabled(m_model->isEnabled());
        connect(one, &QAction::toggled, this, [this, idColumn](bool checked) {
            m_model->setNamesShown(idColumn, checked);
            m_hidden.removeAll(idColumn);
            if (!checked) {
                m_hidden.append(idColumn);
            }
            save();
        });
    }
    menu.exec(m_header->viewport()->mapToGlobal(position));
}

} // namespace Esi::Ui
