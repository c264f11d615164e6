#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Esi::Ui {

// Chooses the scopes of a sign-in: every scope the spec knows, grouped by area (the part before the
// first dot: esi-assets, esi-wallet, ...), a search field, and presets for "everything this spec knows"
// and "what the operations I use need". Scopes a character already has can be kept fixed (re-consent
// keeps them anyway, as a new refresh token only carries the scopes granted in its sign-in).
class ScopePickerDialog : public QDialog
{
    Q_OBJECT

public:
    ScopePickerDialog(const QStringList &knownScopes, const QStringList &usedScopes, QWidget *parent = nullptr);

    // Checked and not uncheckable; shown even when the spec does not know them.
    void setFixedScopes(const QStringList &scopes);
    void setSelectedScopes(const QStringList &scopes);
    QStringList selectedScopes() const; // sorted, fixed ones included

    static QString areaOf(const QString &scope); // "esi-assets.read_assets.v1" -> "esi-assets"

    void applyAllPreset();
    void applyUsedPreset();
    void clearSelection();
    void setFilterText(const QString &text);

    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidgetItem *addScope(const QString &scope);
    void handleItemChanged();
    void updateSummary();

    QStringList m_known;
    QStringList m_used;
    QStringList m_fixed;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QPushButton *m_usedPreset;
    QPushButton *m_okButton;
    bool m_updating = false;
};

} // namespace Esi::Ui
