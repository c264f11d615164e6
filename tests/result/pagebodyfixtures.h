#pragma once

#include "core/http/callresult.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QString>

// Page bodies for tst_pagebodies: JSON a few kilobytes long (packing shrinks it), and the history's digest
// computed the way the history always did (QCryptographicHash), to hold BodyHash and PageHashChain to it.
namespace PageBodyFixtures {

inline QByteArray ordersBody(int page, int rows = 60)
{
    QByteArray json("[");
    for (int row = 0; row < rows; ++row) {
        if (row > 0) {
            json.append(',');
        }
        json.append("{\"order_id\":")
            .append(QByteArray::number(qint64(page) * 100000 + row))
            .append(",\"price\":")
            .append(QByteArray::number(100.25 + row))
            .append(",\"issued\":\"2026-11-28T19:13:19Z\",\"range\":\"station\",\"is_buy_order\":false}");
    }
    return json.append(']');
}

inline Esi::Core::PageResult page(int number, const QByteArray &body, const QString &language = QStringLiteral("en"))
{
    Esi::Core::PageResult result;
    result.language = language;
    result.page = number;
    result.status = 200;
    result.body = body;
    return result;
}

inline QByteArray historyDigest(const QList<Esi::Core::PageResult> &pages)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Esi::Core::PageResult &page : pages) {
        hash.addData(page.language.toUtf8());
        hash.addData(page.bytes());
    }
    return hash.result();
}

} // namespace PageBodyFixtures
