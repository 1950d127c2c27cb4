#pragma once
// How weights are stored: bits per weight for each tensor class, block scales
// included (Q8_0 = 8.5, Q4_K = 4.5, IQ1_S = 1.5625, MLX 4-bit g64 = 4.5 ...).

#include <string>
#include <vector>

#include "deepplan/model_arch.hpp"

namespace deepplan {

/// Data type the matrix multiplies run in, which picks the device's peak rate.
enum class ComputeType { BF16, FP8, INT8, INT4 };

struct BitsPerWeight {
    double embedding = 16;
    double attention = 16;
    double dense_ffn = 16;
    double shared_expert = 16;
    double routed_expert = 16;
    double output_head = 16;
    double router = 32;
    double norm = 32;
};

struct PublishedSize {
    std::string model;   ///< model id
    double bytes = 0;    ///< the file size in bytes (converted from the publisher's unit)
    std::string source;  ///< URL
};

/// Where the weights of one model in a format are published: a Hugging Face
/// repository and, for repositories holding several variants, the file glob.
struct VariantRepo {
    std::string model;         ///< model id
    std::string repo;          ///< "unsloth/DeepSeek-R1-GGUF"
    std::string file_pattern;  ///< "*UD-IQ1_S*"; empty = the whole repository
    std::string source;        ///< URL
};

struct WeightFormat {
    std::string id;
    std::string name;
    std::string family;  ///< "hf" (safetensors for vLLM-class engines), "gguf", "mlx"
    ComputeType compute = ComputeType::BF16;
    BitsPerWeight bits;
    std::vector<std::string> models;  ///< model ids it applies to; empty = all
    std::vector<PublishedSize> published;
    std::vector<VariantRepo> repos;
    std::string notes;
    std::string source;

    [[nodiscard]] bool applies_to(const std::string& model_id) const;
    /// The repository of `model_id` in this format; nullptr when the catalog has none.
    [[nodiscard]] const VariantRepo* repo_for(const std::string& model_id) const;
};

/// Bytes per tensor class of a model stored in a format (GB = 1e9 bytes).
struct WeightBytes {
    double embedding = 0;
    double output_head = 0;
    double attention_per_layer = 0;
    double dense_ffn_per_layer = 0;
    double expert_routed = 0;   ///< one routed expert
    double expert_shared = 0;   ///< one shared expert
    double router_per_layer = 0;
    double norms_per_layer = 0;
    double final_norm = 0;
    double mtp = 0;

    /// Bytes of one dense layer / one MoE layer with all experts.
    double dense_layer = 0;
    double moe_layer_fixed = 0;  ///< attention + norms + router + shared experts of one MoE layer
    double moe_layer_all = 0;    ///< moe_layer_fixed + every routed expert
    double total = 0;            ///< main model, no MTP
};

[[nodiscard]] WeightBytes weight_bytes(const ParamCounts& params, const BitsPerWeight& bits);

}  // namespace deepplan
