// Fuzz target: any bytes given as a plan file are read or refused with a
// message, never a crash; an accepted scenario survives a JSON round trip.

#include <cstdint>
#include <cstdlib>
#include <string>

#include "deepplan/plan_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    auto file = deepplan::parse_plan_file(text);
    if (file) {
        auto back = deepplan::scenario_from_json(deepplan::to_json(file.value().scenario));
        if (!back || !(back.value() == file.value().scenario)) std::abort();
    } else if (file.error().message.empty()) {
        std::abort();
    }
    return 0;
}
