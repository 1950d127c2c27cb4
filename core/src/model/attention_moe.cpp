// The attention KV cache per token (MHA/GQA, MLA latent or expanded) and
// the MoE experts a batch touches (MODEL.md section 4).

#include <algorithm>
#include <cmath>

#include "deepplan/plan.hpp"

namespace deepplan {

double kv_bytes_per_token(const ModelArch& a, bool mla_compressed, double bytes_per_element) noexcept
{
    const double layers = a.layers;
    if (a.attention == AttentionKind::MLA) {
        const auto& m = a.mla;
        if (mla_compressed) {
            // The latent c_KV (kv_lora_rank) plus the shared RoPE key, per layer
            // (DeepSeek-V2 paper §2.1; 576 elements for V3).
            return layers * (m.kv_lora_rank + m.qk_rope_head_dim) * bytes_per_element;
        }
        // Engines without an MLA cache store full per-head K (nope+rope) and V.
        return layers * a.heads * (m.qk_nope_head_dim + m.qk_rope_head_dim + m.v_head_dim) * bytes_per_element;
    }
    return 2.0 * layers * a.kv_heads * a.head_dim * bytes_per_element;
}

double experts_touched(int experts, int top_k, double tokens) noexcept
{
    if (experts <= 0 || top_k <= 0 || tokens <= 0) {
        return 0;
    }
    const double e = experts;
    const double miss = 1.0 - std::min(1.0, top_k / e);
    return e * (1.0 - std::pow(miss, tokens));
}

}  // namespace deepplan
