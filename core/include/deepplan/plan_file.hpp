#pragma once
// The plan file people exchange (*.deepplan.json):
// {"schema_version": 1, "scenario": {...}, "plan": {...}, "generated_by": "..."}.

#include <filesystem>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "deepplan/error.hpp"
#include "deepplan/plan.hpp"
#include "deepplan/safe_file.hpp"
#include "deepplan/scenario.hpp"

namespace deepplan {

inline constexpr int kSchemaVersion = 1;

[[nodiscard]] nlohmann::json to_json(const Plan& p);
[[nodiscard]] nlohmann::json make_plan_file(const Scenario& s, const Plan& p, const std::string& generated_by);
/// The same, with the user-catalog entries the scenario refers to embedded
/// under "definitions" (models, formats, devices, systems, links), so that
/// the file replans where that user catalog is absent.
[[nodiscard]] nlohmann::json make_plan_file(const Scenario& s, const Plan& p, const std::string& generated_by, const Catalog& catalog);
/// The user-catalog entries a scenario refers to, by kind (empty object when none).
[[nodiscard]] nlohmann::json scenario_definitions(const Scenario& s, const Catalog& catalog);
/// Adds a plan file's embedded definitions to `catalog` for the ids it lacks
/// (its own entries win), then checks the references. Errors name the entry.
[[nodiscard]] std::optional<Error> merge_embedded_definitions(Catalog& catalog, const nlohmann::json& definitions);

/// What a plan file holds. `stored_plan` is the plan part as written (may be absent).
struct PlanFile {
    Scenario scenario;
    std::optional<nlohmann::json> stored_plan;
    std::optional<nlohmann::json> definitions;  ///< embedded catalog entries, when the file has them
    int schema_version = kSchemaVersion;
};

/// Parses the text of a plan file or of a bare scenario object. Errors name
/// the JSON field; a newer schema_version is refused, older ones migrated.
[[nodiscard]] Result<PlanFile> parse_plan_file(const std::string& text);
[[nodiscard]] Result<PlanFile> read_plan_file(const std::filesystem::path& path);

}  // namespace deepplan
