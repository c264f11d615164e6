#pragma once

#include "core/spec/spec.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Esi::Core {
class SpecSearch;
}

namespace Esi::Ui {

// Ctrl+K: type part of an operationId, path, summary or scope and jump to the best match with Return.
// Up and Down move through the matches without leaving the text field; Esc closes.
class QuickSwitcher : public QDialog
{
    Q_OBJECT

public:
    static constexpr int maxMatches = 50;

    explicit QuickSwitcher(QWidget *parent = nullptr);
    ~QuickSwitcher() override;

    void setSpec(Core::SpecPtr spec);
    void popup(); // centred over the parent window's top, text selected

    void setQuery(const QString &query);
    QStringList matches() const; // operationIds in the order shown

    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void operationChosen(const QString &operationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateMatches();
    void chooseCurrent();

    Core::SpecPtr m_spec;
    std::unique_ptr<Core::SpecSearch> m_search;
    QLineEdit *m_query;
    QListWidget *m_list;
    QLabel *m_hint;
};

} // namespace Esi::Ui
