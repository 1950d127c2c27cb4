#include "util/text.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace deepplan::text {

std::string fixed(double v, int digits)
{
    std::array<char, 400> buf{};  // DBL_MAX in fixed notation has 309 digits before the point
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed, digits);
    if (r.ec == std::errc()) return std::string(buf.data(), r.ptr);
    char fallback[64];
    std::snprintf(fallback, sizeof fallback, "%.*e", digits, v);
    return fallback;
}

std::string trim(std::string_view s)
{
    constexpr std::string_view kSpace = " \t\r\n\v\f";
    const auto b = s.find_first_not_of(kSpace);
    if (b == std::string_view::npos) return {};
    const auto e = s.find_last_not_of(kSpace);
    return std::string(s.substr(b, e - b + 1));
}

}  // namespace deepplan::text
