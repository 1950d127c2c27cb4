#pragma once
// `deepplan-cli search`: the cheapest (or smallest, or fastest) deployments of
// a model that meet a speed target, from the whole catalog, with the Pareto
// front of cost against tokens/s.

#include "cli_options.h"
#include "command.h"

namespace deepplan::cli {

class SearchCommand final : public Command {
public:
    explicit SearchCommand(CliContext context);

    [[nodiscard]] std::string name() const override { return "search"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string help() const override;
    int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) override;

    /// The options `search` accepts (for help and tests).
    [[nodiscard]] static const std::vector<OptionSpec>& options();

private:
    CliContext context_;
};

}  // namespace deepplan::cli
