#pragma once
// Command-line option parsing shared by the subcommands: declared options,
// `--name value` and `--name=value`, strict whole-number values.

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace deepplan::cli {

/// Bad usage: an unknown flag, a missing or malformed value. Commands turn it
/// into exit code 2. The message names the flag.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// One declared option of a command.
struct OptionSpec {
    std::string name;          ///< with the dashes: "--context"
    std::string value_name;    ///< "N", "FILE"; empty for a switch
    std::string help;          ///< one line for the usage text
    bool repeatable = false;   ///< may be given several times (values accumulate)
    bool allows_empty = false; ///< an empty value means something ("none"); else it is a usage error

    [[nodiscard]] bool takes_value() const noexcept { return !value_name.empty(); }
};

/// The result of parsing: values per option name, switches, positionals.
class ParsedArgs {
public:
    [[nodiscard]] bool has(const std::string& name) const;
    /// The last value given for an option, nullopt when it was not given.
    [[nodiscard]] std::optional<std::string> value(const std::string& name) const;
    /// Every value given for a repeatable option, in order.
    [[nodiscard]] std::vector<std::string> values(const std::string& name) const;
    [[nodiscard]] const std::vector<std::string>& positionals() const noexcept { return positionals_; }

private:
    friend ParsedArgs parse_options(const std::vector<std::string>&, const std::vector<OptionSpec>&);
    std::map<std::string, std::vector<std::string>> values_;
    std::set<std::string> switches_;
    std::vector<std::string> positionals_;
};

/// Parses `args` against `specs`. `-h` is taken as `--help` when declared.
/// A value may follow as the next argument (even one starting with a single
/// '-', so that `--context -5` reaches the range check) or after '='.
/// `--` ends the options. Throws UsageError naming the flag.
[[nodiscard]] ParsedArgs parse_options(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs);

/// Parses the whole of `text` as a base-10 whole number in [min, max].
/// Rejects signs other than a leading '-', spaces, fractions, exponents,
/// "nan", overflow. Throws UsageError naming `flag`.
[[nodiscard]] int parse_int_flag(const std::string& flag, const std::string& text, int min, int max);

/// The usage lines of a set of options, aligned, for help texts.
[[nodiscard]] std::string describe_options(const std::vector<OptionSpec>& specs);

}  // namespace deepplan::cli
