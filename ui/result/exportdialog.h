#pragma once

#include "core/result/calloutcome.h"
#include "ui/result/exportrequest.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Esi::Ui {

// Asks where and how to save a result: format (JSON as received with pages merged, NDJSON, or CSV with
// nested objects as dotted columns), the file, which language of a localized run, and whether to
// write the provenance sidecar.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const Core::CallOutcome &outcome, const QString &directory, QWidget *parent = nullptr);

    ExportRequest request() const;

    void setFormat(const QString &format);
    void setFilePath(const QString &path);

    QString problem() const; // why the export cannot start yet; empty when it can

private:
    void handleFormatChanged();
    void handleBrowse();
    void updateState();

    QComboBox *m_format;
    QLineEdit *m_path;
    QComboBox *m_language;
    QCheckBox *m_provenance;
    QCheckBox *m_byteOrderMark;
    QCheckBox *m_rawCells;
    QLabel *m_summary;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Esi::Ui
