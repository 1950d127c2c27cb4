#include "deepplan/number_text.hpp"

#include <algorithm>
#include <cmath>

#include "util/text.hpp"

namespace deepplan::number_text {

std::string fixed(double value, int decimals)
{
    if (!std::isfinite(value)) return "-";
    std::string out = text::fixed(value, decimals);
    // A tiny negative rounds to "-0.00": drop the sign.
    if (!out.empty() && out[0] == '-' && out.find_first_not_of("-0.") == std::string::npos) out.erase(0, 1);
    return out;
}

std::string grouped(long long value)
{
    const bool negative = value < 0;
    // The unsigned magnitude, so that the smallest long long is safe.
    const unsigned long long magnitude = negative ? 0ULL - static_cast<unsigned long long>(value) : static_cast<unsigned long long>(value);
    const std::string digits = std::to_string(magnitude);
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

std::string sensible(double value)
{
    if (!std::isfinite(value)) return "-";
    const double magnitude = std::fabs(value);
    if (magnitude >= 1000.0 && magnitude < 9.2e18) return grouped(std::llround(value));
    if (magnitude == 0.0) return "0";
    if (magnitude >= 100.0) return fixed(value, 0);
    if (magnitude >= 10.0) return fixed(value, 1);
    if (magnitude >= 1.0) return fixed(value, 2);
    // Below one: three significant digits (0.123, 0.0123, 0.00123 ...).
    const int decimals = std::min(12, 2 - static_cast<int>(std::floor(std::log10(magnitude))));
    return fixed(value, decimals);
}

}  // namespace deepplan::number_text
