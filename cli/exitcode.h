#pragma once

namespace Esi::Cli {

// Exit codes every command uses, so scripts can tell "you asked wrongly" from "it did not work".
enum ExitCode : int {
    Success = 0,
    Failure = 1,  // the request was fine but could not be carried out (network, disk)
    BadInput = 2, // bad flags, unreadable or wrong files, unknown names, invalid dates
};

} // namespace Esi::Cli
