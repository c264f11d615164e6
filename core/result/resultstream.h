#pragma once

#include "core/http/callresult.h"
#include "core/result/resultdata.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMap>
#include <QObject>

namespace Esi::Core {

// Turns the pages of a running call into rows while the call goes on: each page is decoded into a
// ResultChunk on the global thread pool as it arrives, and the chunks join the result in page order (per
// language), so the first rows show long before the last page is in. A snapshot restart (Last-Modified
// changed) drops that language's rows; its pages come again.
class ResultStream : public QObject
{
    Q_OBJECT

public:
    explicit ResultStream(QObject *parent = nullptr);
    ~ResultStream() override;

    void addPage(const PageResult &page);
    void restartLanguage(const QString &language);
    // No more pages come: `completed` follows once every page given is decoded (at once when none is left).
    void finish();
    // Stops now: pages still decoding are dropped; data() keeps the rows that joined.
    void abandon();

    ResultDataPtr data() const { return m_data; }

    int pagesDecoding() const { return int(m_decoding.size()); }

Q_SIGNALS:
    void rowsAdded(const Esi::Core::ResultDataPtr &data); // more rows (and maybe columns) after the earlier ones
    void rowsReset(const Esi::Core::ResultDataPtr &data); // rows were dropped (snapshot restart)
    void completed(const Esi::Core::ResultDataPtr &data);

private:
    struct Language
    {
        int nextPage = 1;
        quint64 generation = 0;
        QMap<int, ResultChunkPtr> waiting; // decoded, for a page after one still decoding
    };

    struct Decoding
    {
        QString language;
        quint64 generation = 0;
    };

    void handleDecoded(QFutureWatcher<ResultChunkPtr> *watcher);
    bool flush(Language &language, bool all);
    void completeIfDone();

    ResultDataPtr m_data;
    QHash<QString, Language> m_languages;
    QHash<QFutureWatcher<ResultChunkPtr> *, Decoding> m_decoding;
    bool m_finishing = false;
    bool m_completed = false;
};

} // namespace Esi::Core
