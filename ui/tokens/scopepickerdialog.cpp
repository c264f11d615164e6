#include "ui/tokens/scopepickerdialog.h"

#include "core/auth/tokenrecord.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr int scopeRole = Qt::UserRole + 1;

} // namespace

ScopePickerDialog::ScopePickerDialog(const QStringList &knownScopes, const QStringList &usedScopes, QWidget *parent)
    : QDialog(parent)
    , m_known(Core::TokenRecord::normalizedScopes(knownScopes))
    , m_used(Core::TokenRecord::normalizedScopes(usedScopes))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"scopePickerDialog"_s);
    setWindowTitle(tr("Choose Scopes"));
    setAccessibleName(tr("Choose scopes"));

    auto *intro = new QLabel(tr("The character grants these scopes to ESI Studio when signing in. Ask only for "
                                "what you need."),
                             this);
    intro->setWordWrap(true);

    m_search->setObjectName(u"scopeSearch"_s);
    m_search->setAccessibleName(tr("Search scopes"));
    m_search->setPlaceholderText(tr("Search scopes (e.g. wallet, assets)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ScopePickerDialog::setFilterText);

    m_tree->setObjectName(u"scopeTree"_s);
    m_tree->setAccessibleName(tr("Scopes by area"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    for (const QString &scope : m_known) {
        addScope(scope);
    }
    m_tree->sortItems(0, Qt::AscendingOrder);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ScopePickerDialog::handleItemChanged);

    auto *allPreset = new QPushButton(tr("&All Scopes This Spec Knows"), this);
    allPreset->setObjectName(u"allScopesPreset"_s);
    allPreset->setAccessibleName(tr("Select all scopes this spec knows"));
    connect(allPreset, &QPushButton::clicked, this, &ScopePickerDialog::applyAllPreset);
    m_usedPreset = new QPushButton(tr("Scopes for Operations I &Use"), this);
    m_usedPreset->setObjectName(u"usedScopesPreset"_s);
    m_usedPreset->setAccessibleName(tr("Select the scopes of the operations you used"));
    m_usedPreset->setEnabled(!m_used.isEmpty());
    m_usedPreset->setToolTip(m_used.isEmpty() ? tr("No authed operation has been run yet.")
                                              : tr("%n scope(s) from your call history", nullptr, int(m_used.size())));
    connect(m_usedPreset, &QPushButton::clicked, this, &ScopePickerDialog::applyUsedPreset);
    auto *clear = new QPushButton(tr("&Clear"), this);
    clear->setObjectName(u"clearScopes"_s);
    clear->setAccessibleName(tr("Clear the selection"));
    connect(clear, &QPushButton::clicked, this, &ScopePickerDialog::clearSelection);

    auto *presets = new QHBoxLayout;
    presets->addWidget(allPreset);
    presets->addWidget(m_usedPreset);
    presets->addWidget(clear);
    presets->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"scopeButtons"_s);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("&Sign In"));
    m_okButton->setObjectName(u"scopeSignIn"_s);
    m_okButton->setAccessibleName(tr("Sign in with the chosen scopes"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_summary->setObjectName(u"scopeSummary"_s);
    m_summary->setAccessibleName(tr("Selected scopes"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addLayout(presets);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(520, 560);
    updateSummary();
}

QString ScopePickerDialog::areaOf(const QString &scope)
{
    return scope.section(u'.', 0, 0);
}

QTreeWidgetItem *ScopePickerDialog::addScope(const QString &scope)
{
    const QString area = areaOf(scope);
    QTreeWidgetItem *group = nullptr;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->text(0) == area) {
            group = m_tree->topLevelItem(i);
            break;
        }
    }
    if (!group) {
        group = new QTreeWidgetItem(m_tree, {area});
        group->setFlags(group->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        group->setCheckState(0, Qt::Unchecked);
    }
    for (int i = 0; i < group->childCount(); ++i) {
        if (group->child(i)->data(0, scopeRole).toString() == scope) {
            return group->child(i);
        }
    }
    auto *item = new QTreeWidgetItem(group, {scope});
    item->setData(0, scopeRole, scope);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Unchecked);
    group->sortChildren(0, Qt::AscendingOrder);
    return item;
}

void ScopePickerDialog::setFixedScopes(const QStringList &scopes)
{
    m_updating = true;
    m_fixed = Core::TokenRecord::normalizedScopes(scopes);
    for (const QString &scope : m_fixed) {
        QTreeWidgetItem *item = addScope(scope);
        item->setCheckState(0, Qt::Checked);
        item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        item->setToolTip(0, tr("The character already has this scope; it is kept."));
    }
    m_tree->sortItems(0, Qt::AscendingOrder);
    m_updating = false;
    updateSummary();
}

void ScopePickerDialog::setSelectedScopes(const QStringList &scopes)
{
    m_updating = true;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *item = group->child(j);
            const QString scope = item->data(0, scopeRole).toString();
            const bool checked = scopes.contains(scope) || m_fixed.contains(scope);
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_updating = false;
    updateSummary();
}

QStringList ScopePickerDialog::selectedScopes() const
{
    QStringList scopes = m_fixed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            if (group->child(j)->checkState(0) == Qt::Checked) {
                scopes.append(group->child(j)->data(0, scopeRole).toString());
            }
        }
    }
    return Core::TokenRecord::normalizedScopes(scopes);
}

void ScopePickerDialog::applyAllPreset()
{
    setSelectedScopes(m_known);
}

void ScopePickerDialog::applyUsedPreset()
{
    setSelectedScopes(m_used);
}

void ScopePickerDialog::clearSelection()
{
    setSelectedScopes({});
}

void ScopePickerDialog::setFilterText(const QString &text)
{
    if (m_search->text() != text) {
        m_search->setText(text); // comes back here through textChanged
        return;
    }
    const QString needle = text.trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        bool anyVisible = false;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *item = group->child(j);
            const bool visible = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!visible);
            anyVisible = anyVisible || visible;
        }
        group->setHidden(!anyVisible);
        group->setExpanded(!needle.isEmpty() && anyVisible);
    }
}

void ScopePickerDialog::handleItemChanged()
{
    if (!m_updating) {
        updateSummary();
    }
}

void ScopePickerDialog::updateSummary()
{
    const QStringList selected = selectedScopes();
    const int added = int(selected.size() - m_fixed.size());
    m_summary->setText(m_fixed.isEmpty()
                           ? tr("%n scope(s) selected", nullptr, int(selected.size()))
                           : tr("%n scope(s) to add; the character's %1 are kept", nullptr, added).arg(m_fixed.size()));
    m_okButton->setEnabled(m_fixed.isEmpty() ? true : added > 0);
}

} // namespace Esi::Ui
