#pragma once
// Small text helpers the core's reports share.

#include <string>

namespace deepplan::text {

/// `v` with `digits` decimals, fixed notation ("12.3").
[[nodiscard]] std::string fixed(double v, int digits = 1);

}  // namespace deepplan::text
