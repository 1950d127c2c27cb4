#pragma once
// Bytes and parameters of a run of layers [a, b) of a model in one weight
// format: what a stage holds, what one pass reads, what it multiplies.
// "Non-routed" is everything but the routed experts (attention, dense FFN,
// shared experts, router, norms).

#include "deepplan/model_arch.hpp"
#include "deepplan/weight_format.hpp"

namespace deepplan::model {

/// A model with its parameter counts and its bytes in one weight format.
struct ModelSizes {
    const ModelArch* model = nullptr;
    ParamCounts params;
    WeightBytes bytes;
};

[[nodiscard]] int dense_in(const ModelSizes& m, int a, int b);
[[nodiscard]] int moe_in(const ModelSizes& m, int a, int b);
/// Weight bytes of layers [a, b) without their routed experts.
[[nodiscard]] double non_routed_bytes(const ModelSizes& m, int a, int b);
/// Weight bytes of every routed expert of layers [a, b).
[[nodiscard]] double all_routed_bytes(const ModelSizes& m, int a, int b);
/// Attention projections and norms of layers [a, b): what data-parallel attention replicates.
[[nodiscard]] double attention_bytes(const ModelSizes& m, int a, int b);
[[nodiscard]] double layer_bytes(const ModelSizes& m, int l);
/// Weight bytes one pass reads in layers [a, b) when it touches `touched`
/// routed experts per MoE layer (none unless `with_routed`), plus the output
/// head when `head`.
[[nodiscard]] double weights_read_bytes(const ModelSizes& m, int a, int b, double touched, bool with_routed, bool head);
/// Parameters one token multiplies in layers [a, b), for FLOP counts.
[[nodiscard]] double active_params(const ModelSizes& m, int a, int b, bool with_routed, bool with_non_routed);

/// Attention FLOPs per token per context position per layer.
struct AttentionFlops {
    double decode = 0;
    double prefill = 0;
};
[[nodiscard]] AttentionFlops attention_flops_per_position(const ModelArch& a, bool mla_compressed);

}  // namespace deepplan::model
