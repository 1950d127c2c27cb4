#include "number_format.h"

#include <cmath>
#include <string>

#include "deepplan/number_text.hpp"

namespace deepplan::cli {

// One home for how figures are written: the core's number_text, which the
// deploy kit's scripts use too.
std::string fixed(double value, int decimals) { return number_text::fixed(value, decimals); }

std::string grouped(long long value) { return number_text::grouped(value); }

std::string sensible(double value) { return number_text::sensible(value); }

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
