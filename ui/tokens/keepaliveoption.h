#pragma once

#include <QWidget>

class QCheckBox;
class QSettings;
class QSpinBox;

namespace Esi::Core {
class TokenKeepAlive;
}

namespace Esi::Ui {

// "Keep idle sign-ins alive: refresh every N days": sets the keep-alive's interval (0 = off), keeps the
// choice in the settings when given, and checks at once when switched on.
class KeepAliveOption : public QWidget
{
    Q_OBJECT

public:
    KeepAliveOption(Core::TokenKeepAlive *keepAlive, QSettings *settings, QWidget *parent = nullptr);

private:
    void handleChanged();

    Core::TokenKeepAlive *m_keepAlive;
    QSettings *m_settings;
    QCheckBox *m_enabled;
    QSpinBox *m_days;
};

} // namespace Esi::Ui
