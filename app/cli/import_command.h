#pragma once
// `deepplan-cli import hf CONFIG.json | gguf FILE`: a model (and for GGUF
// its variant) from a Hugging Face config or a GGUF header, added to a user
// catalog directory.

#include <filesystem>
#include <optional>

#include "command.h"
#include "cli_options.h"
#include "deepplan/error.hpp"
#include "deepplan/model_import.hpp"

namespace deepplan::cli {

class ImportCommand final : public Command {
public:
    explicit ImportCommand(CliContext context);

    [[nodiscard]] std::string name() const override { return "import"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string help() const override;
    int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) override;

    [[nodiscard]] static const std::vector<OptionSpec>& options();

private:
    CliContext context_;
};

/// Adds (or replaces, by id) the imported model and format in the catalog
/// files of `dir`, each written atomically. Shared with the GUI.
[[nodiscard]] std::optional<Error> add_to_user_catalog(const ImportedModel& m, const std::filesystem::path& dir);

}  // namespace deepplan::cli
