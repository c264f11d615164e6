#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace Esi::Ui {

// What a confirmation asks: the box's texts and the names tests and screen readers find it by.
struct ConfirmationText
{
    QString objectName;
    QString title;
    QString text;
    QString accessibleName;
    QString confirm; // the text of the button that goes ahead
    QString confirmObjectName;
};

// A warning asking before something that cannot be undone; Cancel is the default. Deletes itself when closed.
QMessageBox *confirmationBox(QWidget *parent, const ConfirmationText &what);

} // namespace Esi::Ui
