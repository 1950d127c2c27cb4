#include "catalog_loader.h"

namespace deepplan::cli {

std::filesystem::path builtin_catalog_dir(const CliContext& context)
{
    return context.resource_dir / "catalog";
}

std::filesystem::path cli_cases_path(const CliContext& context, const std::optional<std::string>& file)
{
    return file ? std::filesystem::path(*file) : context.resource_dir / "validation" / "measurements.csv";
}

Result<FitSettings> load_cli_fit_settings(const CliContext& context, const std::optional<std::string>& file)
{
    const std::filesystem::path path = file ? std::filesystem::path(*file) : context.resource_dir / "validation" / "fit-settings.json";
    auto settings = read_fit_settings(path);
    if (settings) return settings;
    // A file that cannot be read or parsed is named by the reader; a bad field gets the file's name in front.
    const Error& e = settings.error();
    if (e.path.rfind(path.string(), 0) == 0) return e;
    return Error{path.string() + ": " + e.path, e.message};
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
