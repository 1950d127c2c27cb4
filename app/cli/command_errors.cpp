#include "command_errors.h"

#include "cli_options.h"
#include "command.h"
#include "deepplan/message_text.hpp"
#include "exit_codes.h"

namespace deepplan::cli {

int usage_error(std::ostream& err, std::string_view command, const std::string& message)
{
    err << "deepplan-cli " << command << ": " << message << "\n"
        << "Try 'deepplan-cli help " << command << "'.\n";
    return kExitUsage;
}

int input_error(std::ostream& err, std::string_view command, const std::string& message)
{
    err << "deepplan-cli " << command << ": " << message << "\n";
    return kExitBadInput;
}

std::optional<int> Command::parse_or_finish(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs,
                                            ParsedArgs& parsed, std::ostream& out, std::ostream& err,
                                            std::size_t max_positionals) const
{
    try {
        parsed = parse_options(args, specs);
    } catch (const UsageError& e) {
        return usage_error(err, name(), e.what());
    }
    if (parsed.has("--help")) {
        out << help();
        return kExitOk;
    }
    if (const auto& extra = parsed.positionals(); extra.size() > max_positionals) {
        return usage_error(err, name(), "unexpected argument " + quote_for_message(extra[max_positionals]));
    }
    return std::nullopt;
}

}  // namespace deepplan::cli
