#pragma once
// Small statistics helpers shared by validation and calibration.

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace deepplan::stats {

/// The q-quantile (0..1) of `v` with linear interpolation between the two
/// nearest ranks; NaN when `v` is empty.
[[nodiscard]] inline double percentile(std::vector<double> v, double q)
{
    if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
    std::sort(v.begin(), v.end());
    const double pos = q * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const auto hi = std::min(v.size() - 1, lo + 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - static_cast<double>(lo));
}

}  // namespace deepplan::stats
