#include "ui/desktop/windowstate.h"

#include "ui/desktop/restorablewindow.h"

#include <QLayout>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

const QString group = u"window"_s;

// Widgets of the window itself, not of the dialogs it owns (they are children too).
template <typename Widget> QList<Widget *> namedWidgetsOf(const QMainWindow &window)
{
    QList<Widget *> result;
    const QList<Widget *> all = window.findChildren<Widget *>();
    for (Widget *widget : all) {
        if (!widget->objectName().isEmpty() && widget->window() == &window) {
            result.append(widget);
        }
    }
    return result;
}

} // namespace

void WindowState::save(const RestorableWindow &window, QSettings &settings)
{
    settings.beginGroup(group);
    settings.remove(QString()); // this group only: drop splitters and tabs that no longer exist
    settings.setValue(u"geometry"_s, window.saveGeometry());
    settings.setValue(u"state"_s, window.saveState(formatVersion));
    for (const QSplitter *splitter : namedWidgetsOf<QSplitter>(window)) {
        settings.setValue(u"splitters/"_s + splitter->objectName(), splitter->saveState());
    }
    for (const QTabWidget *tabs : namedWidgetsOf<QTabWidget>(window)) {
        settings.setValue(u"tabs/"_s + tabs->objectName(), tabs->currentIndex());
    }
    if (const QString operation = window.currentOperationId(); !operation.isEmpty()) {
        settings.setValue(u"operation"_s, operation);
    }
    settings.endGroup();
}

void WindowState::restore(RestorableWindow &window, QSettings &settings)
{
    settings.beginGroup(group);
    if (const QByteArray geometry = settings.value(u"geometry"_s).toByteArray(); !geometry.isEmpty()) {
        window.restoreGeometry(geometry);
    }
    if (const QByteArray state = settings.value(u"state"_s).toByteArray(); !state.isEmpty()) {
        window.restoreState(state, formatVersion);
    }
    // The operation before the tabs: selecting one may switch tabs itself.
    if (const QString operation = settings.value(u"operation"_s).toString(); !operation.isEmpty()) {
        window.selectOperation(operation);
    }
    for (QTabWidget *tabs : namedWidgetsOf<QTabWidget>(window)) {
        bool ok = false;
        const int index = settings.value(u"tabs/"_s + tabs->objectName()).toInt(&ok);
        if (ok && index >= 0 && index < tabs->count()) {
            tabs->setCurrentIndex(index);
        }
    }
    // Splitters last, as the operation's form changes what the panes need. A window not shown yet has not laid
    // out: lay it out at the restored size first, parents before children,
    // so each splitter restores against its real extent instead of scaling the saved sizes to a default one.
    if (window.layout()) {
        window.layout()->activate();
    }
    const QList<QWidget *> children = window.findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->layout() && child->window() == &window) {
            child->layout()->activate();
        }
    }
    for (QSplitter *splitter : namedWidgetsOf<QSplitter>(window)) {
        const QByteArray state = settings.value(u"splitters/"_s + splitter->objectName()).toByteArray();
        if (!state.isEmpty()) {
            splitter->restoreState(state);
        }
    }
    settings.endGroup();
}

} // namespace Esi::Ui
