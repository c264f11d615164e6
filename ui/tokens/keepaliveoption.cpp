#include "ui/tokens/keepaliveoption.h"

#include "core/auth/tokenkeepalive.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

KeepAliveOption::KeepAliveOption(Core::TokenKeepAlive *keepAlive, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_keepAlive(keepAlive)
    , m_settings(settings)
    , m_enabled(new QCheckBox(tr("Keep idle sign-ins alive: refresh every"), this))
    , m_days(new QSpinBox(this))
{
    m_enabled->setObjectName(u"keepAliveCheck"_s);
    m_enabled->setAccessibleName(tr("Keep idle sign-ins alive"));
    m_enabled->setToolTip(tr("EVE SSO forgets refresh tokens left unused for long; a refresh now and then keeps "
                             "them working while ESI Studio runs."));
    m_days->setObjectName(u"keepAliveDays"_s);
    m_days->setAccessibleName(tr("Keep-alive interval in days"));
    m_days->setRange(1, 90);
    m_days->setSuffix(tr(" days"));
    const int days = keepAlive ? keepAlive->intervalDays() : 0;
    m_enabled->setChecked(days > 0);
    m_days->setValue(days > 0 ? days : Core::TokenKeepAlive::defaultIntervalDays);
    m_days->setEnabled(days > 0);
    connect(m_enabled, &QCheckBox::toggled, this, &KeepAliveOption::handleChanged);
    connect(m_days, &QSpinBox::valueChanged, this, &KeepAliveOption::handleChanged);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled);
    layout->addWidget(m_days);
    layout->addStretch();
    if (!keepAlive) {
        hide(); // without a keep-alive there is nothing to choose
    }
}

void KeepAliveOption::handleChanged()
{
    if (!m_keepAlive) {
        return;
    }
    const int days = m_enabled->isChecked() ? m_days->value() : 0;
    m_days->setEnabled(days > 0);
    m_keepAlive->setIntervalDays(days);
    if (m_settings) {
        Core::TokenKeepAlive::saveIntervalDays(*m_settings, days);
    }
    if (days > 0) {
        m_keepAlive->checkNow();
    }
}

} // namespace Esi::Ui
