#pragma once
// Cost of a plan: own hardware (depreciation, power, hosting) or rented
// GPU-hours, per hour and per million tokens, next to the hosted API's price.

#include <nlohmann/json.hpp>

#include "deepplan/catalog.hpp"
#include "deepplan/plan.hpp"
#include "deepplan/scenario.hpp"

namespace deepplan {

/// Computes the cost of `plan` (its decode and prefill rates must be set) for
/// the scenario's economics. Prices the catalog lacks leave `known` false and
/// are listed in `missing`; nothing throws.
[[nodiscard]] Cost compute_cost(const Scenario& scenario, const Catalog& catalog, const Plan& plan);

/// $/hour of a machine-hour budget → $ per million tokens at `tokens_per_s`.
[[nodiscard]] double usd_per_million(double usd_per_hour, double tokens_per_s) noexcept;

[[nodiscard]] nlohmann::json to_json(const Cost& c);

}  // namespace deepplan
