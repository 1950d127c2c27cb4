#pragma once
// One deepplan-cli subcommand. Commands write to the streams they are given
// (never to std::cout/std::cerr) so that tests can run them in-process.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace deepplan::cli {

class ParsedArgs;
struct OptionSpec;

/// What every command needs from its surroundings, injected rather than guessed.
struct CliContext {
    /// Built-in resources (holding catalog/, schema/, validation/).
    std::filesystem::path resource_dir;
    /// Text that goes into a plan file's "generated_by", e.g. "deepplan-cli 0.1.0".
    std::string generated_by;
};

class Command {
public:
    virtual ~Command() = default;
    Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    /// The word that selects the command: "plan", "catalog".
    [[nodiscard]] virtual std::string name() const = 0;
    /// One line for the command list of `deepplan-cli --help`.
    [[nodiscard]] virtual std::string summary() const = 0;
    /// Full usage text printed by `deepplan-cli help <name>` and `<name> --help`.
    [[nodiscard]] virtual std::string help() const = 0;
    /// Runs the command on the arguments that follow its name.
    /// Returns an exit code from exit_codes.h.
    virtual int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) = 0;

protected:
    /// Positional arguments a command checks itself (deploy, import).
    static constexpr std::size_t kAnyPositionals = static_cast<std::size_t>(-1);

    /// The start every run() shares: parses `args` against `specs` into
    /// `parsed`. Returns the exit code when the command ends here (bad usage,
    /// reported on `err`: a bad option or more than `max_positionals`
    /// positional arguments; `--help`, printed on `out`), nothing otherwise.
    [[nodiscard]] std::optional<int> parse_or_finish(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs,
                                                     ParsedArgs& parsed, std::ostream& out, std::ostream& err,
                                                     std::size_t max_positionals = kAnyPositionals) const;
};

}  // namespace deepplan::cli
