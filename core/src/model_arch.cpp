#include "deepplan/model_arch.hpp"

namespace deepplan {

namespace {

double d(int v) { return static_cast<double>(v); }

// One attention block's projections. MLA (DeepSeek-V2/V3 config names):
// q_a (hidden -> q_lora) + its norm, q_b (q_lora -> heads*(nope+rope)),
// kv_a (hidden -> kv_lora+rope) + its norm, kv_b (kv_lora -> heads*(nope+v)),
// o (heads*v -> hidden).
double attention_params(const ModelArch& a)
{
    const double h = d(a.hidden_size);
    if (a.attention == AttentionKind::MLA) {
        const auto& m = a.mla;
        const double qk = d(m.qk_nope_head_dim + m.qk_rope_head_dim);
        const double q = m.q_lora_rank > 0
                             ? h * d(m.q_lora_rank) + d(m.q_lora_rank) + d(m.q_lora_rank) * d(a.heads) * qk
                             : h * d(a.heads) * qk;
        const double kv_a = h * d(m.kv_lora_rank + m.qk_rope_head_dim) + d(m.kv_lora_rank);
        const double kv_b = d(m.kv_lora_rank) * d(a.heads) * d(m.qk_nope_head_dim + m.v_head_dim);
        const double o = d(a.heads) * d(m.v_head_dim) * h;
        return q + kv_a + kv_b + o;
    }
    const double q_dim = d(a.heads) * d(a.head_dim);
    const double kv_dim = d(a.kv_heads) * d(a.head_dim);
    double p = h * q_dim + 2.0 * h * kv_dim + q_dim * h;
    if (a.qkv_bias) {
        p += q_dim + 2.0 * kv_dim;
    }
    return p;
}

}  // namespace

double ParamCounts::total() const
{
    return embedding + output_head + attention() + dense_ffn() + routed() + shared() + router() + norms();
}

double ParamCounts::active() const
{
    const double routed_active = expert * experts_per_token * moe_layers;
    return embedding + output_head + attention() + dense_ffn() + routed_active + shared() + router() + norms();
}

ParamCounts count_params(const ModelArch& a)
{
    ParamCounts p;
    const double h = d(a.hidden_size);
    p.layers = a.layers;
    p.moe_layers = a.moe_layers();
    p.dense_layers = a.dense_layers();
    p.embedding = d(a.vocab_size) * h;
    p.output_head = a.tied_embeddings ? 0.0 : d(a.vocab_size) * h;
    p.attention_per_layer = attention_params(a);
    p.dense_ffn_per_layer = 3.0 * h * d(a.dense_ffn);
    p.norms_per_layer = 2.0 * h;
    p.final_norm = h;
    if (a.moe) {
        p.expert = 3.0 * h * d(a.moe->expert_ffn);
        p.routed_experts = a.moe->routed_experts;
        p.shared_experts = a.moe->shared_experts;
        p.experts_per_token = a.moe->experts_per_token;
        // Gate weights plus the per-expert score-correction bias of DeepSeek-V3.
        p.router_per_layer = d(a.moe->routed_experts) * h + d(a.moe->routed_experts);
    }
    if (a.mtp_modules > 0) {
        // DeepSeek-V3 report §2.2: each MTP module is one transformer block
        // (here an MoE block) plus a projection of [h; emb] (2h -> h) and two
        // norms; it shares the embedding and output head with the main model.
        const double block = p.attention_per_layer + p.norms_per_layer +
                             (a.moe ? p.expert * (p.routed_experts + p.shared_experts) + p.router_per_layer
                                    : p.dense_ffn_per_layer);
        p.mtp = d(a.mtp_modules) * (block + 2.0 * h * h + 3.0 * h);
    }
    return p;
}

}  // namespace deepplan
