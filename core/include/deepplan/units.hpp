#pragma once
// Unit constants. GB is 10^9 bytes; GiB is 2^30 bytes.

namespace deepplan::units {
inline constexpr double kGB = 1e9;
inline constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
inline constexpr double kMiB = 1024.0 * 1024.0;
inline constexpr double kTera = 1e12;
inline constexpr double kMicro = 1e-6;
}  // namespace deepplan::units
