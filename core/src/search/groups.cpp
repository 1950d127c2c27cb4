#include "deepplan/search_groups.hpp"

#include <algorithm>
#include <unordered_map>

#include "deepplan/scenario.hpp"

namespace deepplan {

std::vector<SearchGroup> group_by_hardware(const std::vector<SearchHit>& hits, std::size_t max_groups)
{
    std::vector<SearchGroup> groups;
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < hits.size(); ++i) {
        std::string key = to_spec(hits[i].scenario.pool);
        const auto found = index.find(key);
        if (found != index.end()) {
            groups[found->second].members.push_back(i);
            continue;
        }
        if (max_groups != 0 && groups.size() == max_groups) continue;
        index.emplace(key, groups.size());
        groups.push_back({std::move(key), {i}});
    }
    return groups;
}

int results_for_groups(int groups) noexcept
{
    // Eight variants and engines per pool covers the catalog's formats of the
    // 671B model (FP8, Q8_0, Q4_K_M, the dynamic quants) with room for engines.
    constexpr int kPerPool = 8;
    constexpr int kSearchLimit = 1000;
    if (groups <= 0) return 1;
    return groups >= kSearchLimit / kPerPool ? kSearchLimit : groups * kPerPool;
}

}  // namespace deepplan
