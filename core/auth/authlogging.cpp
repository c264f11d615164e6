#include "core/auth/authlogging.h"

Q_LOGGING_CATEGORY(lcEsiAuth, "esi.auth", QtInfoMsg)
