#include "ui/widgets/messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(u"messageBanner"_s);
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_icon->setObjectName(u"messageBannerIcon"_s);
    m_icon->setAccessibleName(tr("Message kind"));
    m_icon->setAlignment(Qt::AlignTop);

    m_title->setObjectName(u"messageBannerTitle"_s);
    m_title->setAccessibleName(tr("Message title"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    // Details carry file names and parser positions the user may want to copy.
    m_details->setObjectName(u"messageBannerDetails"_s);
    m_details->setAccessibleName(tr("Message details"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_closeButton->setObjectName(u"messageBannerClose"_s);
    m_closeButton->setAccessibleName(tr("Dismiss message"));
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBanner::dismiss);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_details);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon);
    layout->addLayout(text, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    applyKind();
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &title, const QString &details)
{
    m_kind = kind;
    m_title->setText(title);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    setAccessibleDescription(details.isEmpty() ? title : title + u' ' + details);
    applyKind();
    show();
}

void MessageBanner::dismiss()
{
    if (isHidden()) {
        return;
    }
    hide();
    Q_EMIT dismissed();
}

QString MessageBanner::title() const
{
    return m_title->text();
}

QString MessageBanner::details() const
{
    return m_details->text();
}

void MessageBanner::applyKind()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QColor accent(0x3f, 0xa9, 0xf5);
    if (m_kind == Kind::Warning) {
        pixmap = QStyle::SP_MessageBoxWarning;
        accent = QColor(0xf5, 0xa6, 0x23);
    } else if (m_kind == Kind::Error) {
        pixmap = QStyle::SP_MessageBoxCritical;
        accent = QColor(0xda, 0x44, 0x53);
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 2;
    // At this screen's scale, so the icon stays sharp on high-DPI screens.
    m_icon->setPixmap(
        style()->standardIcon(pixmap, nullptr, this).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));

    // A light tint of the accent over the window colour stays readable in light and dark themes.
    QPalette pal = palette();
    const QColor base = pal.color(QPalette::Window);
    const auto mix = [&](int from, int to) { return (from * 82 + to * 18) / 100; };
    pal.setColor(QPalette::Window, QColor(mix(base.red(), accent.red()), mix(base.green(), accent.green()),
                                          mix(base.blue(), accent.blue())));
    pal.setColor(QPalette::Light, accent);
    pal.setColor(QPalette::Dark, accent);
    pal.setColor(QPalette::Mid, accent);
    setPalette(pal);
}

} // namespace Esi::Ui
