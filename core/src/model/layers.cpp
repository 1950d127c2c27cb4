#include "model/layers.hpp"

#include <algorithm>

namespace deepplan::model {

int dense_in(const ModelSizes& m, int a, int b)
{
    const int d = m.model->dense_layers();
    return std::max(0, std::min(b, d) - std::max(a, 0));
}

int moe_in(const ModelSizes& m, int a, int b) { return (b - a) - dense_in(m, a, b); }

double non_routed_bytes(const ModelSizes& m, int a, int b)
{
    return dense_in(m, a, b) * m.bytes.dense_layer + moe_in(m, a, b) * m.bytes.moe_layer_fixed;
}

double all_routed_bytes(const ModelSizes& m, int a, int b)
{
    return moe_in(m, a, b) * m.params.routed_experts * m.bytes.expert_routed;
}

double attention_bytes(const ModelSizes& m, int a, int b)
{
    return (b - a) * (m.bytes.attention_per_layer + m.bytes.norms_per_layer);
}

double layer_bytes(const ModelSizes& m, int l) { return non_routed_bytes(m, l, l + 1) + all_routed_bytes(m, l, l + 1); }

double weights_read_bytes(const ModelSizes& m, int a, int b, double touched, bool with_routed, bool head)
{
    double bytes = non_routed_bytes(m, a, b);
    if (with_routed) bytes += moe_in(m, a, b) * touched * m.bytes.expert_routed;
    if (head) bytes += m.bytes.output_head;
    return bytes;
}

double active_params(const ModelSizes& m, int a, int b, bool with_routed, bool with_non_routed)
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

AttentionFlops attention_flops_per_position(const ModelArch& a, bool mla_compressed)
{
    if (a.attention != AttentionKind::MLA) {
        const double f = 4.0 * a.heads * a.head_dim;
        return {f, f};
    }
    const auto& m = a.mla;
    // Per head, QK^T over the key width and PV over the value width.
    // Decode with an MLA cache runs the absorbed form against the latent
    // (kv_lora + rope keys, kv_lora values); prefill expands the latent
    // once and runs ordinary attention over nope + rope / v_head, which
    // costs 3.4x fewer FLOPs per position for DeepSeek-V3 (DeepSeek-V2
    // paper, appendix on MLA's absorbed and expanded forms).
    const double expanded = 2.0 * a.heads * (m.qk_nope_head_dim + m.qk_rope_head_dim) + 2.0 * a.heads * m.v_head_dim;
    const double absorbed = 2.0 * a.heads * (m.kv_lora_rank + m.qk_rope_head_dim) + 2.0 * a.heads * m.kv_lora_rank;
    return {mla_compressed ? absorbed : expanded, expanded};
}

}  // namespace deepplan::model
