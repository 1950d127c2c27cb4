#pragma once
// `deepplan-cli catalog [KIND]`: lists what the catalogs hold, as tables or JSON.

#include "command.h"
#include "cli_options.h"

namespace deepplan::cli {

class CatalogCommand final : public Command {
public:
    explicit CatalogCommand(CliContext context);

    [[nodiscard]] std::string name() const override { return "catalog"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string help() const override;
    int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) override;

    [[nodiscard]] static const std::vector<OptionSpec>& options();
    /// The kinds it lists, in order: models, variants, devices, systems, links, engines.
    [[nodiscard]] static const std::vector<std::string>& kinds();

private:
    CliContext context_;
};

}  // namespace deepplan::cli
