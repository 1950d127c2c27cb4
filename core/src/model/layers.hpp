#pragma once
// Bytes and parameters of a run of layers [a, b) of a model in one weight
// format: what a stage holds, what one pass reads, what it multiplies.
// "Non-routed" is everything but the routed experts (attention, dense FFN,
// shared experts, router, norms).

#include <algorithm>

#include "deepplan/model_arch.hpp"
#include "deepplan/weight_format.hpp"

namespace deepplan::model {

/// A model with its parameter counts and its bytes in one weight format.
struct ModelSizes {
    const ModelArch* model = nullptr;
    ParamCounts params;
    WeightBytes bytes;
};

// Inline: the planner calls these per stage and per candidate.

inline int dense_in(const ModelSizes& m, int a, int b)
{
    const int d = m.model->dense_layers();
    return std::max(0, std::min(b, d) - std::max(a, 0));
}

inline int moe_in(const ModelSizes& m, int a, int b) { return (b - a) - dense_in(m, a, b); }

/// Weight bytes of layers [a, b) without their routed experts.
inline double non_routed_bytes(const ModelSizes& m, int a, int b)
{
    return dense_in(m, a, b) * m.bytes.dense_layer + moe_in(m, a, b) * m.bytes.moe_layer_fixed;
}

/// Weight bytes of every routed expert of layers [a, b).
inline double all_routed_bytes(const ModelSizes& m, int a, int b)
{
    return moe_in(m, a, b) * m.params.routed_experts * m.bytes.expert_routed;
}

/// Attention projections and norms of layers [a, b): what data-parallel attention replicates.
inline double attention_bytes(const ModelSizes& m, int a, int b)
{
    return (b - a) * (m.bytes.attention_per_layer + m.bytes.norms_per_layer);
}

inline double layer_bytes(const ModelSizes& m, int l) { return non_routed_bytes(m, l, l + 1) + all_routed_bytes(m, l, l + 1); }

/// Weight bytes one pass reads in layers [a, b) when it touches `touched`
/// routed experts per MoE layer (none unless `with_routed`), plus the output
/// head when `head`.
inline double weights_read_bytes(const ModelSizes& m, int a, int b, double touched, bool with_routed, bool head)
{
    double bytes = non_routed_bytes(m, a, b);
    if (with_routed) bytes += moe_in(m, a, b) * touched * m.bytes.expert_routed;
    if (head) bytes += m.bytes.output_head;
    return bytes;
}

/// Parameters one token multiplies in layers [a, b), for FLOP counts.
inline double active_params(const ModelSizes& m, int a, int b, bool with_routed, bool with_non_routed)
{
    const auto& p = m.params;
    const double dense_layer = p.attention_per_layer + p.dense_ffn_per_layer + p.norms_per_layer;
    const double moe_non_routed = p.attention_per_layer + p.norms_per_layer + p.router_per_layer + p.expert * p.shared_experts;
    const double moe_routed = p.expert * p.experts_per_token;
    double out = 0;
    if (with_non_routed) out += dense_in(m, a, b) * dense_layer + moe_in(m, a, b) * moe_non_routed;
    if (with_routed) out += moe_in(m, a, b) * moe_routed;
    return out;
}

/// Attention FLOPs per token per context position per layer.
struct AttentionFlops {
    double decode = 0;
    double prefill = 0;
};
[[nodiscard]] AttentionFlops attention_flops_per_position(const ModelArch& a, bool mla_compressed);

}  // namespace deepplan::model
