#pragma once

#include "core/spec/spec.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace Esi::Ui {

// Help > About: what ESI Studio is, the spec on screen, and the versions of everything it runs on, with a
// button that copies those versions for a bug report.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    void setSpec(Core::SpecPtr spec);

    static QString html(const Core::Spec *spec);
    // What "Copy Versions" puts on the clipboard.
    static QString reportText(const Core::Spec *spec);

    QPushButton *copyButton() const { return m_copy; }

Q_SIGNALS:
    void versionsCopied();

private:
    void handleCopyClicked();

    Core::SpecPtr m_spec;
    QLabel *m_text;
    QPushButton *m_copy;
};

} // namespace Esi::Ui
