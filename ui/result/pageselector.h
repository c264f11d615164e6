#pragma once

#include "core/http/callresult.h"

#include <QComboBox>

namespace Esi::Ui {

// Picks one page of a result ("Page 3 of 300 · en · 200 · network") for the raw and header views.
class PageSelector : public QComboBox
{
    Q_OBJECT

public:
    explicit PageSelector(QWidget *parent = nullptr);

    void setPages(const QList<Core::PageResult> &pages);
};

} // namespace Esi::Ui
