#pragma once

#include "core/settings/appsettings.h"

#include <QObject>

class QHeaderView;
class QPoint;
class QSettings;

namespace Esi::Ui {

class NameColumnsModel;

// The table header's context menu for names: "Show Names" for every ID column at once (the setting
// ui/showNames) and "Names of <column>" for the one clicked (ui/hiddenNameColumns). With a store both are kept
// across runs and restarts; without one they last for the window.
class NameColumnsHeader : public QObject
{
    Q_OBJECT

public:
    NameColumnsHeader(QHeaderView *header, NameColumnsModel *model, QObject *parent = nullptr);

    // Reads the stored choices and keeps later ones there; null: none kept.
    void setStore(QSettings *store);

    static constexpr auto showNamesKey = Core::AppSettings::showNamesKey; // also the Settings dialog's checkbox
    static constexpr auto hiddenColumnsKey = "ui/hiddenNameColumns";

private:
    void showMenu(const QPoint &position);
    void save();

    QHeaderView *m_header;
    NameColumnsModel *m_model;
    QSettings *m_store = nullptr;
    QStringList m_hidden;
};

} // namespace Esi::Ui
