#pragma once
// compute_cost() with the pool's machines already looked up: plan() has
// resolved them, and looking every id up again in the catalog's maps took a
// tenth of a quick plan (the optimizer's hot path).

#include <vector>

#include "deepplan/cost.hpp"

namespace deepplan::cost_parts {

/// The priced parts of one pool group's machine.
struct GroupParts {
    const System* system = nullptr;
    const Device* own = nullptr;    ///< the system's own accelerator
    const Device* accel = nullptr;  ///< what it runs on: `own`, or the group's added accelerator
    const Device* cpu = nullptr;    ///< its host CPU
};

/// A group's parts from the catalog (null where an id is unknown).
[[nodiscard]] GroupParts group_parts(const NodeGroup& g, const Catalog& c);

/// compute_cost() with `parts[i]` the parts of the scenario's pool group i.
[[nodiscard]] Cost compute_cost(const Scenario& s, const Catalog& c, const Plan& p, const std::vector<GroupParts>& parts);

}  // namespace deepplan::cost_parts
