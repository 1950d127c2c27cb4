// Fuzz target: the efficiency priors that calibrate and the cross-validation
// read from an engine catalog are read or refused with a path, never a crash.

#include <cstdint>
#include <cstdlib>
#include <string>

#include "deepplan/calibration.hpp"
#include "deepplan/json_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    auto doc = deepplan::parse_json_text(text, "engines.json");
    if (!doc) {
        if (doc.error().message.empty()) std::abort();
        return 0;
    }
    auto priors = deepplan::read_priors(doc.value());
    if (!priors && priors.error().message.empty()) std::abort();
    return 0;
}
