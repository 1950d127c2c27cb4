#pragma once
// The catalog a command works on: the built-in one under the resource
// directory plus any --catalog DIR the user gave.

#include <optional>
#include <string>
#include <vector>

#include "command.h"
#include "deepplan/calibration.hpp"
#include "deepplan/catalog.hpp"

namespace deepplan::cli {

/// `<resource_dir>/catalog` of the context.
[[nodiscard]] std::filesystem::path builtin_catalog_dir(const CliContext& context);

/// Loads the built-in catalog and the user directories (in order, later ones
/// overriding earlier ones). The error names the file and field at fault.
[[nodiscard]] Result<Catalog> load_cli_catalog(const CliContext& context, const std::vector<std::string>& user_dirs);

/// The measurements file: `file` when given (--cases), else the built-in
/// `<resource_dir>/validation/measurements.csv`.
[[nodiscard]] std::filesystem::path cli_cases_path(const CliContext& context, const std::optional<std::string>& file);

/// The calibration's settings: `file` when given (--fit-settings), else the
/// built-in `<resource_dir>/validation/fit-settings.json`. The error starts
/// with the file's name.
[[nodiscard]] Result<FitSettings> load_cli_fit_settings(const CliContext& context, const std::optional<std::string>& file);

}  // namespace deepplan::cli
