#pragma once
// `deepplan-cli validate`: recomputes every mapped measurement of
// resources/validation/measurements.csv and prints predicted, measured and
// their ratio per case, with error summaries overall and per class,
// in-sample and leave-one-source-out cross-validated.

#include "cli_options.h"
#include "command.h"

namespace deepplan::cli {

class ValidateCommand final : public Command {
public:
    explicit ValidateCommand(CliContext context);

    [[nodiscard]] std::string name() const override { return "validate"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string help() const override;
    int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) override;

    [[nodiscard]] static const std::vector<OptionSpec>& options();

private:
    CliContext context_;
};

}  // namespace deepplan::cli
