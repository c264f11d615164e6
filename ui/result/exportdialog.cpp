#include "ui/result/exportdialog.h"

#include "ui/widgets/humanformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

ExportDialog::ExportDialog(const Core::CallOutcome &outcome, const QString &directory, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_provenance(
          new QCheckBox(tr("Write a provenance file next to it (operation, parameters, date, ETag\u2026)"), this))
    , m_byteOrderMark(new QCheckBox(tr("Start with a UTF-8 byte order mark (for Excel)"), this))
    , m_rawCells(new QCheckBox(tr("Write cells starting with = + - @ as they came (a spreadsheet may run them as "
                                  "formulas)"),
                               this))
    , m_names(new QCheckBox(tr("Add a name next to every column of EVE IDs (type_id \u2192 type_name)"), this))
    , m_summary(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"exportDialog"_s);
    setAccessibleName(tr("Export result"));
    setWindowTitle(tr("Export %1").arg(outcome.request.operationId));

    m_format->setObjectName(u"exportFormat"_s);
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("CSV \u2014 nested fields as dotted columns, RFC 4180"), u"csv"_s);
    m_format->addItem(tr("JSON \u2014 as received, pages merged into one array"), u"json"_s);
    m_format->addItem(tr("NDJSON \u2014 one row per line"), u"ndjson"_s);
    m_format->addItem(tr("SQLite \u2014 a table per operation, array fields in child tables; an existing file gets "
                         "one more run"),
                      u"sqlite"_s);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::handleFormatChanged);

    m_path->setObjectName(u"exportPath"_s);
    m_path->setAccessibleName(tr("File"));
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    auto *browse = new QPushButton(tr("Browse\u2026"), this);
    browse->setObjectName(u"exportBrowse"_s);
    browse->setAccessibleName(tr("Choose the file"));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::handleBrowse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_language->setObjectName(u"exportLanguage"_s);
    m_language->setAccessibleName(tr("Language"));
    const QStringList languages = outcome.data ? outcome.data->languages() : QStringList();
    m_language->addItem(tr("All %1 languages (rows get a \u201clanguage\u201d field)").arg(languages.size()), -1);
    for (qsizetype i = 0; i < languages.size(); ++i) {
        m_language->addItem(languages.at(i), int(i));
    }

    m_provenance->setObjectName(u"exportProvenance"_s);
    m_provenance->setAccessibleName(tr("Write provenance"));
    m_provenance->setChecked(true);
    m_byteOrderMark->setObjectName(u"exportByteOrderMark"_s);
    m_byteOrderMark->setAccessibleName(tr("Byte order mark"));
    m_rawCells->setObjectName(u"exportRawCells"_s);
    m_rawCells->setAccessibleName(tr("Cells as they came"));
    m_rawCells->setToolTip(tr("Off (recommended): text cells that start with =, +, -, @, a tab or a carriage return "
                              "get a leading apostrophe (') so that opening the file never runs a formula sent by the "
                              "server. Numbers are never changed."));

    m_summary->setObjectName(u"exportSummary"_s);
    m_summary->setAccessibleName(tr("What is exported"));
    const qint64 rows = outcome.data ? outcome.data->totalRowCount() : 0;
    m_summary->setText(tr("%1 rows from %2 pages of %3.")
                           .arg(HumanFormat::count(rows), HumanFormat::count(outcome.result.pages.size()),
                                outcome.request.operationId));
    m_problem->setObjectName(u"exportProblem"_s);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xd0, 0x39, 0x3e));
    m_problem->setPalette(palette);

    m_buttons->setObjectName(u"exportButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto label = [this](const char *name, const QString &text, QWidget *buddy) {
        auto *widget = new QLabel(text, this);
        widget->setObjectName(QString::fromLatin1(name));
        widget->setAccessibleName(QString(text).remove(u'&'));
        widget->setBuddy(buddy);
        return widget;
    };
    auto *form = new QFormLayout;
    form->addRow(label("exportFormatLabel", tr("&Format"), m_format), m_format);
    form->addRow(label("exportPathLabel", tr("F&ile"), m_path), pathRow);
    if (languages.size() > 1) {
        form->addRow(label("exportLanguageLabel", tr("&Language"), m_language), m_language);
    } else {
        m_language->hide();
    }
    form->addRow(static_cast<QWidget *>(nullptr), m_provenance);
    form->addRow(static_cast<QWidget *>(nullptr), m_byteOrderMark);
    form->addRow(static_cast<QWidget *>(nullptr), m_rawCells);
    m_names->setObjectName(u"exportNames"_s);
    m_names->setAccessibleName(tr("Add names"));
    m_names->setToolTip(tr("The names ESI Studio knows from /universe/names; an ID without one (a structure, an "
                           "item) gets an empty name"));
    m_names->setChecked(true);
    form->addRow(static_cast<QWidget *>(nullptr), m_names);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    const QString base =
        outcome.request.operationId + u'-' + outcome.finishedAt.toUTC().toString(u"yyyyMMdd-HHmmss"_s) + u".csv"_s;
    m_path->setText(QDir(directory).filePath(base));
    handleFormatChanged();
    resize(qMax(sizeHint().width(), 620), sizeHint().height());
}

void ExportDialog::handleFormatChanged()
{
    const QString format = m_format->currentData().toString();
    m_byteOrderMark->setEnabled(format == u"csv");
    m_rawCells->setEnabled(format == u"csv");
    const QString path = m_path->text();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        m_path->setText(info.dir().filePath(info.completeBaseName() + u'.' + format));
    }
    updateState();
}

void ExportDialog::handleBrowse()
{
    const QString format = m_format->currentData().toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export To"), m_path->text(), tr("%1 files (*.%2);;All files (*)").arg(format.toUpper(), format));
    if (!path.isEmpty()) {
        m_path->setText(path);
    }
}

void ExportDialog::setFormat(const QString &format)
{
    const int index = m_format->findData(format);
    if (index >= 0) {
        m_format->setCurrentIndex(index);
    }
}

void ExportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::problem() const
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        return tr("Choose a file to export to.");
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        return tr("%1 is a folder; add a file name.").arg(QDir::toNativeSeparators(path));
    }
    if (!info.dir().exists()) {
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
    }
    return {};
}

void ExportDialog::updateState()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty() && !m_path->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.format = m_format->currentData().toString();
    request.filePath = m_path->text().trimmed();
    request.provenance = m_provenance->isChecked();
    request.byteOrderMark = m_byteOrderMark->isEnabled() && m_byteOrderMark->isChecked();
    request.escapeFormulas = !(m_rawCells->isEnabled() && m_rawCells->isChecked());
    request.language = m_language->currentData().toInt();
    request.names = m_names->isChecked();
    return request;
}

} // namespace Esi::Ui
