#pragma once

#include "core/spec/specdiff.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Esi::Core {
class SpecRepository;
}

namespace Esi::Ui {

// "What changed": the operations added, removed and changed between the spec shown and another
// compatibility date (loaded from the cache, the bundled spec or ESI). Double-clicking an operation
// that exists in the shown spec selects it in the explorer.
class SpecDiffDialog : public QDialog
{
    Q_OBJECT

public:
    SpecDiffDialog(Core::SpecRepository *repository, QWidget *parent = nullptr);

    void setCurrentSpec(Core::SpecPtr spec);
    void setDates(const QStringList &dates); // offered to compare with, newest first

    void compareWith(const Core::SpecPtr &other); // shows the diff from the older to the newer spec
    void compareWithDate(const QString &date);    // loads that date first

    const Core::SpecDiff &diff() const { return m_diff; }

    QTreeWidget *tree() const { return m_tree; }

    QString summaryText() const;

Q_SIGNALS:
    void operationActivated(const QString &operationId);

private:
    void handleSpecReady(const QString &date, const Core::SpecPtr &spec, bool fromCache);
    void handleSpecFailed(const QString &date, const Core::SpecError &error);
    void showDiff();
    void setStatus(const QString &text, bool error);

    Core::SpecRepository *m_repository;
    Core::SpecPtr m_current;
    QString m_pendingDate;
    Core::SpecDiff m_diff;
    QComboBox *m_dates;
    QPushButton *m_compare;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace Esi::Ui
