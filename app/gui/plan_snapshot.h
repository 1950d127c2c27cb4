#pragma once
// One computed answer: the scenario, the core's plan for it (or the error),
// and the what-if samples, as the views render them.

#include <optional>

#include "deepplan/plan.hpp"
#include "what_if.h"

namespace deepplan::gui {

struct PlanSnapshot {
    Scenario scenario;
    std::optional<Plan> plan;  ///< empty when the core refused the scenario
    Error error;               ///< why, when `plan` is empty
    WhatIfCurves what_if;
    double compute_ms = 0;     ///< time spent in the core for this snapshot
};

}  // namespace deepplan::gui
