// Fuzz target: a user catalog file of any kind is merged or refused with a
// path and a message, never a crash. The first byte picks the kind.

#include <cstdint>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "deepplan/catalog.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1) return 0;
    const char* kind = deepplan::kCatalogKinds[data[0] % std::size(deepplan::kCatalogKinds)];
    const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception&) {
        return 0;  // not JSON: the catalog reader refuses it before merging
    }
    deepplan::Catalog catalog;
    auto err = deepplan::merge_catalog_json(catalog, kind, doc, true);
    if (err && err->message.empty()) std::abort();
    if (!err) (void)deepplan::check_references(catalog);
    return 0;
}
