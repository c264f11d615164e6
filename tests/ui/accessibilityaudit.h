#pragma once

// Test helper: finds the controls assistive technology cannot name (tst_accessibility walks the main window and
// its dialogs with it; the character manager's and the sign-in window's tests walk theirs).
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStringList>
#include <QTabBar>
#include <QTabWidget>
#include <QWidget>

namespace AccessibilityAudit {

// Parts Qt builds inside its own widgets and names through them: a QTabWidget's bar (each tab is named by
// its text), scroll bars, scroll-area viewports, a table's corner button, a combo box's or spin box's inner line
// edit, a line edit's clear button, dock and toolbar buttons (objectName qt_...).
inline bool isQtInternal(const QObject *object)
{
    if (object->objectName().startsWith(QStringLiteral("qt_")) ||
        object->objectName().startsWith(QStringLiteral("_q_"))) {
        return true;
    }
    const auto *widget = qobject_cast<const QWidget *>(object);
    if (!widget) {
        return false;
    }
    const QWidget *parent = widget->parentWidget();
    const auto *scrollArea = qobject_cast<const QAbstractScrollArea *>(parent);
    return qobject_cast<const QScrollBar *>(widget) ||
           (qobject_cast<const QTabBar *>(widget) && qobject_cast<const QTabWidget *>(parent)) ||
           (scrollArea && scrollArea->viewport() == widget) ||
           (qobject_cast<const QAbstractButton *>(widget) && qobject_cast<const QAbstractItemView *>(parent)) ||
           qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent) ||
           qobject_cast<const QLineEdit *>(parent);
}

inline bool isInteractive(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) || qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QAbstractSlider *>(widget) || qobject_cast<const QTabBar *>(widget);
}

// What a screen reader announces: the accessibleName, else what Qt derives (a button's text, a field's buddy
// label).
inline QString spokenName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

inline QString describe(const QWidget *widget)
{
    QString path;
    for (const QObject *object = widget; object; object = object->parent()) {
        const QString name = object->objectName().isEmpty() ? QStringLiteral("?") : object->objectName();
        path.prepend(QStringLiteral("/") + QString::fromLatin1(object->metaObject()->className()) +
                     QStringLiteral("#") + name);
        if (object->isWidgetType() && static_cast<const QWidget *>(object)->isWindow()) {
            break;
        }
    }
    return path;
}

// Unnamed interactive widgets in `root`, its children included, each as its path of class#objectName.
inline QStringList unnamedControls(QWidget *root)
{
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (isInteractive(widget) && !isQtInternal(widget) && spokenName(widget).isEmpty()) {
            problems.append(describe(widget));
        }
    }
    return problems;
}

// Controls and labels of `root` given an objectName (so meant to be found) that a screen reader cannot name:
// also the labels, icons and messages unnamedControls() passes over; widgets inside `skipped` (e.g. a web
// view's own parts) are left out.
inline QStringList unnamedParts(QWidget *root, const QWidget *skipped = nullptr)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->objectName().isEmpty() || isQtInternal(widget) || (skipped && skipped->isAncestorOf(widget)) ||
            !(qobject_cast<const QLabel *>(widget) || isInteractive(widget))) {
            continue;
        }
        if (spokenName(widget).isEmpty()) {
            problems.append(describe(widget));
        }
    }
    return problems;
}

} // namespace AccessibilityAudit
