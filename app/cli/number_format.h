#pragma once
// Number formatting for the readable output: fixed decimals chosen by size,
// thousands separators, units appended by the caller.

#include <string>

namespace deepplan::cli {

/// `value` with exactly `decimals` decimals ("12.35"); "-" for NaN/infinity.
[[nodiscard]] std::string fixed(double value, int decimals);

/// A figure with about three significant digits but never an exponent:
/// 0.0123 -> "0.0123", 1.5 -> "1.50", 27.43 -> "27.4", 1234.5 -> "1,235".
[[nodiscard]] std::string sensible(double value);

/// A whole number with thousands separators: 1234567 -> "1,234,567".
[[nodiscard]] std::string grouped(long long value);

/// "[low–high]" with both ends formatted by sensible().
[[nodiscard]] std::string range_text(double low, double high);

/// Bytes as the largest fitting decimal unit: "70.3 KB", "1.23 MB".
[[nodiscard]] std::string bytes_text(double bytes);

}  // namespace deepplan::cli
