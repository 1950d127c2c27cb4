#include "command_errors.h"

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

}  // namespace deepplan::cli
