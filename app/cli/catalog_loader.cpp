#include "catalog_loader.h"

namespace deepplan::cli {

std::filesystem::path builtin_catalog_dir(const CliContext& context)
{
    return context.resource_dir / "catalog";
}

Result<Catalog> load_cli_catalog(const CliContext& context, const std::vector<std::string>& user_dirs)
{
    std::vector<std::filesystem::path> dirs;
    dirs.reserve(user_dirs.size());
    for (const auto& d : user_dirs) {
        if (d.empty()) return Error{"--catalog", "needs a directory, got an empty value"};
        dirs.emplace_back(d);
    }
    auto catalog = load_catalog(builtin_catalog_dir(context), dirs);
    if (!catalog) {
        Error e = catalog.error();
        e.path = "catalog: " + e.path;
        return e;
    }
    return catalog;
}

}  // namespace deepplan::cli
