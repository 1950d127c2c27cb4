#include "util/text.hpp"

#include <cstdio>

namespace deepplan::text {

std::string fixed(double v, int digits)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

}  // namespace deepplan::text
