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

/// What a plan file holds. `stored_plan` is the plan part as written (may be absent).
struct PlanFile {
    Scenario scenario;
    std::optional<nlohmann::json> stored_plan;
    int schema_version = kSchemaVersion;
};

/// Parses the text of a plan file or of a bare scenario object. Errors name
/// the JSON field; a newer schema_version is refused, older ones migrated.
[[nodiscard]] Result<PlanFile> parse_plan_file(const std::string& text);
[[nodiscard]] Result<PlanFile> read_plan_file(const std::filesystem::path& path);

}  // namespace deepplan
