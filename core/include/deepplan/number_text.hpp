#pragma once
// How a figure is written for people: the CLI's summary, the deploy kit's
// check script and README all write the plan's numbers this way, so a number
// the kit prints is the one the summary printed. Locale-independent.

#include <string>

namespace deepplan::number_text {

/// `value` with exactly `decimals` decimals ("12.35"); "-" for NaN/infinity.
[[nodiscard]] std::string fixed(double value, int decimals);

/// A whole number with thousands separators: 1234567 -> "1,234,567".
[[nodiscard]] std::string grouped(long long value);

/// A figure with about three significant digits but never an exponent:
/// 0.0123 -> "0.0123", 1.5 -> "1.50", 27.43 -> "27.4", 1234.5 -> "1,235".
[[nodiscard]] std::string sensible(double value);

}  // namespace deepplan::number_text
