// Fuzz target: the measurements table (validate --cases, calibrate --cases)
// is read or refused with a line and column, never a crash; every case it
// accepts has an id and a positive measured value.

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "deepplan/validation.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    auto cases = deepplan::parse_cases_csv(text, "fuzz.csv");
    if (!cases) {
        if (cases.error().message.empty()) std::abort();
        return 0;
    }
    for (const auto& c : cases.value()) {
        if (c.id.empty()) std::abort();
        if (c.mapped && (!(c.measured > 0) || !std::isfinite(c.measured))) std::abort();
    }
    return 0;
}
