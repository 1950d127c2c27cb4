#pragma once
// Search results grouped by hardware: the same pool with five weight formats
// is one answer ("this machine, best with Q4_K_M"), not five. Presentation
// only: the search itself (search.hpp) is unchanged; the CLI and the GUI ask
// it for more results than they show and fold them here.

#include <cstddef>
#include <string>
#include <vector>

#include "deepplan/search.hpp"

namespace deepplan {

/// One pool and every result on it, best first (the search's order).
struct SearchGroup {
    std::string pool_spec;             ///< to_spec() of the pool: the grouping key
    std::vector<std::size_t> members;  ///< indices into the hits, best first; never empty
    [[nodiscard]] std::size_t best() const noexcept { return members.front(); }
};

/// Folds ranked hits into groups of the same pool, in the order of each
/// group's best hit; at most `max_groups` groups (0 = all).
[[nodiscard]] std::vector<SearchGroup> group_by_hardware(const std::vector<SearchHit>& hits, std::size_t max_groups = 0);

/// How many results to ask the search for so that `groups` groups are likely
/// filled: a pool appears once per variant and engine, so several times over;
/// capped at the search's limit of 1000.
[[nodiscard]] int results_for_groups(int groups) noexcept;

}  // namespace deepplan
