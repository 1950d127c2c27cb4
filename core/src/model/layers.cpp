#include "model/layers.hpp"

namespace deepplan::model {

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
