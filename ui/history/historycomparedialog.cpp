#include "ui/history/historycomparedialog.h"

#include "ui/history/rowcompareview.h"
#include "ui/widgets/humanformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

QString modeText(const Core::CallOptions &options)
{
    return options.mode == Core::CallMode::AllPages ? HistoryCompareDialog::tr("all pages")
                                                    : HistoryCompareDialog::tr("this page");
}

QString languageText(const Core::CallOptions &options)
{
    return options.allLanguages ? HistoryCompareDialog::tr("all languages") : options.language;
}

} // namespace

HistoryCompareDialog::HistoryCompareDialog(const Core::HistoryEntry &first, const Core::HistoryEntry &second,
                                           QWidget *parent)
    : QDialog(parent)
    , m_verdict(new QLabel(this))
    , m_fields(new QTreeWidget(this))
    , m_path(first.path)
{
    setObjectName(u"historyCompareDialog"_s);
    setAccessibleName(tr("Compare calls"));
    setWindowTitle(tr("Compare %1")
                       .arg(first.operationId == second.operationId
                                ? first.operationId
                                : first.operationId + u" / "_s + second.operationId));

    m_verdict->setObjectName(u"compareVerdict"_s);
    m_verdict->setAccessibleName(tr("Comparison result"));
    m_verdict->setWordWrap(true);
    QFont font = m_verdict->font();
    font.setBold(true);
    m_verdict->setFont(font);

    m_fields->setObjectName(u"compareFields"_s);
    m_fields->setAccessibleName(tr("Fields"));
    const QLocale locale;
    m_fields->setHeaderLabels({tr("Field"), locale.toString(first.startedAt.toLocalTime(), QLocale::ShortFormat),
                               locale.toString(second.startedAt.toLocalTime(), QLocale::ShortFormat)});
    m_fields->setRootIsDecorated(false);
    m_fields->setAlternatingRowColors(true);
    m_fields->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    addRow(tr("Operation"), first.operationId, second.operationId);
    addRow(tr("Parameters"), first.parametersText(), second.parametersText());
    addRow(tr("Character"), first.characterName, second.characterName);
    addRow(tr("Pages asked"), modeText(first.options), modeText(second.options));
    addRow(tr("Language"), languageText(first.options), languageText(second.options));
    addRow(tr("Compatibility date"), first.compatibilityDate, second.compatibilityDate);
    addRow(tr("Server"), first.server, second.server);
    addRow(tr("Outcome"), first.outcome + (first.message.isEmpty() ? QString() : u": "_s + first.message),
           second.outcome + (second.message.isEmpty() ? QString() : u": "_s + second.message));
    addRow(tr("HTTP status"), QString::number(first.httpStatus), QString::number(second.httpStatus));
    addRow(tr("Pages"), HumanFormat::count(first.pages), HumanFormat::count(second.pages));
    addRow(tr("Rows"), HumanFormat::count(first.rows), HumanFormat::count(second.rows));
    addRow(tr("ETag (page 1)"), first.etag, second.etag);
    addRow(tr("Last-Modified (page 1)"), first.lastModified, second.lastModified);
    addRow(tr("Requests"), HumanFormat::count(first.requests), HumanFormat::count(second.requests), false);
    addRow(tr("Fresh from cache"), HumanFormat::count(first.fromCache), HumanFormat::count(second.fromCache), false);
    addRow(tr("Revalidated (304)"), HumanFormat::count(first.notModified), HumanFormat::count(second.notModified),
           false);
    addRow(tr("Bytes over the network"), HumanFormat::bytes(first.bytes), HumanFormat::bytes(second.bytes), false);
    addRow(tr("Time"), HumanFormat::duration(first.durationMs()), HumanFormat::duration(second.durationMs()), false);
    addRow(tr("Data (SHA-256 of the bodies)"), QString::fromLatin1(first.bodyHash.toHex().left(16)),
           QString::fromLatin1(second.bodyHash.toHex().left(16)));

    if (first.bodyHash.isEmpty() || second.bodyHash.isEmpty()) {
        m_verdict->setText(tr("Not comparable: at least one of the calls returned no data."));
    } else if (first.bodyHash == second.bodyHash) {
        m_verdict->setText(tr("Same data: every page body is identical."));
    } else {
        m_verdict->setText(tr("The data differs between the two calls."));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"compareButtons"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_fields, 1);
    layout->addWidget(buttons);
    resize(760, 520);
}

void HistoryCompareDialog::compareRows(const Core::ResultDataPtr &first, const Core::ResultDataPtr &second)
{
    if (!m_rows) {
        m_rows = new RowCompareView(this);
        auto *box = qobject_cast<QVBoxLayout *>(layout());
        box->insertWidget(box->indexOf(m_fields) + 1, m_rows, 1);
        resize(width(), height() + 240);
    }
    m_rows->compare(first, second, m_path);
}

void HistoryCompareDialog::addRow(const QString &field, const QString &first, const QString &second, bool significant)
{
    auto *item = new QTreeWidgetItem(m_fields, {field, first, second});
    item->setToolTip(1, first);
    item->setToolTip(2, second);
    if (first != second) {
        if (significant) {
            ++m_differences;
        }
        const QColor mark = significant ? QColor(0xff, 0xd8, 0x4d, 110) : QColor(0x9a, 0x9a, 0x9a, 50);
        for (int column = 0; column < 3; ++column) {
            item->setBackground(column, mark);
        }
    }
}

QString HistoryCompareDialog::verdict() const
{
    return m_verdict->text();
}

} // namespace Esi::Ui
