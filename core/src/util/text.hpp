#pragma once
// Small text helpers the core shares (reports, CSV and pool-spec parsing).

#include <string>
#include <string_view>

namespace deepplan::text {

/// `v` with `digits` decimals, fixed notation ("12.3"), always with a '.'
/// whatever the process's C locale (the GUI sets the user's).
[[nodiscard]] std::string fixed(double v, int digits = 1);

/// `s` without leading and trailing white space (space, tab, CR, LF, VT, FF).
[[nodiscard]] std::string trim(std::string_view s);

}  // namespace deepplan::text
