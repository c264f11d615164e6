#pragma once

class QSettings;

namespace Esi::Ui {

class RestorableWindow;

// Keeps the main window as the user left it between runs, in the settings group "window": geometry, docks and
// toolbars, every named splitter, the current tab of every named tab widget (request/docs/schema, table/JSON/
// raw/headers, ...) and the selected operation.
class WindowState
{
public:
    static constexpr int formatVersion = 1; // QMainWindow::saveState's version; bump when docks change meaning

    static void save(const RestorableWindow &window, QSettings &settings);
    // Call after the spec is set and before the window is shown. Missing or stale values are skipped.
    static void restore(RestorableWindow &window, QSettings &settings);
};

} // namespace Esi::Ui
