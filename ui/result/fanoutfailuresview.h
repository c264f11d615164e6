#pragma once

#include "core/fanout/fanoutmerge.h"

#include <QTreeWidget>

namespace Esi::Ui {

// The items of a fan-out that failed, one line each (the value, the status, ESI's or our error), above the
// merged table of the others. Hidden when nothing failed.
class FanOutFailuresView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FanOutFailuresView(QWidget *parent = nullptr);

    void setFailures(const QList<Core::FanOutFailure> &failures, int items);
};

} // namespace Esi::Ui
