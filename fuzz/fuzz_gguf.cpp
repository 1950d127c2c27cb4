// Fuzz target: any bytes given as a GGUF header are parsed or refused with a
// message naming the offset, never a crash, hang or huge allocation; an
// accepted header imports or is refused with a message.

#include <cstdint>
#include <cstdlib>
#include <string>

#include "deepplan/model_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    deepplan::GgufLimits limits;
    limits.max_tensors = 4096;
    limits.max_array = 1u << 16;
    auto h = deepplan::parse_gguf_header(bytes, limits);
    if (!h) {
        if (h.error().message.empty() || h.error().path.rfind("gguf@", 0) != 0) std::abort();
        return 0;
    }
    auto m = deepplan::import_gguf(h.value(), "fuzz", "fuzz-gguf");
    if (!m && m.error().message.empty()) std::abort();
    return 0;
}
