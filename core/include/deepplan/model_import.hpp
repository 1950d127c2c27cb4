#pragma once
// Models the catalog does not list, from what users have on disk: a Hugging
// Face config.json, or a GGUF file's header (metadata and tensor infos only,
// never the weights). The result is a catalog model (and, for GGUF, a
// weight format with the exact bytes of every tensor class).

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "deepplan/error.hpp"
#include "deepplan/model_arch.hpp"
#include "deepplan/weight_format.hpp"

namespace deepplan {

struct ImportedModel {
    ModelArch arch;
    std::optional<WeightFormat> format;  ///< GGUF: the variant the file holds; config.json: the checkpoint's dtype (ID-bf16, ID-fp8)
    double params = 0;                   ///< parameters derived as for built-in models (main model, no MTP)
    std::vector<std::string> notes;      ///< checks passed or failed, defaults assumed
};

/// Reads a Hugging Face config.json (LlamaForCausalLM, Qwen2/Qwen3/Qwen3-MoE,
/// Mistral, Mixtral, Gemma 2/3, DeepSeek-V2/V3). `safetensors_total_bytes`
/// (model.safetensors.index.json metadata.total_size) is checked against the
/// derived parameter count when given. Errors name the config key.
[[nodiscard]] Result<ImportedModel> import_hf_config(const std::string& config_text, const std::string& id,
                                                     std::optional<double> safetensors_total_bytes = std::nullopt);

// ---------------------------------------------------------------------------
// GGUF

/// One ggml tensor type: elements per block and bytes per block.
struct GgmlType {
    std::uint32_t id = 0;
    const char* name = "";
    std::uint32_t block = 1;
    std::uint32_t bytes = 4;
};
/// The type table; nullptr for an id the reader does not know.
[[nodiscard]] const GgmlType* ggml_type(std::uint32_t id) noexcept;

struct GgufTensorInfo {
    std::string name;
    std::vector<std::uint64_t> dims;
    std::uint32_t type = 0;
    std::uint64_t offset = 0;
    std::uint64_t elements = 0;
    std::uint64_t bytes = 0;  ///< from the type's block size, exact
};

struct GgufHeader {
    std::uint32_t version = 0;
    /// Scalar metadata as JSON values (numbers, strings, bools); arrays are
    /// kept as their length only (key + ".length"), never their contents.
    std::map<std::string, nlohmann::json> metadata;
    std::vector<GgufTensorInfo> tensors;
    std::uint64_t header_bytes = 0;  ///< bytes read
};

/// Limits that keep a hostile header from exhausting memory or time.
struct GgufLimits {
    std::uint64_t max_tensors = 1u << 20;
    std::uint64_t max_kv = 1u << 16;
    std::uint64_t max_string = 1u << 20;      ///< one key or string value
    std::uint64_t max_array = 1u << 24;       ///< elements of one metadata array
    std::uint64_t max_header_bytes = 1ull << 30;
};

/// Parses a GGUF header from bytes (the file's beginning; the weights need
/// not be there). Errors name the byte offset and the field.
[[nodiscard]] Result<GgufHeader> parse_gguf_header(const std::string& bytes, const GgufLimits& limits = {});

/// Reads the header of a GGUF file without reading its weights; refuses
/// non-regular files. A split file (`-00001-of-00003.gguf`) brings its
/// siblings: every part's header is read and the tensors merged.
[[nodiscard]] Result<GgufHeader> read_gguf_file(const std::filesystem::path& path, const GgufLimits& limits = {});

/// A model and its weight format from a GGUF header. Errors name the metadata key.
[[nodiscard]] Result<ImportedModel> import_gguf(const GgufHeader& header, const std::string& id, const std::string& format_id);

/// A catalog id from a name: lower case, [a-z0-9._-], at most 64 characters.
[[nodiscard]] std::string catalog_id_from(const std::string& name);

/// Catalog JSON entries (the catalog's own format) for writing user catalogs.
[[nodiscard]] nlohmann::json model_to_json(const ModelArch& m);
[[nodiscard]] nlohmann::json format_to_json(const WeightFormat& f);

}  // namespace deepplan
