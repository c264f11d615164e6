#include "core/result/resultdata.h"
#include "ui/result/exportdialog.h"
#include "ui/result/exportjob.h"

#include <QCheckBox>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::CallOutcome;
using Esi::Ui::ExportDialog;
using Esi::Ui::ExportJob;
using Esi::Ui::ExportRequest;

// The export dialog's CSV option for cells that look like formulas, through to the file written.
class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    static CallOutcome outcome()
    {
        Esi::Core::PageResult page;
        page.language = u"en"_s;
        page.status = 200;
        page.body = "[{\"name\": \"=HYPERLINK(1)\", \"n\": -5}]";
        CallOutcome result;
        result.request.operationId = u"GetThings"_s;
        result.result.pages = {page};
        result.data = Esi::Core::ResultData::fromPages(result.result.pages);
        return result;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_directory.isValid());
    }

    void csv_defusesFormulasByDefault_andTheOptionWritesThemRaw()
    {
        const CallOutcome data = outcome();
        ExportDialog dialog(data, m_directory.path());
        auto *raw = dialog.findChild<QCheckBox *>(u"exportRawCells"_s);
        QVERIFY(raw);
        QVERIFY(!raw->isChecked());
        dialog.setFormat(u"csv"_s);
        dialog.setFilePath(m_directory.filePath(u"safe.csv"_s));
        ExportRequest request = dialog.request();
        request.provenance = false;
        QVERIFY(request.escapeFormulas);
        QCOMPARE(ExportJob::write(data, request), QString());
        QCOMPARE(readAll(request.filePath), QByteArray("n,name\r\n-5,'=HYPERLINK(1)\r\n"));

        raw->setChecked(true);
        dialog.setFilePath(m_directory.filePath(u"raw.csv"_s));
        request = dialog.request();
        request.provenance = false;
        QVERIFY(!request.escapeFormulas);
        QCOMPARE(ExportJob::write(data, request), QString());
        QCOMPARE(readAll(request.filePath), QByteArray("n,name\r\n-5,=HYPERLINK(1)\r\n"));

        dialog.setFormat(u"json"_s);
        QVERIFY(!raw->isEnabled());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
