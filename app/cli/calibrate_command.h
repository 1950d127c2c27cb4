#pragma once
// `deepplan-cli calibrate`: fits the engines' efficiency blocks on the tier
// A/B measurements and writes them (with the cases each came from) into the
// engine catalog, atomically.

#include "cli_options.h"
#include "command.h"

namespace deepplan::cli {

class CalibrateCommand final : public Command {
public:
    explicit CalibrateCommand(CliContext context);

    [[nodiscard]] std::string name() const override { return "calibrate"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string help() const override;
    int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) override;

    [[nodiscard]] static const std::vector<OptionSpec>& options();

private:
    CliContext context_;
};

}  // namespace deepplan::cli
