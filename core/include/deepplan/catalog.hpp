#pragma once
// The catalogs: models, weight formats, devices, systems, links, engines.
// Read from JSON files (resources/catalog/*.json) and optional user
// directories whose entries add to or override the built-in ones.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "deepplan/engine.hpp"
#include "deepplan/error.hpp"
#include "deepplan/hardware.hpp"
#include "deepplan/model_arch.hpp"
#include "deepplan/weight_format.hpp"

namespace deepplan {

/// API list prices of the hosted model, for the cost comparison.
struct ApiPrice {
    double input_usd_per_m = 0;
    double output_usd_per_m = 0;
    std::string date;
    std::string source;
};

struct Catalog {
    std::map<std::string, ModelArch> models;
    std::map<std::string, WeightFormat> formats;
    std::map<std::string, Device> devices;
    std::map<std::string, System> systems;
    std::map<std::string, Link> links;
    std::map<std::string, EngineProfile> engines;
    std::map<std::string, ApiPrice> api_prices;  ///< by model id
    /// "kind/id" of every entry a user file replaced, e.g. "devices/rtx-4090".
    std::vector<std::string> overridden;
    /// "kind/id" of every entry read from a user file (added or replacing), e.g. "systems/my-box".
    std::vector<std::string> user_entries;
    [[nodiscard]] bool is_user_entry(const std::string& kind, const std::string& id) const;

    [[nodiscard]] const ModelArch* model(const std::string& id) const;
    [[nodiscard]] const WeightFormat* format(const std::string& id) const;
    [[nodiscard]] const Device* device(const std::string& id) const;
    [[nodiscard]] const System* system(const std::string& id) const;
    [[nodiscard]] const Link* link(const std::string& id) const;
    [[nodiscard]] const EngineProfile* engine(const std::string& id) const;
};

/// The catalog file names, one per kind, under a catalog directory.
inline constexpr const char* kCatalogKinds[] = {"models", "formats", "devices", "systems", "links", "engines"};

/// Reads every `<kind>.json` found in `dir` into `into`. Entries whose id
/// already exists replace the old one and are listed in `overridden` when
/// `is_user` is set. Missing files are fine for a user directory; for the
/// built-in one every kind must be present. After merging, cross references
/// (a system's accelerator, a format's models...) are checked.
[[nodiscard]] Result<Catalog> load_catalog(const std::filesystem::path& builtin_dir,
                                           const std::vector<std::filesystem::path>& user_dirs = {});

/// Parses one catalog document of a kind into `into` (for tests and the GUI's
/// custom-device dialog). Errors name `<kind>[i].field`.
[[nodiscard]] std::optional<Error> merge_catalog_json(Catalog& into, const std::string& kind,
                                                      const nlohmann::json& doc, bool is_user);

/// Checks the references between entries; the first dangling one is returned.
[[nodiscard]] std::optional<Error> check_references(const Catalog& catalog);

/// JSON of one entry, in the catalog's own format (for writing user entries).
[[nodiscard]] nlohmann::json device_to_json(const Device& d);
[[nodiscard]] nlohmann::json system_to_json(const System& s);
[[nodiscard]] nlohmann::json link_to_json(const Link& l);

/// Where the built-in resources (catalog/, schema/, validation/) live:
/// $DEEPPLAN_RESOURCES, else `<executable_dir>/../share/deepplan` when it
/// exists (an installed program), else the source tree the program was built
/// from, else the configured install location.
[[nodiscard]] std::filesystem::path default_resource_dir(const std::filesystem::path& executable_dir = {});

}  // namespace deepplan
