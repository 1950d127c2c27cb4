#pragma once
// The list of deepplan-cli subcommands. Adding one (validate, search...) is
// one more Command class and one more line in make_commands().

#include <memory>
#include <vector>

#include "command.h"

namespace deepplan::cli {

/// Every subcommand, in the order `--help` lists them.
[[nodiscard]] std::vector<std::unique_ptr<Command>> make_commands(const CliContext& context);

}  // namespace deepplan::cli
