#include "number_format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace deepplan::cli {

std::string fixed(double value, int decimals)
{
    if (!std::isfinite(value)) return "-";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    std::string text = buf;
    if (text == "-0" || text.find_first_not_of("-0.") == std::string::npos) {
        // Avoid "-0.0" for tiny negatives.
        if (!text.empty() && text[0] == '-') text.erase(0, 1);
    }
    return text;
}

std::string grouped(long long value)
{
    const bool negative = value < 0;
    // Work on the unsigned magnitude so that the smallest long long is safe.
    unsigned long long magnitude = negative ? 0ULL - static_cast<unsigned long long>(value)
                                            : static_cast<unsigned long long>(value);
    std::string digits = std::to_string(magnitude);
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
    if (magnitude >= 1000.0 && magnitude < 9.2e18) {
        return grouped(std::llround(value));
    }
    if (magnitude == 0.0) return "0";
    if (magnitude >= 100.0) return fixed(value, 0);
    if (magnitude >= 10.0) return fixed(value, 1);
    if (magnitude >= 1.0) return fixed(value, 2);
    // Below one: three significant digits (0.123, 0.0123, 0.00123...).
    const int decimals = std::min(12, 2 - static_cast<int>(std::floor(std::log10(magnitude))));
    return fixed(value, decimals);
}

std::string range_text(double low, double high)
{
    return "[" + sensible(low) + "\u2013" + sensible(high) + "]";
}

std::string bytes_text(double bytes)
{
    if (!std::isfinite(bytes)) return "-";
    const double magnitude = std::fabs(bytes);
    if (magnitude >= 1e12) return sensible(bytes / 1e12) + " TB";
    if (magnitude >= 1e9) return sensible(bytes / 1e9) + " GB";
    if (magnitude >= 1e6) return sensible(bytes / 1e6) + " MB";
    if (magnitude >= 1e3) return sensible(bytes / 1e3) + " KB";
    return sensible(bytes) + " B";
}

}  // namespace deepplan::cli
