#include "ui/browse/compatibilitydatepicker.h"

#include "core/spec/specrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

CompatibilityDatePicker::CompatibilityDatePicker(Core::SpecRepository *repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_combo(new QComboBox(this))
    , m_refresh(new QToolButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"compatibilityDatePicker"_s);
    setAccessibleName(tr("Compatibility date"));

    const Core::SpecLoadResult bundled = Core::SpecRepository::loadBundled();
    if (bundled) {
        m_bundledDate = bundled.spec->version();
    }

    auto *label = new QLabel(tr("Compatibility &date"), this);
    label->setObjectName(u"compatibilityDateLabel"_s);
    label->setAccessibleName(tr("Compatibility date"));
    label->setBuddy(m_combo);
    m_combo->setObjectName(u"compatibilityDateCombo"_s);
    m_combo->setAccessibleName(tr("Compatibility date"));
    m_combo->setToolTip(tr("The API version the explorer shows and calls with (X-Compatibility-Date)"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_combo, &QComboBox::activated, this, [this](int index) { pickDate(m_combo->itemData(index).toString()); });

    m_refresh->setObjectName(u"refreshDatesButton"_s);
    m_refresh->setAccessibleName(tr("Refresh the list of dates"));
    m_refresh->setToolTip(tr("Ask ESI for its compatibility dates again"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setAutoRaise(true);
    connect(m_refresh, &QToolButton::clicked, this, &CompatibilityDatePicker::refreshDates);

    m_status->setObjectName(u"compatibilityDateStatus"_s);
    m_status->setAccessibleName(tr("Compatibility date status"));
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_refresh);
    layout->addWidget(m_status, 1);

    if (m_repository) {
        connect(m_repository, &Core::SpecRepository::compatibilityDatesReady, this,
                &CompatibilityDatePicker::handleDatesReady);
        connect(m_repository, &Core::SpecRepository::compatibilityDatesFailed, this,
                &CompatibilityDatePicker::handleDatesFailed);
        connect(m_repository, &Core::SpecRepository::specReady, this, &CompatibilityDatePicker::handleSpecReady);
        connect(m_repository, &Core::SpecRepository::specFailed, this, &CompatibilityDatePicker::handleSpecFailed);
        m_serverDates = m_repository->cachedCompatibilityDates();
    }
    m_refresh->setEnabled(m_repository != nullptr);
    rebuild();
}

void CompatibilityDatePicker::setCurrentSpec(const Core::SpecPtr &spec)
{
    m_currentDate = spec ? spec->version() : QString();
    rebuild();
}

QStringList CompatibilityDatePicker::dates() const
{
    QStringList result;
    for (int i = 0; i < m_combo->count(); ++i) {
        result.append(m_combo->itemData(i).toString());
    }
    return result;
}

void CompatibilityDatePicker::rebuild()
{
    QStringList all = m_serverDates;
    const QStringList cached = m_repository ? m_repository->cachedDates() : QStringList();
    for (const QString &date : cached + QStringList{m_bundledDate, m_currentDate}) {
        if (Core::SpecRepository::isCompatibilityDate(date) && !all.contains(date)) {
            all.append(date);
        }
    }
    std::sort(all.begin(), all.end(), std::greater<>());
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    for (const QString &date : std::as_const(all)) {
        QStringList notes;
        if (date == m_bundledDate) {
            notes << tr("bundled");
        } else if (cached.contains(date)) {
            notes << tr("cached");
        }
        if (!m_serverDates.contains(date) && m_online) {
            notes << tr("not listed by ESI");
        }
        m_combo->addItem(notes.isEmpty() ? date : u"%1  (%2)"_s.arg(date, notes.join(u", "_s)), date);
    }
    if (!m_currentDate.isEmpty() && !Core::SpecRepository::isCompatibilityDate(m_currentDate)) {
        m_combo->addItem(tr("%1 (from file)").arg(m_currentDate), m_currentDate); // e.g. a Swagger 2.0 document
    }
    const int current = m_combo->findData(m_currentDate);
    m_combo->setCurrentIndex(current);
    Q_EMIT datesChanged(dates());
}

void CompatibilityDatePicker::refreshDates()
{
    if (!m_repository || m_loadingDates) {
        return;
    }
    m_loadingDates = true;
    m_refresh->setEnabled(false);
    setStatus(tr("Loading dates\u2026"), false);
    m_repository->fetchCompatibilityDates();
}

void CompatibilityDatePicker::handleDatesReady(const QStringList &dates)
{
    m_loadingDates = false;
    m_online = true;
    m_refresh->setEnabled(true);
    m_serverDates = dates;
    rebuild();
    if (m_pendingDate.isEmpty()) {
        setStatus(tr("%n date(s) from ESI", nullptr, int(dates.size())), false);
    }
}

void CompatibilityDatePicker::handleDatesFailed(const Core::SpecError &error, const QStringList &cachedDates)
{
    m_loadingDates = false;
    m_online = false;
    m_refresh->setEnabled(true);
    m_serverDates = cachedDates;
    rebuild();
    if (m_pendingDate.isEmpty()) {
        setStatus(tr("Offline: cached and bundled dates only"), true, error.toString());
    }
}

void CompatibilityDatePicker::pickDate(const QString &date)
{
    if (date.isEmpty() || date == m_currentDate) {
        rebuild();
        return;
    }
    m_pendingDate = date;
    m_combo->setEnabled(false);
    setStatus(tr("Loading the %1 spec\u2026").arg(date), false);
    if (date == m_bundledDate) {
        const Core::SpecLoadResult bundled = Core::SpecRepository::loadBundled();
        if (bundled) {
            handleSpecReady(date, bundled.spec, true);
            return;
        }
    }
    if (!m_repository) {
        handleSpecFailed(date, Core::SpecError{});
        return;
    }
    m_repository->fetchSpec(date);
}

void CompatibilityDatePicker::handleSpecReady(const QString &date, const Core::SpecPtr &spec, bool fromCache)
{
    if (date != m_pendingDate) {
        return; // someone else (the diff dialog) asked for it
    }
    m_pendingDate.clear();
    m_combo->setEnabled(true);
    m_currentDate = spec->version();
    rebuild();
    if (spec->version() != date) {
        // ESI resolves a date to the newest version at or before it; say so rather than pretend.
        setStatus(tr("%1 resolved to %2").arg(date, spec->version()), false);
    } else {
        setStatus(fromCache ? tr("%1 loaded from disk").arg(date) : tr("%1 downloaded").arg(date), false);
    }
    Q_EMIT specLoaded(spec, fromCache);
}

void CompatibilityDatePicker::handleSpecFailed(const QString &date, const Core::SpecError &error)
{
    if (date != m_pendingDate) {
        return;
    }
    m_pendingDate.clear();
    m_combo->setEnabled(true);
    rebuild(); // back to the spec still shown
    const QString message = error.message.isEmpty() ? tr("no spec source is available") : error.toString();
    setStatus(tr("Could not load %1").arg(date), true, message);
    Q_EMIT specLoadFailed(date, message);
}

void CompatibilityDatePicker::setStatus(const QString &text, bool error, const QString &details)
{
    m_status->setText(text);
    m_status->setToolTip(details);
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xd0, 0x39, 0x3e) : palette.color(QPalette::PlaceholderText));
    m_status->setPalette(palette);
}

QString CompatibilityDatePicker::statusText() const
{
    return m_status->text();
}

} // namespace Esi::Ui
