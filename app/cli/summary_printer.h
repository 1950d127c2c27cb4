#pragma once
// The readable summary of a plan that `deepplan-cli plan` prints without --json.

#include <ostream>

#include "deepplan/catalog.hpp"
#include "deepplan/plan.hpp"
#include "deepplan/scenario.hpp"

namespace deepplan::cli {

/// At most this many per-device rows are printed; the rest are counted (all
/// of them are in the JSON).
inline constexpr std::size_t kMaxDeviceRows = 48;

/// Writes the verdict, scenario, memory, layout, speed, cost, warnings and
/// assumptions of `plan`. `catalog` only supplies display names.
void print_plan_summary(std::ostream& out, const Scenario& scenario, const Plan& plan, const Catalog& catalog);

}  // namespace deepplan::cli
