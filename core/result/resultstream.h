#pragma once

#include "core/http/callresult.h"
#include "core/result/pagehashchain.h"
#include "core/result/resultdata.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMap>
#include <QObject>
#include <memory>
#include <optional>

namespace Esi::Core {

// Turns the pages of a running call into rows while the call goes on: each page is decoded into a
// ResultChunk on the global thread pool as it arrives, and the chunks join the result in page order (per
// language), so the first rows show long before the last page is in. A snapshot restart (Last-Modified
// changed) drops that language's rows; its pages come again.
//
// On the same pool task each page's body is packed (packBody; pagePacked hands it to whoever keeps the pages)
// and hashed in page order (PageHashChain), so neither the bodies nor their hash cost the window anything.
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

    // HistoryEntry::bodyHash of `pages` when the stream hashed exactly them (all decoded); nullopt otherwise.
    std::optional<QByteArray> bodyHash(const QList<PageResult> &pages) const { return m_hashes->result(pages); }

Q_SIGNALS:
    // `received` (the body as given to addPage) is `packed` once packed: PageResult::keepPacked.
    void pagePacked(const QString &language, int page, const QByteArray &received, const QByteArray &packed);
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

    struct Decoded
    {
        ResultChunkPtr chunk;
        int page = 0;
        QByteArray received;
        QByteArray packed; // empty when packing would not shrink the body
    };

    using Watcher = QFutureWatcher<Decoded>;

    static Decoded decode(const PageResult &page, quint64 generation, const std::shared_ptr<PageHashChain> &hashes);
    void handleDecoded(Watcher *watcher);
    bool flush(Language &language, bool all);
    void completeIfDone();

    ResultDataPtr m_data;
    QHash<QString, Language> m_languages;
    QHash<Watcher *, Decoding> m_decoding;
    std::shared_ptr<PageHashChain> m_hashes = std::make_shared<PageHashChain>();
    bool m_finishing = false;
    bool m_completed = false;
};

} // namespace Esi::Core
