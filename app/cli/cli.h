#pragma once
// The deepplan-cli dispatcher: picks the subcommand and runs it on injected
// streams. main() is a thin wrapper; tests call run_cli() in-process.

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace deepplan::cli {

/// Runs `deepplan-cli <args...>` (args exclude the program name) with the
/// built-in resources at `resource_dir` (holding catalog/). Handles --help,
/// --version, `help [COMMAND]`, and catches every exception so that nothing
/// escapes. Returns the exit code (exit_codes.h).
int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
            const std::filesystem::path& resource_dir);

/// The directory of the running executable: /proc/self/exe where there is
/// one, else `argv0` made absolute; empty when neither works.
[[nodiscard]] std::filesystem::path executable_dir(const char* argv0);

}  // namespace deepplan::cli
