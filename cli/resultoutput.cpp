#include "cli/resultoutput.h"

#include "cli/console.h"
#include "cli/exitcode.h"
#include "core/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

using namespace Core;

namespace {

// Adds the language to every row of an --all-languages result, so one table holds all eight.
QJsonArray withLanguage(const QJsonArray &rows, const QString &language)
{
    QJsonArray result;
    for (const QJsonValue &row : rows) {
        QJsonObject object = row.isObject() ? row.toObject() : QJsonObject{{u"value"_s, row}};
        object.insert(u"language"_s, language);
        result.append(object);
    }
    return result;
}

} // namespace

ResultOutput::ResultOutput(Setup setup)
    : m_setup(std::move(setup))
{}

ResultOutput::~ResultOutput()
{
    discard();
}

bool ResultOutput::open(QString *error)
{
    m_writer = ExportWriterFactory::create(m_setup.format, m_setup.exportOptions, error);
    if (!m_writer) {
        return false;
    }
    if (m_setup.outFile.isEmpty()) {
        return true; // stdout: written whole by finish()
    }
    m_newFile = !QFileInfo::exists(m_setup.outFile);
    if (m_setup.rows) {
        return true; // written whole by finish(), once the rows can be completed
    }
    if (!begin(error)) {
        return false;
    }
    m_streaming = true;
    return true;
}

bool ResultOutput::begin(QString *error)
{
    const QString name = QDir::toNativeSeparators(m_setup.outFile);
    m_file = std::make_unique<QSaveFile>(m_setup.outFile);
    if (!m_file->open(QIODevice::WriteOnly)) {
        *error = u"cannot write %1: %2"_s.arg(name, m_file->errorString());
        m_file.reset();
        return false;
    }
    if (m_newFile) {
        PrivateFiles::restrictToUser(*m_file); // a replaced file keeps the mode its owner gave it
    }
    if (!m_writer->begin(m_file.get())) {
        *error = m_writer->errorString();
        discard();
        return false;
    }
    return true;
}

void ResultOutput::addPage(const PageResult &page)
{
    if (!m_streaming || hasError()) {
        return;
    }
    const int language = m_setup.allLanguages ? int(m_setup.languages.indexOf(page.language)) : 0;
    if (language < m_language || (language == m_language && page.page < m_page)) {
        return; // already written (cannot happen unless the call repeats a page; finish() checks the order)
    }
    m_ahead.insert({language, page.page}, page);
    writeReadyPages();
}

void ResultOutput::writeReadyPages()
{
    for (auto it = m_ahead.find({m_language, m_page}); it != m_ahead.end() && !hasError();
         it = m_ahead.find({m_language, m_page})) {
        const PageResult page = it.value();
        m_ahead.erase(it);
        if (m_page == 1) {
            m_languageTotal = totalPages(page);
        }
        if (!writePage(page)) {
            return;
        }
        m_written.append({page.language, page.page});
        ++m_page;
        if (m_languageTotal > 0 && m_page > m_languageTotal) {
            ++m_language; // the next language may start: this one is complete
            m_page = 1;
            m_languageTotal = 0;
        }
    }
}

int ResultOutput::totalPages(const PageResult &firstPage) const
{
    switch (m_setup.pageCount) {
    case PageCount::One:
        return 1;
    case PageCount::XPages: {
        bool ok = false;
        const int pages = headerValue(firstPage.headers, "X-Pages").trimmed().toInt(&ok);
        return ok && pages > 0 ? pages : 1;
    }
    case PageCount::Unknown:
        break;
    }
    return 0;
}

bool ResultOutput::writePage(const PageResult &page, const FanOutItem *item)
{
    if (!item && !m_setup.allLanguages && !m_setup.rows) {
        bool handled = false;
        if (!m_writer->writeArrayText(page.body, &handled)) {
            m_error = m_writer->errorString();
            return false;
        }
        if (handled) {
            return true; // an array body: its items are the rows
        }
    }
    QJsonArray rows = item ? item->labelRows(pageRows(page)) : pageRows(page);
    if (m_setup.rows) {
        rows = m_setup.rows(rows);
    }
    if (!m_writer->writeRows(m_setup.allLanguages ? withLanguage(rows, page.language) : rows)) {
        m_error = m_writer->errorString();
        return false;
    }
    return true;
}

