#pragma once

#include "core/export/exportwriterfactory.h"
#include "core/fanout/fanoutrun.h"
#include "core/http/callresult.h"

#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QSaveFile>
#include <QStringList>
#include <functional>
#include <memory>

namespace Esi::Cli {

class Console;

// Where `esi call` writes its rows. With --out F the rows are written as pages arrive, in page order, into a
// temporary file beside F that replaces F only when the call succeeded and everything is written (QSaveFile):
// a failure, Ctrl+C or a crash never leaves anything half-written under F's name, and the temporary file is
// removed. Pages may arrive out of order: only those ahead of the next page to write are held back. Without
// --out the result goes to stdout once complete, so a failed call prints no rows.
//
// CSV turns each page into its lines as it arrives but writes them at the end, under a header that needs
// every row's columns (CsvExportWriter).
//
// A fan-out (`esi call name=a,b,c`, Setup::items > 0) goes through the same file and writers: each item is
// written once it succeeded, in item order, every row led by the item's "#<parameter>" column
// (FanOutItem::labelRows); a failed item writes nothing, and the rows of the others are still written.
class ResultOutput
{
public:
    enum class PageCount {
        One,     // one request per language (no paging, or a single page asked for)
        XPages,  // every page of a page-numbered operation: page 1's X-Pages says how many
        Unknown, // a cursor or from_id walk: known when the call ends
    };

    struct Setup
    {
        QString format;
        Core::ExportWriterFactory::Options exportOptions;
        QString outFile;       // empty: stdout at the end
        QStringList languages; // in the order the call asks them
        bool allLanguages = false;
        PageCount pageCount = PageCount::One; // pages of each language, known once its page 1 arrived
        // Set: every page's rows pass through it (e.g. --names adding fields), and nothing is written before
        // finish(), when what it needs is known.
        std::function<QJsonArray(const QJsonArray &)> rows;
        int items = 0; // a fan-out of this many items: addItem() and finishItems() instead of addPage(), finish()
    };

    explicit ResultOutput(Setup setup);
    ~ResultOutput(); // without a successful finish(), the temporary file is removed and F left as it was

    ResultOutput(const ResultOutput &) = delete;
    ResultOutput &operator=(const ResultOutput &) = delete;

    // Checks the format and opens the temporary file; false with `error` set.
    bool open(QString *error);

    void addPage(const Core::PageResult &page);

    // Last-Modified changed mid-call and the pages come again: what was written is dropped, and the
    // result is written whole by finish().
    void restart();

    bool hasError() const { return !m_error.isEmpty(); }

    QString errorString() const { return m_error; }

    // Writes what is not written yet (`result.pages` is the authority) and renames the file into place.
    bool finish(const Core::CallResult &result);

    // A fan-out's item `index` (its position in FanOutRun::outcomes()) settled: written when it succeeded and
    // every item before it is settled.
    void addItem(int index, const Core::FanOutOutcome &outcome);

    // Writes the items not written yet (`outcomes` is the authority) and renames the file into place.
    bool finishItems(const QList<Core::FanOutOutcome> &outcomes);

    // After the call: when it must end here, the temporary file goes and this is its exit status (an interrupt,
    // `interruptSignal` != 0: 128 + the signal, said on `console`; a write error: 1, said too); else -1.
    int stopCode(int interruptSignal, Console &console);

    // Gives up: the temporary file goes, F is untouched.
    void discard();

private:
    bool begin(QString *error);
    bool writePage(const Core::PageResult &page, const Core::FanOutItem *item = nullptr);
    bool writeItem(const Core::FanOutOutcome &outcome);
    void writeReadyPages();
    bool writeRest(qsizetype next, qsizetype count, const std::function<bool(qsizetype)> &write);
    bool beginEnd(QFile &standardOutput, qsizetype *next);
    bool end();
    int totalPages(const Core::PageResult &firstPage) const;

    Setup m_setup;
    std::unique_ptr<Core::ExportWriter> m_writer;
    std::unique_ptr<QSaveFile> m_file;
    bool m_newFile = false;
    bool m_streaming = false;
    QString m_error;

    // The next page to write, as (language index, page number), and the pages that arrived ahead of it.
    int m_language = 0;
    int m_page = 1;
    int m_languageTotal = 0; // pages of m_language; 0 while unknown
    QMap<std::pair<int, int>, Core::PageResult> m_ahead;
    QList<std::pair<QString, int>> m_written; // (language, page) in the order written

    // A fan-out: the next item to write and the items that settled ahead of it.
    int m_item = 0;
    QMap<int, Core::FanOutOutcome> m_aheadItems;
};

} // namespace Esi::Cli
