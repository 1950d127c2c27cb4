// Placement (MODEL.md section 3): which stage holds which layers, with or
// without offload to host RAM, and the pipeline hops between stages.
#include <algorithm>
#include <bit>
#include <cstdint>

#include "planner/planner.hpp"

namespace deepplan::planner {

namespace {

// Layers in proportion to each stage's free capacity (MODEL.md §3: mixed pools
// and even pipeline splits are the same rule). Embedding on the first stage,
// output head on the last.
void apportion(const Resolved& r, std::vector<PlacedStage>& stages, int first_layer, int end_layer, bool routed_too)
{
    const int L = end_layer - first_layer;
    if (stages.empty() || L <= 0) return;
    auto cap = [&stages](std::size_t i) {
        const auto& u = stages[i];
        return std::max(1.0, u.tp_degree * (u.usable_b - u.overhead_b - u.activations_b));
    };
    double capsum = 0;
    for (std::size_t i = 0; i < stages.size(); ++i) capsum += cap(i);
    const double kv_layer = kv_bytes_per_layer_all_sequences(r);
    // Only two kinds of layer exist (dense, MoE): their bytes once, not per layer.
    const double routed_moe = routed_too ? r.params.routed_experts * r.bytes.expert_routed : 0.0;
    const double dense_b = r.bytes.dense_layer + kv_layer;
    const double moe_b = r.bytes.moe_layer_fixed + routed_moe + kv_layer;
    const int dense_layers = r.model->dense_layers();
    auto bytes_of = [&](int l) { return l < dense_layers ? dense_b : moe_b; };
    double total = r.bytes.embedding + r.bytes.output_head;
    // Layer by layer in order (dense first), without a test per layer.
    const int dense_end = std::clamp(dense_layers, first_layer, end_layer);
    for (int l = first_layer; l < dense_end; ++l) total += dense_b;
    for (int l = dense_end; l < end_layer; ++l) total += moe_b;
    double cum = r.bytes.embedding;
    std::size_t u = 0;
    double target = total * cap(0) / capsum;
    for (auto& st : stages) st.first = st.end = first_layer;
    stages[0].first = first_layer;
    const std::size_t last = stages.size() - 1;
    for (int l = first_layer; l < end_layer && u < last; ++l) {  // the last stage takes the rest
        const double b = bytes_of(l);
        const double middle = cum + b / 2;
        while (u < last && middle > target) {
            stages[u].end = l;
            ++u;
            stages[u].first = l;
            target += total * cap(u) / capsum;
        }
        cum += b;
    }
    stages[u].end = end_layer;
    for (std::size_t i = u + 1; i < stages.size(); ++i) stages[i].first = stages[i].end = end_layer;
    stages.front().embed = true;
    stages[u].head = true;
}

// Machines one replica spans (a tensor-parallel stage wider than a machine
// spans several), counted once when the stages are placed.
int machines_spanned(const std::vector<PlacedStage>& stages, std::size_t pool_machines)
{
    if (pool_machines <= 1) return 1;
    // Up to 64 machines (every plan the optimizer makes) in one word, more in a vector.
    constexpr std::size_t kWord = 64;
    std::uint64_t seen_word = 0;
    std::vector<bool> seen(pool_machines > kWord ? pool_machines : 0, false);
    for (const auto& u : stages) {
        if (!u.routed_experts_only && u.end == u.first && !u.head) continue;
        const int span = u.on_host ? 1 : (u.tp_degree + u.per_node - 1) / std::max(1, u.per_node);
        for (int k = 0; k < span; ++k) {
            const auto node = static_cast<std::size_t>(u.node + k);
            if (node >= pool_machines) break;
            if (pool_machines <= kWord) seen_word |= std::uint64_t{1} << node;
            else seen[node] = true;
        }
    }
    const int count = pool_machines <= kWord ? std::popcount(seen_word) : static_cast<int>(std::count(seen.begin(), seen.end(), true));
    return std::max(1, count);
}

// --- placement -----------------------------------------------------------------

const Efficiency* eff_for(const Resolved& r, DeviceClass c) { return r.engine->efficiency_for(c); }

// Every machine's accelerators (or its CPU when it has none), layers split
// by free memory. Engines that run TP/EP across machines do so over RDMA
// links, when every machine is alike.
void place_on_accelerators(Attempt& a, const Resolved& r, const std::vector<NodeInfo>& nodes, const Link* pool_link)
{
    const EngineProfile& e = *r.engine;
    bool span_nodes = e.rdma_tensor_parallel && nodes.size() > 1 && pool_link && pool_link->rdma;
    for (const auto& n : nodes) {
        span_nodes = span_nodes && n.accel && n.accel == nodes.front().accel && n.accel_count == nodes.front().accel_count;
    }
    for (std::size_t ni = 0; ni < nodes.size(); ++ni) {
        const auto& n = nodes[ni];
        const int node = static_cast<int>(ni);
        if (!n.accel || n.accel_count == 0) {
            a.stages.push_back(make_host_stage(r, n, node, eff_for(r, DeviceClass::Cpu)));
            continue;
        }
        const Efficiency* eff = eff_for(r, n.accel->device_class);
        if (e.tensor_parallel && span_nodes) {
            // Tensor/expert parallel over every machine of the pool at once.
            if (ni == 0) {
                PlacedStage u = make_accelerator_stage(r, n, node, 0, n.accel_count * static_cast<int>(nodes.size()), eff);
                u.tp_link = pool_link;
                a.stages.push_back(u);
            }
        } else if (e.tensor_parallel) {
            a.stages.push_back(make_accelerator_stage(r, n, node, 0, n.accel_count, eff));
        } else if (e.layer_split) {
            for (int d = 0; d < n.accel_count; ++d) a.stages.push_back(make_accelerator_stage(r, n, node, d, 1, eff));
        } else {
            a.stages.push_back(make_accelerator_stage(r, n, node, 0, 1, eff));
        }
    }
    apportion(r, a.stages, 0, r.model->layers, true);
    const bool multi_node = nodes.size() > 1;
    const bool any_tp = std::any_of(a.stages.begin(), a.stages.end(), [](const PlacedStage& u) { return u.tp_degree > 1; });
    if (a.stages.size() == 1) a.layout_mode = a.stages[0].on_host ? "cpu" : (any_tp ? "tensor-parallel" : "single-device");
    else if (any_tp) a.layout_mode = multi_node ? "tensor+pipeline" : "tensor-parallel";
    else a.layout_mode = "layer-split";
}

// llama.cpp -ngl: fill the accelerators with the first layers that fit, the
// rest stays in host RAM. The output head goes with the last layer.
void fill_first_layers(const Resolved& r, std::vector<PlacedStage>& gpus, PlacedStage& host)
{
    const int layers = r.model->layers;
    const double kv_layer = kv_bytes_per_layer_all_sequences(r);
    int l = 0;
    for (auto& g : gpus) {
        double room = g.tp_degree * (g.usable_b - g.overhead_b - g.activations_b);
        g.first = l;
        while (l < layers && layer_bytes(r, l) + kv_layer <= room) {
            room -= layer_bytes(r, l) + kv_layer;
            ++l;
        }
        g.end = l;
    }
    host.first = l;
    host.end = layers;
    host.head = true;
    host.embed = true;  // llama.cpp keeps the token embedding in host RAM
}

// Offload runs on one machine: its accelerators and its RAM.
void place_offload(Attempt& a, const Resolved& r, const NodeInfo& n, OffloadMode mode)
{
    const EngineProfile& e = *r.engine;
    const Efficiency* geff = eff_for(r, n.accel->device_class);
    PlacedStage host = make_host_stage(r, n, 0, eff_for(r, DeviceClass::Cpu));
    std::vector<PlacedStage> gpus;
    const int per = e.tensor_parallel ? 1 : n.accel_count;
    gpus.reserve(static_cast<std::size_t>(per) + 1);
    for (int d = 0; d < per; ++d) gpus.push_back(make_accelerator_stage(r, n, 0, d, e.tensor_parallel ? n.accel_count : 1, geff));
    if (mode == OffloadMode::Experts) {
        // KTransformers: attention, dense layers, shared experts and the KV
        // cache on the GPUs; routed experts in host RAM, run by the CPU.
        for (auto& g : gpus) g.non_routed = true;
        apportion(r, gpus, 0, r.model->layers, false);
        host.routed_experts_only = true;
        host.first = 0;
        host.end = r.model->layers;
        a.layout_mode = "offload-experts";
    } else {
        fill_first_layers(r, gpus, host);
        a.layout_mode = "offload-layers";
    }
    a.stages = std::move(gpus);
    a.stages.push_back(host);
}

}  // namespace

Attempt place(const Resolved& r, const std::vector<NodeInfo>& nodes, const Link* pool_link, OffloadMode mode, bool detail)
{
    Attempt a;
    a.mode = mode;
    // A stage per machine, or per card where the engine splits layers over cards.
    std::size_t stages = 1;
    for (const auto& n : nodes) {
        stages += r.engine->layer_split && !r.engine->tensor_parallel ? static_cast<std::size_t>(std::max(1, n.accel_count)) : 1U;
    }
    a.stages.reserve(stages);
    if (mode == OffloadMode::None) place_on_accelerators(a, r, nodes, pool_link);
    else place_offload(a, r, nodes.front(), mode);
    for (auto& u : a.stages) fill_memory(r, u);
    a.machines = machines_spanned(a.stages, nodes.size());
    collect_reasons(a, detail);
    return a;
}

std::vector<const Link*> pipeline_hops(const Attempt& a, const std::vector<NodeInfo>& nodes, const Link* pool_link)
{
    std::vector<const Link*> hops;
    const PlacedStage* prev = nullptr;
    for (const auto& u : a.stages) {
        if (u.end == u.first && !u.routed_experts_only && !u.head) continue;
        if (u.routed_experts_only) continue;  // accounted per MoE layer below
        if (prev) hops.push_back(prev->node == u.node ? nodes[static_cast<std::size_t>(u.node)].intra : pool_link);
        prev = &u;
    }
    return hops;
}

}  // namespace deepplan::planner
