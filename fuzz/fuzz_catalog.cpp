// Fuzz target: a user catalog file of any kind is merged or refused with a
// path and a message, never a crash. The first byte picks the kind.

#include <cstdint>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "deepplan/catalog.hpp"
#include "deepplan/json_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1) return 0;
    const char* kind = deepplan::kCatalogKinds[data[0] % std::size(deepplan::kCatalogKinds)];
    const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
    // The reader the catalog loader uses: depth-limited, duplicate keys refused.
    auto doc = deepplan::parse_json_text(text, kind);
    if (!doc) {
        if (doc.error().message.empty()) std::abort();
        return 0;
    }
    deepplan::Catalog catalog;
    auto err = deepplan::merge_catalog_json(catalog, kind, doc.value(), true);
    if (err && err->message.empty()) std::abort();
    if (!err) (void)deepplan::check_references(catalog);
    return 0;
}
