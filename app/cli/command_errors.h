#pragma once
// How every subcommand reports a failure on stderr, with the exit code it
// implies (exit_codes.h): "deepplan-cli COMMAND: MESSAGE", plus a pointer to
// the command's help for bad usage.

#include <ostream>
#include <string>
#include <string_view>

namespace deepplan::cli {

/// Bad usage (unknown flag, malformed value): prints the message and the help hint; returns kExitUsage.
int usage_error(std::ostream& err, std::string_view command, const std::string& message);

/// Bad input (unknown id, unreadable file): prints the message; returns kExitBadInput.
int input_error(std::ostream& err, std::string_view command, const std::string& message);

}  // namespace deepplan::cli
