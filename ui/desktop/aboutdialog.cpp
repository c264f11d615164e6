#include "ui/desktop/aboutdialog.h"

#include "esiversion.h"
#include "ui/desktop/versioninfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr int iconSize = 64;

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy Versions"), this))
{
    setObjectName(u"aboutDialog"_s);
    setAccessibleName(tr("About ESI Studio"));
    setWindowTitle(tr("About ESI Studio"));

    // The icon comes from the SVG through QIcon, so it is drawn for the screen's scale, never scaled up from 1x.
    auto *icon = new QLabel(this);
    icon->setObjectName(u"aboutIcon"_s);
    icon->setAccessibleName(tr("ESI Studio icon"));
    const QIcon appIcon = QApplication::windowIcon();
    icon->setPixmap(appIcon.pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    icon->setVisible(!appIcon.isNull());

    m_text->setObjectName(u"aboutText"_s);
    m_text->setAccessibleName(tr("About ESI Studio"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setMinimumWidth(420);

    m_copy->setObjectName(u"copyVersionsButton"_s);
    m_copy->setAccessibleName(tr("Copy versions"));
    m_copy->setToolTip(tr("Copy the versions of ESI Studio, Qt, QtKeychain, OpenSSL and the system for a bug report"));
    connect(m_copy, &QPushButton::clicked, this, &AboutDialog::handleCopyClicked);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"aboutButtons"_s);
    buttons->setAccessibleName(tr("Dialog buttons"));
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"aboutCloseButton"_s);
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    setSpec(nullptr);
}

void AboutDialog::setSpec(Core::SpecPtr spec)
{
    m_spec = std::move(spec);
    m_text->setText(html(m_spec.get()));
}

QString AboutDialog::html(const Core::Spec *spec)
{
    QString text = u"<h3>"_s + tr("ESI Studio %1").arg(QStringLiteral(ESI_STUDIO_VERSION)).toHtmlEscaped() + u"</h3>"_s;
    text += u"<p>"_s +
            tr("Explore EVE Online's ESI: browse every operation of a spec, run it, inspect and export the "
               "result while watching the rate and error limits.")
                .toHtmlEscaped() +
            u"</p>"_s;
    if (spec) {
        text += u"<p>"_s + tr("Spec: %1, compatibility date %2.").arg(spec->title(), spec->version()).toHtmlEscaped() +
                u"</p>"_s;
    }
    text += u"<table>"_s;
    const QList<VersionInfo::Component> components = VersionInfo::components();
    for (const VersionInfo::Component &component : components) {
        text += u"<tr><td>"_s + component.name.toHtmlEscaped() + u"&nbsp;&nbsp;</td><td>"_s +
                component.version.toHtmlEscaped() + u"</td></tr>"_s;
    }
    text += u"</table>"_s;
    return text;
}

QString AboutDialog::reportText(const Core::Spec *spec)
{
    QString text = VersionInfo::plainText();
    if (spec) {
        // The file name only: a full path would put the reporter's home folder into a public issue.
        text += tr("Spec: %1 (%2)").arg(spec->version(), QFileInfo(spec->source()).fileName()) + u'\n';
    }
    return text;
}

void AboutDialog::handleCopyClicked()
{
    QGuiApplication::clipboard()->setText(reportText(m_spec.get()));
    Q_EMIT versionsCopied();
}

} // namespace Esi::Ui
