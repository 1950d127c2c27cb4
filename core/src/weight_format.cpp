#include "deepplan/weight_format.hpp"

#include <algorithm>

namespace deepplan {

const VariantRepo* WeightFormat::repo_for(const std::string& model_id) const
{
    for (const auto& r : repos) {
        if (r.model == model_id) return &r;
    }
    return nullptr;
}

bool WeightFormat::applies_to(const std::string& model_id) const
{
    return models.empty() || std::find(models.begin(), models.end(), model_id) != models.end();
}

WeightBytes weight_bytes(const ParamCounts& p, const BitsPerWeight& b)
{
    WeightBytes w;
    w.embedding = p.embedding * b.embedding / 8.0;
    w.output_head = p.output_head * b.output_head / 8.0;
    w.attention_per_layer = p.attention_per_layer * b.attention / 8.0;
    w.dense_ffn_per_layer = p.dense_ffn_per_layer * b.dense_ffn / 8.0;
    w.expert_routed = p.expert * b.routed_expert / 8.0;
    w.expert_shared = p.expert * b.shared_expert / 8.0;
    w.router_per_layer = p.router_per_layer * b.router / 8.0;
    w.norms_per_layer = p.norms_per_layer * b.norm / 8.0;
    w.final_norm = p.final_norm * b.norm / 8.0;

    w.dense_layer = w.attention_per_layer + w.norms_per_layer + w.dense_ffn_per_layer;
    w.moe_layer_fixed = w.attention_per_layer + w.norms_per_layer + w.router_per_layer +
                        w.expert_shared * p.shared_experts;
    w.moe_layer_all = w.moe_layer_fixed + w.expert_routed * p.routed_experts;
    w.total = w.embedding + w.output_head + w.final_norm + w.dense_layer * p.dense_layers +
              w.moe_layer_all * p.moe_layers;
    // The MTP block is stored like an MoE layer of the main model plus its projection.
    if (p.mtp > 0) {
        w.mtp = p.mtp * b.routed_expert / 8.0;
    }
    return w;
}

}  // namespace deepplan
