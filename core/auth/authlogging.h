#pragma once

#include <QLoggingCategory>

// Sign-in and token store events. Never log token strings here, not even at debug level: logs end up in
// bug reports.
Q_DECLARE_LOGGING_CATEGORY(lcEsiAuth)
