#pragma once
// Architecture facts of a transformer and the parameter counts derived from
// them. Totals are never typed in: they follow from the dimensions.

#include <optional>
#include <string>

namespace deepplan {

enum class AttentionKind { MHA, GQA, MLA };

/// Multi-head latent attention ranks (DeepSeek-V2/V3).
struct MlaDims {
    int q_lora_rank = 0;       ///< 0 = no query compression
    int kv_lora_rank = 0;
    int qk_nope_head_dim = 0;
    int qk_rope_head_dim = 0;
    int v_head_dim = 0;
};

/// Mixture-of-experts shape. Layers [0, first_dense_layers) use the dense FFN.
struct MoeDims {
    int routed_experts = 0;
    int shared_experts = 0;
    int experts_per_token = 0;  ///< top-k
    int expert_ffn = 0;         ///< intermediate size of one expert
    int first_dense_layers = 0;
};

struct ModelArch {
    std::string id;
    std::string name;
    std::string family;        ///< e.g. "deepseek-v3", "qwen2", "llama"
    int layers = 0;
    int hidden_size = 0;
    int vocab_size = 0;
    int heads = 0;
    int kv_heads = 0;
    int head_dim = 0;          ///< per-head dimension for MHA/GQA
    int dense_ffn = 0;         ///< intermediate size of the dense FFN
    AttentionKind attention = AttentionKind::GQA;
    MlaDims mla;
    std::optional<MoeDims> moe;
    int mtp_modules = 0;       ///< multi-token-prediction modules (DeepSeek-V3: 1)
    bool tied_embeddings = false;
    bool qkv_bias = false;
    int max_context = 0;
    double published_params_b = 0;  ///< the publisher's own figure, for checking only
    std::string source;              ///< URL of the architecture facts
    std::string repo;                ///< the publisher's Hugging Face repository ("deepseek-ai/DeepSeek-R1")
    std::string repo_source;         ///< URL the repository id came from

    [[nodiscard]] bool is_moe() const noexcept { return moe.has_value(); }
    [[nodiscard]] int moe_layers() const noexcept { return moe ? layers - moe->first_dense_layers : 0; }
    [[nodiscard]] int dense_layers() const noexcept { return layers - moe_layers(); }
};

/// Parameters per tensor class. Each field is a count of parameters (not bytes).
/// Per-layer figures are for one layer of that kind.
struct ParamCounts {
    double embedding = 0;
    double output_head = 0;          ///< 0 when tied to the embedding
    double attention_per_layer = 0;  ///< projections (+ biases) of one layer
    double dense_ffn_per_layer = 0;  ///< one dense FFN layer
    double expert = 0;               ///< one routed or shared expert
    double router_per_layer = 0;     ///< gate of one MoE layer
    double norms_per_layer = 0;      ///< RMSNorm weights of one layer
    double final_norm = 0;
    double mtp = 0;                  ///< MTP modules (excluding shared embedding/head)

    int layers = 0;
    int dense_layers = 0;
    int moe_layers = 0;
    int routed_experts = 0;
    int shared_experts = 0;
    int experts_per_token = 0;

    [[nodiscard]] double attention() const { return attention_per_layer * layers; }
    [[nodiscard]] double dense_ffn() const { return dense_ffn_per_layer * dense_layers; }
    [[nodiscard]] double routed() const { return expert * routed_experts * moe_layers; }
    [[nodiscard]] double shared() const { return expert * shared_experts * moe_layers; }
    [[nodiscard]] double router() const { return router_per_layer * moe_layers; }
    [[nodiscard]] double norms() const { return norms_per_layer * layers + final_norm; }
    /// Everything in the main model (no MTP).
    [[nodiscard]] double total() const;
    /// Parameters one token touches in the main model: all but the unused routed experts.
    [[nodiscard]] double active() const;
};

/// Derives the per-class parameter counts from the architecture.
[[nodiscard]] ParamCounts count_params(const ModelArch& arch);

}  // namespace deepplan
