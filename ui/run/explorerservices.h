#pragma once

#include <QString>

namespace Esi::Core {
class CharacterAffiliations;
class Clock;
class ErrorLimitTracker;
class EsiClient;
class RateLimitTracker;
class CallHistoryStore;
class SpecRepository;
class TokenProvider;
} // namespace Esi::Core

namespace Esi::Ui {

class ParameterMemory;

// What the explorer window is given by the application (it owns none of it). Only the clock is
// required; without a client the window browses but cannot run, without the trackers the limits
// dock says so, without a history store nothing is remembered across runs.
struct ExplorerServices
{
    const Core::Clock *clock = nullptr;
    Core::SpecRepository *specRepository = nullptr;
    Core::EsiClient *client = nullptr;
    Core::RateLimitTracker *rateLimits = nullptr;
    Core::ErrorLimitTracker *errorLimits = nullptr;
    Core::TokenProvider *tokens = nullptr;               // for "copy as curl with the access token"
    Core::CharacterAffiliations *affiliations = nullptr; // memberships for corporation and alliance routes
    Core::CallHistoryStore *history = nullptr;
    ParameterMemory *memory = nullptr;
    QString language = QStringLiteral("en"); // default Accept-Language of calls: the interface language
};

} // namespace Esi::Ui
