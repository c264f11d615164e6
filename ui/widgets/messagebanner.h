#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace Esi::Ui {

// A non-modal message strip shown above a view (like KMessageWidget): errors that must be read but
// must not block the window, e.g. a spec file that failed to load while the previous spec stays open.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &title, const QString &details);
    void dismiss();

    Kind kind() const { return m_kind; }

    QString title() const;
    QString details() const;

Q_SIGNALS:
    void dismissed();

private:
    void applyKind();

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_details;
    QToolButton *m_closeButton;
};

} // namespace Esi::Ui
