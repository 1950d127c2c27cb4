// Fuzz target: the pool spec parser must never crash, and whatever it accepts
// must survive a round trip through its canonical form.

#include <cstdint>
#include <cstdlib>
#include <string>

#include "deepplan/scenario.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    auto pool = deepplan::parse_pool_spec(text);
    if (pool) {
        auto again = deepplan::parse_pool_spec(deepplan::to_spec(pool.value()));
        if (!again || !(again.value() == pool.value())) std::abort();
    } else if (pool.error().message.empty()) {
        std::abort();
    }
    return 0;
}