bool ResultOutput::writeItem(const FanOutOutcome &outcome)
{
    if (!outcome.result.isOk()) {
        return true; // a failed item has no rows; stderr names it
    }
    for (const PageResult &page : outcome.result.pages) {
        if (!writePage(page, &outcome.item)) {
            return false;
        }
    }
    return true;
}

void ResultOutput::addItem(int index, const FanOutOutcome &outcome)
{
    if (!m_streaming || hasError() || index < m_item) {
        return;
    }
    m_aheadItems.insert(index, outcome);
    bool wrote = false;
    for (auto it = m_aheadItems.find(m_item); it != m_aheadItems.end() && !hasError(); it = m_aheadItems.find(m_item)) {
        const FanOutOutcome ready = it.value();
        m_aheadItems.erase(it);
        if (!writeItem(ready)) {
            return;
        }
        ++m_item;
        wrote = true;
    }
    if (wrote && m_file && !m_file->flush()) { // on its way to the disk, not in a buffer until the end
        m_error = u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(m_setup.outFile), m_file->errorString());
    }
}

bool ResultOutput::finishItems(const QList<FanOutOutcome> &outcomes)
{
    if (hasError()) {
        discard();
        return false;
    }
    return writeRest(m_item, outcomes.size(),
                     [this, &outcomes](qsizetype item) { return writeItem(outcomes.at(item)); });
}

void ResultOutput::restart()
{
    if (!m_streaming) {
        return;
    }
    discard();
    m_streaming = false;
    m_ahead.clear();
    m_written.clear();
    m_language = 0;
    m_page = 1;
    m_languageTotal = 0;
}

bool ResultOutput::finish(const CallResult &result)
{
    if (hasError()) {
        discard();
        return false;
    }
    const QList<PageResult> &pages = result.pages;
    // What was streamed must be the start of the result; anything else (never seen) is written afresh.
    bool prefix = m_written.size() <= pages.size();
    for (qsizetype i = 0; prefix && i < m_written.size(); ++i) {
        prefix = m_written.at(i) == std::pair(pages.at(i).language, pages.at(i).page);
    }
    if (m_streaming && !prefix) {
        restart();
    }
    if (m_setup.exportOptions.sqliteRun) {
        m_setup.exportOptions.sqliteRun->takePages(pages); // recorded in the file's esi_runs
    }
    return writeRest(m_written.size(), pages.size(),
                     [this, &pages](qsizetype page) { return writePage(pages.at(page)); });
}

// Writes parts [next, count) with `write` where they go (stdout, the file streamed so far, or a new file when
// nothing was streamed: then from 0) and puts the file in place.
bool ResultOutput::writeRest(qsizetype next, qsizetype count, const std::function<bool(qsizetype)> &write)
{
    QFile standardOutput;
    if (!beginEnd(standardOutput, &next)) {
        return false;
    }
    for (; next < count; ++next) {
        if (!write(next)) {
            discard();
            return false;
        }
    }
    return end();
}

// Where the rest goes: stdout (written whole now), the file streamed so far (from `next` on), or a new file.
bool ResultOutput::beginEnd(QFile &standardOutput, qsizetype *next)
{
    if (m_setup.outFile.isEmpty()) {
        if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
            m_error = u"cannot write to stdout: "_s + standardOutput.errorString();
            return false;
        }
        if (!m_writer->begin(&standardOutput)) {
            m_error = m_writer->errorString();
            return false;
        }
    } else if (!m_file) {
        QString error;
        m_writer = ExportWriterFactory::create(m_setup.format, m_setup.exportOptions, &error);
        if (!m_writer || !begin(&error)) {
            m_error = error;
            return false;
        }
        *next = 0;
    }
    return true;
}

bool ResultOutput::end()
{
    if (!m_writer->finish()) {
        m_error = m_writer->errorString();
        discard();
        return false;
    }
    if (m_file && !m_file->commit()) {
        m_error = u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(m_setup.outFile), m_file->errorString());
        m_file.reset();
        return false;
    }
    m_file.reset();
    return true;
}

int ResultOutput::stopCode(int interruptSignal, Console &console)
{
    if (interruptSignal != 0) {
        discard();
        console.writeError(interruptSignal == SIGINT ? u"esi: interrupted\n"_s : u"esi: terminated\n"_s);
        return 128 + interruptSignal;
    }
    if (hasError()) {
        discard();
        return console.fail(ExitCode::Failure, m_error);
    }
    return -1;
}

void ResultOutput::discard()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // QSaveFile removes its temporary file when destroyed without a commit
    }
}

} // namespace Esi::Cli
