#include "ui/browse/specdiffdialog.h"

#include "core/spec/specrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

SpecDiffDialog::SpecDiffDialog(Core::SpecRepository *repository, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_dates(new QComboBox(this))
    , m_compare(new QPushButton(tr("Compare"), this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"specDiffDialog"_s);
    setAccessibleName(tr("What changed"));
    setWindowTitle(tr("What Changed"));

    auto *label = new QLabel(tr("Compare with"), this);
    label->setObjectName(u"specDiffLabel"_s);
    label->setAccessibleName(tr("Compare with"));
    label->setBuddy(m_dates);
    m_dates->setObjectName(u"specDiffDates"_s);
    m_dates->setAccessibleName(tr("Date to compare with"));
    m_compare->setObjectName(u"specDiffCompare"_s);
    m_compare->setAccessibleName(tr("Compare"));
    connect(m_compare, &QPushButton::clicked, this, [this] { compareWithDate(m_dates->currentData().toString()); });

    m_summary->setObjectName(u"specDiffSummary"_s);
    m_summary->setAccessibleName(tr("Summary of changes"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_tree->setObjectName(u"specDiffTree"_s);
    m_tree->setAccessibleName(tr("Changed operations"));
    m_tree->setHeaderLabels({tr("Operation"), tr("Route")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString operationId = item->data(0, Qt::UserRole).toString();
        if (!operationId.isEmpty() && m_current && m_current->operation(operationId)) {
            Q_EMIT operationActivated(operationId);
        }
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"specDiffButtons"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_dates, 1);
    bar->addWidget(m_compare);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(820, 560);

    if (m_repository) {
        connect(m_repository, &Core::SpecRepository::specReady, this, &SpecDiffDialog::handleSpecReady);
        connect(m_repository, &Core::SpecRepository::specFailed, this, &SpecDiffDialog::handleSpecFailed);
    }
    setStatus(tr("Pick a date and press Compare."), false);
}

void SpecDiffDialog::setCurrentSpec(Core::SpecPtr spec)
{
    m_current = std::move(spec);
    m_tree->clear();
    m_diff = {};
}

void SpecDiffDialog::setDates(const QStringList &dates)
{
    const QString previous = m_dates->currentData().toString();
    m_dates->clear();
    for (const QString &date : dates) {
        if (!m_current || date != m_current->version()) {
            m_dates->addItem(date, date);
        }
    }
    const int index = m_dates->findData(previous);
    m_dates->setCurrentIndex(index >= 0 ? index : 0);
    m_compare->setEnabled(m_dates->count() > 0);
}

void SpecDiffDialog::compareWithDate(const QString &date)
{
    if (date.isEmpty() || !m_current) {
        return;
    }
    const Core::SpecLoadResult bundled = Core::SpecRepository::loadBundled();
    if (bundled && bundled.spec->version() == date) {
        compareWith(bundled.spec);
        return;
    }
    if (!m_repository) {
        setStatus(tr("No spec source for %1.").arg(date), true);
        return;
    }
    m_pendingDate = date;
    m_compare->setEnabled(false);
    setStatus(tr("Loading the %1 spec\u2026").arg(date), false);
    m_repository->fetchSpec(date);
}

void SpecDiffDialog::handleSpecReady(const QString &date, const Core::SpecPtr &spec, bool)
{
    if (date != m_pendingDate) {
        return;
    }
    m_pendingDate.clear();
    m_compare->setEnabled(true);
    compareWith(spec);
}

void SpecDiffDialog::handleSpecFailed(const QString &date, const Core::SpecError &error)
{
    if (date != m_pendingDate) {
        return;
    }
    m_pendingDate.clear();
    m_compare->setEnabled(true);
    setStatus(tr("Could not load %1: %2").arg(date, error.toString()), true);
}

void SpecDiffDialog::compareWith(const Core::SpecPtr &other)
{
    if (!m_current || !other) {
        return;
    }
    const bool otherIsOlder = other->version() < m_current->version();
    m_diff = otherIsOlder ? Core::SpecDiff::compare(*other, *m_current) : Core::SpecDiff::compare(*m_current, *other);
    showDiff();
}

void SpecDiffDialog::showDiff()
{
    m_tree->clear();
    const auto addGroup = [this](const QString &title, const QList<Core::SpecDiff::Entry> &entries,
                                 const QColor &color) {
        auto *group = new QTreeWidgetItem(m_tree, {title.arg(entries.size())});
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        group->setForeground(0, color);
        for (const Core::SpecDiff::Entry &entry : entries) {
            QString id = entry.operationId;
            if (!entry.previousOperationId.isEmpty()) {
                id += tr(" (was %1)").arg(entry.previousOperationId);
            }
            auto *item = new QTreeWidgetItem(group, {id, entry.method + u' ' + entry.path});
            item->setData(0, Qt::UserRole, entry.operationId);
            for (const QString &detail : entry.details) {
                auto *line = new QTreeWidgetItem(item, {detail});
                line->setFirstColumnSpanned(true);
                line->setData(0, Qt::UserRole, entry.operationId);
            }
        }
        group->setExpanded(true);
    };
    addGroup(tr("Added (%1)"), m_diff.added, QColor(0x2e, 0x9d, 0x4f));
    addGroup(tr("Removed (%1)"), m_diff.removed, QColor(0xd0, 0x39, 0x3e));
    addGroup(tr("Changed (%1)"), m_diff.changed, QColor(0xc7, 0x7c, 0x02));
    setStatus(summaryText(), false);
}

QString SpecDiffDialog::summaryText() const
{
    if (m_diff.fromVersion.isEmpty()) {
        return {};
    }
    if (m_diff.isEmpty()) {
        return tr("No operation changed from %1 to %2.").arg(m_diff.fromVersion, m_diff.toVersion);
    }
    return tr("From %1 to %2: %3 added, %4 removed, %5 changed.")
        .arg(m_diff.fromVersion, m_diff.toVersion)
        .arg(m_diff.added.size())
        .arg(m_diff.removed.size())
        .arg(m_diff.changed.size());
}

void SpecDiffDialog::setStatus(const QString &text, bool error)
{
    m_summary->setText(text);
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xd0, 0x39, 0x3e) : palette.color(QPalette::WindowText));
    m_summary->setPalette(palette);
}

} // namespace Esi::Ui
