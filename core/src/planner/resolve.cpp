// Resolving a scenario's ids against the catalog: model, variant, engine and
// the machines of the pool; then the model's sizes in that variant.

#include <algorithm>

#include "hardware/machine.hpp"
#include "planner/planner.hpp"

namespace deepplan::planner {

Result<Resolved> resolve_ids(const Scenario& s, const Catalog& c, const ModelArch* model)
{
    Resolved r;
    r.s = &s;
    r.c = &c;
    r.model = model;
    if (!r.model) return Error{"scenario.model", "unknown model \"" + s.model + "\""};
    r.format = c.format(s.variant);
    if (!r.format) return Error{"scenario.variant", "unknown variant \"" + s.variant + "\""};
    if (!r.format->applies_to(s.model))
        return Error{"scenario.variant", "\"" + s.variant + "\" is not published for model \"" + s.model + "\""};
    const std::string engine_id = s.engine == "auto" ? auto_engine(s, c) : s.engine;
    r.engine = c.engine(engine_id);
    if (!r.engine) return Error{"scenario.engine", "unknown engine \"" + engine_id + "\""};
    if (!r.engine->loads(r.format->family))
        return Error{"scenario.engine", r.engine->name + " cannot load " + r.format->family + " weights (variant \"" + s.variant + "\")"};
    return r;
}

namespace {

// One group's machine; an error names the group's field.
Result<NodeInfo> resolve_machine(const NodeGroup& g, std::size_t gi, const Catalog& c, const EngineProfile& engine)
{
    // Field paths for errors, built only when an error is reported.
    auto p = [gi] { return "scenario.pool[" + std::to_string(gi) + "]"; };
    NodeInfo n;
    n.system = c.system(g.system);
    if (!n.system) return Error{p() + ".system", "unknown system \"" + g.system + "\""};
    n.accel = n.system->accelerator.empty() ? nullptr : c.device(n.system->accelerator);
    n.own_accel = n.accel;
    n.accel_count = n.system->accelerator_count;
    if (!g.accelerator.empty()) {
        n.accel = c.device(g.accelerator);
        if (!n.accel) return Error{p() + ".accelerator", "unknown device \"" + g.accelerator + "\""};
        if (n.accel->device_class == DeviceClass::Cpu)
            return Error{p() + ".accelerator", "\"" + g.accelerator + "\" is a CPU, not an accelerator"};
        if (n.system->unified_memory)
            return Error{p() + ".accelerator", "\"" + g.system + "\" has unified memory; it takes no added accelerators"};
        n.accel_count = g.accelerator_count;
    }
    n.cpu = n.system->host_cpu.empty() ? nullptr : c.device(n.system->host_cpu);
    n.intra = c.link(n.system->intra_link);
    const std::string link_id = g.link.empty() ? n.system->network_link : g.link;
    n.net = c.link(link_id);
    if (!n.net) return Error{p() + ".link", "unknown link \"" + link_id + "\""};
    if (n.accel && !engine.runs_on(n.accel->device_class))
        return Error{"scenario.engine", engine.name + " does not run on " + n.accel->name};
    if (!n.accel && !engine.runs_on(DeviceClass::Cpu))
        return Error{"scenario.engine", engine.name + " does not run on CPU-only machines like \"" + g.system + "\""};
    n.host_usable_capacity_gb = machine::host_usable_capacity_gb(*n.system);
    n.host_bw_gb_s = machine::host_bandwidth_gb_s(*n.system, n.cpu);
    return n;
}

}  // namespace

Result<Machines> resolve_machines(const Scenario& s, const Catalog& c, const EngineProfile& engine)
{
    Machines m;
    m.nodes.reserve(static_cast<std::size_t>(std::min(s.pool.groups.size() == 1 ? s.pool.groups[0].count : 16, 4096)));
    for (std::size_t gi = 0; gi < s.pool.groups.size(); ++gi) {
        const auto& g = s.pool.groups[gi];
        auto n = resolve_machine(g, gi, c, engine);
        if (!n) return n.error();
        // The pool's link between machines is the slowest any group names.
        if (!m.pool_link || n.value().net->bandwidth_gb_s < m.pool_link->bandwidth_gb_s) m.pool_link = n.value().net;
        m.total_nodes += g.count;
        m.groups.push_back({n.value().system, n.value().own_accel, n.value().accel, n.value().cpu});
        for (int k = 0; k < g.count; ++k) m.nodes.push_back(n.value());
    }
    return m;
}

double resolve_sizes(Resolved& r)
{
    const Scenario& s = *r.s;
    r.params = count_params(*r.model);
    r.bytes = weight_bytes(r.params, r.format->bits);
    const double kv_element = s.workload.kv_bytes > 0 ? s.workload.kv_bytes : r.engine->kv_bytes;
    // FlashAttention/FlashMLA run in BF16; FP8 attention kernels need an FP8 KV cache.
    r.attn_compute = kv_element <= 1.0 && r.format->compute == ComputeType::FP8 ? ComputeType::FP8 : ComputeType::BF16;
    r.kv_token_layer = kv_bytes_per_token(*r.model, r.engine->mla_compressed, kv_element) / r.model->layers;
    const model::AttentionFlops f = model::attention_flops_per_position(*r.model, r.engine->mla_compressed);
    r.attn_flops_pos = f.decode;
    r.prefill_attn_flops_pos = f.prefill;
    r.mtp = s.workload.mtp && r.engine->mtp && r.model->mtp_modules > 0;
    return kv_element;
}

}  // namespace deepplan::planner
