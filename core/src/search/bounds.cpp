#include "search/bounds.hpp"

#include <algorithm>
#include <limits>

#include "deepplan/units.hpp"
#include "engine/efficiency_params.hpp"
#include "hardware/machine.hpp"
#include "model/layers.hpp"
#include "planner/planner.hpp"

namespace deepplan::search_bounds {

using units::kGB;

VariantInfo variant_info(const ModelArch& model, const WeightFormat& f)
{
    model::ModelSizes m;
    m.model = &model;
    m.params = count_params(model);
    m.bytes = weight_bytes(m.params, f.bits);
    // One token reads every non-routed weight, its top-k routed experts per
    // MoE layer (U(1) = k, MODEL.md section 4) and the output head: the
    // planner's read of one pass over every layer.
    const double step_b = model::weights_read_bytes(m, 0, model.layers, m.params.experts_per_token, true, true);
    return {&f, m.bytes.total, m.bytes.mtp, step_b * (1.0 - 1e-9)};
}

double accel_usable_b(const Device& d, const EngineProfile& e, bool raise_wired)
{
    return std::max(0.0, units::capacity_to_bytes(machine::accelerator_usable_capacity_gb(d, e, raise_wired)) - e.overhead_gb * kGB);
}

bool offload_allowed(const EngineProfile& e, const MachineConfig& m, const ModelArch& model, OffloadMode mode)
{
    return machine::offload_allowed(e, model, *m.system, m.accel, m.accel_count, m.cpu, mode);
}

namespace {

// The smallest of each per-pass overhead over the efficiencies a candidate uses.
Efficiency overhead_floor(const Efficiency& a, const Efficiency& b)
{
    Efficiency f = a;
    for (const auto& p : efficiency::kParams) {
        if (p.kind == efficiency::Kind::PassOverhead || p.kind == efficiency::Kind::MoeOverhead ||
            p.kind == efficiency::Kind::LaunchOverhead) f.*p.member = std::min(a.*p.member, b.*p.member);
    }
    return f;
}

}  // namespace

// A step reads at least `step_b` bytes, and no stage reads faster than its
// tensor-parallel group's bandwidth times eta_mem (planner::memory_seconds);
// stages run in turn, and the pipelined rate per stream, 1 / (stages x
// slowest stage), is no faster. Every token pays the per-pass overheads of
// all layers (planner::pass_overhead_us): each layer runs on some stage and
// pays its per-layer overhead, each MoE layer its per-MoE-layer overhead
// plus the per-expert overhead for at least the top-k experts one token
// touches, each step at least one stage's step overhead. With the smallest
// of each component over the classes a candidate uses, this is a lower
// bound on the step time whatever the layout.
double tokens_per_s_bound(const EngineProfile& e, const MachineConfig& m, OffloadMode mode, int nodes, double step_b, bool mtp,
                          const ModelArch& model)
{
    constexpr double kNone = std::numeric_limits<double>::infinity();
    // The pipelined rate leaves the routed experts' CPU stage out of the stage count.
    if (mode == OffloadMode::Experts && e.pipeline_parallel) return kNone;
    if (!(step_b > 0)) return kNone;
    double memory_s = kNone;  // the fastest stage's read of step_b
    const Efficiency* floor = nullptr;
    Efficiency both;
    if (m.accel) {
        const Efficiency* eff = e.efficiency_for(m.accel->device_class);
        if (!eff) return kNone;
        const int group = e.tensor_parallel ? m.accel_count * (e.rdma_tensor_parallel ? nodes : 1) : 1;
        memory_s = planner::memory_seconds(step_b, group * m.accel->memory_bandwidth_gb_s * kGB, eff->eta_mem);
        floor = eff;
    }
    if (!m.accel || mode != OffloadMode::None) {
        const Efficiency* eff = e.efficiency_for(DeviceClass::Cpu);
        if (!eff) return kNone;
        memory_s = std::min(memory_s, planner::memory_seconds(step_b, machine::host_bandwidth_gb_s(*m.system, m.cpu) * kGB, eff->eta_mem));
        both = floor ? overhead_floor(*floor, *eff) : *eff;
        floor = &both;
    }
    if (!(memory_s < kNone) || !(memory_s > 0)) return kNone;
    const double top_k = model.moe ? model.moe->experts_per_token : 0;
    const double overhead_s = planner::pass_overhead_us(*floor, model.layers, model.moe_layers(), top_k) * units::kMicro;
    const double accepted = mtp ? 1.0 + e.mtp_acceptance : 1.0;
    return accepted / (memory_s + overhead_s);
}

}  // namespace deepplan::search_bounds
