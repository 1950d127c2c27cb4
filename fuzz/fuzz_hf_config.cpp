// Fuzz target: any text given as a Hugging Face config.json is imported or
// refused with a message naming the key, never a crash.

#include <cstdint>
#include <cstdlib>
#include <string>

#include "deepplan/model_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    auto m = deepplan::import_hf_config(text, "fuzz", 1e10);
    if (m) {
        if (!(m.value().params > 0)) std::abort();
    } else if (m.error().message.empty() || m.error().path.rfind("config", 0) != 0) {
        std::abort();
    }
    return 0;
}
