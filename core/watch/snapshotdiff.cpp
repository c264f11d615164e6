#include "core/watch/snapshotdiff.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

quint64 packed(int language, qsizetype row)
{
    return (quint64(quint16(language)) << 48) | (quint64(row) & 0xffffffffffffULL);
}

// The key of every row of one language, the identity column's index looked up once.
QList<QString> keysOf(const ResultData &data, int language, const RowIdentity &identity)
{
    const int column = identity.isWholeRow() ? -1 : data.columnIndex(identity.column);
    const qsizetype rows = data.rowCount(language);
    QList<QString> keys;
    keys.reserve(rows);
    for (qsizetype row = 0; row < rows; ++row) {
        keys.append(identity.keyOf(data, language, row, column));
    }
    return keys;
}

} // namespace

QString RowChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return u"added"_s;
    case Kind::Removed:
        return u"removed"_s;
    case Kind::Changed:
        return u"changed"_s;
    }
    return {};
}

QString RowChange::text(const QJsonValue &value, int maxChars)
{
    QString text;
    if (value.isObject()) {
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    } else if (value.isNull() || value.isUndefined()) {
        text = u"null"_s;
    } else {
        text = ResultData::displayText(value);
    }
    return text.size() > maxChars ? text.left(qMax(0, maxChars)) + u'\u2026' : text;
}

SnapshotDiff SnapshotDiff::compare(const ResultData &before, const ResultData &after, const RowIdentity &identity,
                                   qsizetype maxListed)
{
    SnapshotDiff diff;
    diff.m_identity = identity;
    // Columns by name in the earlier snapshot, so a column that appeared or went away compares as a change.
    QHash<QString, int> beforeColumns;
    for (int column = 0; column < before.columns().size(); ++column) {
        beforeColumns.insert(before.columns().at(column).name, column);
    }
    QStringList columnNames;
    for (const ResultData::Column &column : after.columns()) {
        columnNames.append(column.name);
    }
    for (const ResultData::Column &column : before.columns()) {
        if (after.columnIndex(column.name) < 0) {
            columnNames.append(column.name);
        }
    }

    const QStringList languages = after.languages();
    QStringList allLanguages = languages;
    for (const QString &language : before.languages()) {
        if (!allLanguages.contains(language)) {
            allLanguages.append(language);
        }
    }
    for (const QString &languageName : std::as_const(allLanguages)) {
        const int beforeLanguage = before.languageIndex(languageName);
        const int afterLanguage = after.languageIndex(languageName);
        // Earlier rows by key; equal keys queue up in row order and pair with later rows one by one.
        QHash<QString, QList<qsizetype>> pending;
        QList<QString> beforeKeys;
        if (beforeLanguage >= 0) {
            beforeKeys = keysOf(before, beforeLanguage, identity);
            pending.reserve(beforeKeys.size());
            for (qsizetype row = 0; row < beforeKeys.size(); ++row) {
                pending[beforeKeys.at(row)].append(row);
            }
        }
        // std::vector: gcc 12 at -O2 misreads QList<bool>(n, false) as an unbounded memset (-Wstringop-overflow).
        std::vector<bool> matched(size_t(beforeKeys.size()), false);
        if (afterLanguage >= 0) {
            const QList<QString> afterKeys = keysOf(after, afterLanguage, identity);
            for (qsizetype row = 0; row < afterKeys.size(); ++row) {
                const QString &key = afterKeys.at(row);
                auto it = pending.find(key);
                if (it == pending.end() || it->isEmpty()) {
                    ++diff.m_added;
                    diff.m_afterKinds.insert(packed(afterLanguage, row), int(RowChange::Kind::Added));
                    diff.list({RowChange::Kind::Added, key, afterLanguage, -1, row, after.row(afterLanguage, row), {}},
                              maxListed);
                    continue;
                }
                const qsizetype beforeRow = it->takeFirst();
                matched[size_t(beforeRow)] = true;
                if (identity.isWholeRow()) {
                    continue; // the key is the row: equal
                }
                QList<CellChange> cells;
                for (const QString &name : std::as_const(columnNames)) {
                    const int afterColumn = after.columnIndex(name);
                    const int beforeColumn = beforeColumns.value(name, -1);
                    const QJsonValue was =
                        beforeColumn >= 0 ? before.cell(beforeLanguage, beforeRow, beforeColumn) : QJsonValue();
                    const QJsonValue now =
                        afterColumn >= 0 ? after.cell(afterLanguage, row, afterColumn) : QJsonValue();
                    if (was != now) {
                        cells.append({name, was.isUndefined() ? QJsonValue(QJsonValue::Null) : was,
                                      now.isUndefined() ? QJsonValue(QJsonValue::Null) : now});
                    }
                }
                if (!cells.isEmpty()) {
                    ++diff.m_changed;
                    diff.m_afterKinds.insert(packed(afterLanguage, row), int(RowChange::Kind::Changed));
                    diff.list({RowChange::Kind::Changed, key, afterLanguage, beforeRow, row,
                               after.row(afterLanguage, row), cells},
                              maxListed);
                }
            }
        }
        for (qsizetype row = 0; row < beforeKeys.size(); ++row) {
            if (!matched[size_t(row)]) {
                ++diff.m_removed;
                diff.list({RowChange::Kind::Removed,
                           beforeKeys.at(row),
                           beforeLanguage,
                           row,
                           -1,
                           before.row(beforeLanguage, row),
                           {}},
                          maxListed);
            }
        }
    }
    return diff;
}

SnapshotDiff SnapshotDiff::none(const RowIdentity &identity)
{
    SnapshotDiff diff;
    diff.m_identity = identity;
    return diff;
}

void SnapshotDiff::list(RowChange change, qsizetype maxListed)
{
    if (qsizetype(m_changes.size()) < maxListed) {
        m_changes.append(std::move(change));
    }
}

int SnapshotDiff::kindOfAfterRow(int language, qsizetype row) const
{
    return m_afterKinds.value(packed(language, row), -1);
}

QString SnapshotDiff::summary() const
{
    if (isEmpty()) {
        return QCoreApplication::translate("Esi::Core::SnapshotDiff", "no change");
    }
    QStringList parts;
    if (m_added > 0) {
        parts.append(QCoreApplication::translate("Esi::Core::SnapshotDiff", "%n added", nullptr, int(m_added)));
    }
    if (m_changed > 0) {
        parts.append(QCoreApplication::translate("Esi::Core::SnapshotDiff", "%n changed", nullptr, int(m_changed)));
    }
    if (m_removed > 0) {
        parts.append(QCoreApplication::translate("Esi::Core::SnapshotDiff", "%n removed", nullptr, int(m_removed)));
    }
    return parts.join(u", "_s);
}

} // namespace Esi::Core
