#pragma once

#include "core/spec/spec.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace Esi::Core {
class SpecRepository;
}

namespace Esi::Ui {

// Which compatibility date the explorer shows. Offers the dates ESI lists at /meta/compatibility-dates
// when it can be reached, else the dates cached on disk and the bundled one. Loading a list or a spec
// happens in the background with its state shown inline next to the combo; a failure is shown there
// too and the current spec stays.
class CompatibilityDatePicker : public QWidget
{
    Q_OBJECT

public:
    explicit CompatibilityDatePicker(Core::SpecRepository *repository, QWidget *parent = nullptr);

    void setCurrentSpec(const Core::SpecPtr &spec);

    void refreshDates();                // asks ESI for its list; the cached list and dates are offered meanwhile
    void pickDate(const QString &date); // what choosing a date in the combo does

    QStringList dates() const; // newest first, as offered

    QString currentDate() const { return m_currentDate; }

    bool isLoading() const { return !m_pendingDate.isEmpty() || m_loadingDates; }

    QString statusText() const;

Q_SIGNALS:
    void specLoaded(const Esi::Core::SpecPtr &spec, bool fromCache);
    void specLoadFailed(const QString &date, const QString &message);
    void datesChanged(const QStringList &dates);

private:
    void handleDatesReady(const QStringList &dates);
    void handleDatesFailed(const Core::SpecError &error, const QStringList &cachedDates);
    void handleSpecReady(const QString &date, const Core::SpecPtr &spec, bool fromCache);
    void handleSpecFailed(const QString &date, const Core::SpecError &error);
    void rebuild();
    void setStatus(const QString &text, bool error, const QString &details = QString());

    Core::SpecRepository *m_repository;
    QString m_bundledDate;
    QString m_currentDate;
    QString m_pendingDate;
    QStringList m_serverDates;
    bool m_loadingDates = false;
    bool m_online = false;
    QComboBox *m_combo;
    QToolButton *m_refresh;
    QLabel *m_status;
};

} // namespace Esi::Ui
