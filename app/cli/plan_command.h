#pragma once
// `deepplan-cli plan`: builds a scenario from flags and/or a plan file, plans
// it, and prints a readable summary or the plan file JSON.

#include "command.h"
#include "cli_options.h"

namespace deepplan::cli {

class PlanCommand final : public Command {
public:
    explicit PlanCommand(CliContext context);

    [[nodiscard]] std::string name() const override { return "plan"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string help() const override;
    int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) override;

    /// The options `plan` accepts (for help and tests).
    [[nodiscard]] static const std::vector<OptionSpec>& options();

private:
    CliContext context_;
};

}  // namespace deepplan::cli
