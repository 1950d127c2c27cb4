#pragma once
// The catalog a command works on: the built-in one under the resource
// directory plus any --catalog DIR the user gave.

#include <string>
#include <vector>

#include "command.h"
#include "deepplan/catalog.hpp"

namespace deepplan::cli {

/// `<resource_dir>/catalog` of the context.
[[nodiscard]] std::filesystem::path builtin_catalog_dir(const CliContext& context);

/// Loads the built-in catalog and the user directories (in order, later ones
/// overriding earlier ones). The error names the file and field at fault.
[[nodiscard]] Result<Catalog> load_cli_catalog(const CliContext& context, const std::vector<std::string>& user_dirs);

}  // namespace deepplan::cli
