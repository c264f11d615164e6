#include "ui/widgets/confirmationbox.h"

#include <QAbstractButton>
#include <QMessageBox>

namespace Esi::Ui {

QMessageBox *confirmationBox(QWidget *parent, const ConfirmationText &what)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, what.title, what.text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setObjectName(what.objectName);
    box->setAccessibleName(what.accessibleName);
    box->button(QMessageBox::Yes)->setText(what.confirm);
    box->button(QMessageBox::Yes)->setObjectName(what.confirmObjectName);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

} // namespace Esi::Ui
