#pragma once
// What-if curves: the core's plan sampled over a range of one workload
// figure. No arithmetic of its own: every point is a call to plan().

#include <vector>

#include "deepplan/catalog.hpp"
#include "deepplan/scenario.hpp"

namespace deepplan::gui {

/// One sample: the swept value and what the core says at it.
struct WhatIfPoint {
    int x = 0;                      ///< concurrency or context length
    bool fits = false;
    double tokens_per_s = 0;        ///< decode, per stream
    double aggregate_tokens_per_s = 0;
    double used_gb = 0;             ///< memory used over the pool
};

struct WhatIfCurves {
    std::vector<WhatIfPoint> by_concurrency;
    std::vector<WhatIfPoint> by_context;
};

/// Samples concurrency 1, 2, 4 ... 256 and context 1 K, 2 K ... the model's
/// maximum, each time with the scenario's current value added. Points the
/// core rejects (an error) are left out; points that do not fit are kept with
/// `fits` false.
[[nodiscard]] WhatIfCurves sample_what_if(const Scenario& scenario, const Catalog& catalog);

}  // namespace deepplan::gui
