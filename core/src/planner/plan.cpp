// plan(): MODEL.md sections 2-5 in order. It only orchestrates: resolve the
// ids (resolve.cpp), place the model (placement.cpp), time decode and
// prefill (step_time.cpp), write the report (report.cpp).

#include <algorithm>

#include "hardware/machine.hpp"
#include "planner/planner.hpp"

namespace deepplan {

namespace planner {
namespace {

constexpr int kMaxMinNodes = 64;

// Placement, trying offload when asked or when nothing else fits (MODEL.md §3).
Result<Attempt> choose_placement(const Resolved& r, const Machines& m, bool detail)
{
    const Scenario& s = *r.s;
    const auto& nodes = m.nodes;
    auto offload_ok = [&](OffloadMode mode) {
        const NodeInfo& n = nodes.front();
        return mode == OffloadMode::None ||
               (nodes.size() == 1 && machine::offload_allowed(*r.engine, *r.model, *n.system, n.accel, n.accel_count, n.cpu, mode));
    };
    if (s.offload == OffloadMode::Auto) {
        Attempt chosen = place(r, nodes, m.pool_link, OffloadMode::None, detail);
        for (OffloadMode mode : {OffloadMode::Experts, OffloadMode::Layers}) {
            if (chosen.fits || !offload_ok(mode)) continue;
            Attempt alt = place(r, nodes, m.pool_link, mode, detail);
            if (alt.fits) chosen = std::move(alt);
        }
        return chosen;
    }
    if (!offload_ok(s.offload)) {
        const bool has_accel = nodes.front().accel && nodes.front().accel_count > 0;
        const std::string mode_name = to_string(s.offload);
        const std::string why =
            !has_accel                                  ? "the machine has no accelerator to offload from"
            : nodes.size() > 1                          ? "offload is planned on one machine only"
            : nodes.front().system->unified_memory      ? "unified memory has nothing to offload to"
            : s.offload == OffloadMode::Experts && !r.model->is_moe() ? r.model->name + " has no experts to offload"
                                                        : r.engine->name + " does not offload " + mode_name;
        return Error{"scenario.offload", "cannot use \"" + mode_name + "\": " + why};
    }
    return place(r, nodes, m.pool_link, s.offload, detail);
}

// Decode (MODEL.md §4): one stream, and all B sequences batched.
void fill_decode(Plan& out, const Resolved& r, Attempt& chosen, const std::vector<const Link*>& hops, bool detail,
                 DecodeResult& many)
{
    const double B = r.s->workload.concurrency;
    std::vector<PlacedStage>* store = detail ? &chosen.stages : nullptr;
    const DecodeResult one = decode_step(r, chosen, hops, 1.0, B > 1 ? nullptr : store);
    many = B > 1 ? decode_step(r, chosen, hops, B, store) : one;
    const double accepted = r.mtp ? 1.0 + r.engine->mtp_acceptance : 1.0;
    out.decode.single_stream_tokens_per_s = accepted / one.step_s;
    if (r.engine->batching || B <= 1) {
        double aggregate = B * accepted / many.step_s;
        if (many.pipelined_rate > 0) aggregate = std::max(aggregate, many.pipelined_rate * accepted);
        out.decode.aggregate_tokens_per_s = aggregate;
        out.decode.tokens_per_s = aggregate / B;
        out.decode.step_ms = many.step_s * 1e3;
        out.decode.bottleneck = many.limit;
    } else {
        // Without batching, sequences take turns.
        out.decode.aggregate_tokens_per_s = out.decode.single_stream_tokens_per_s;
        out.decode.tokens_per_s = out.decode.single_stream_tokens_per_s / B;
        out.decode.step_ms = one.step_s * 1e3;
        out.decode.bottleneck = one.limit;
    }
    if (r.model->is_moe()) {
        out.decode.experts_touched = experts_touched(r.params.routed_experts, r.params.experts_per_token, r.mtp ? 2 * B : B);
    }
    if (r.mtp && detail) {
        Resolved plain = r;
        plain.mtp = false;
        const DecodeResult base = decode_step(plain, chosen, hops, 1.0, nullptr);
        out.decode.mtp_speedup = out.decode.single_stream_tokens_per_s * base.step_s;
    }
}

// Prefill (MODEL.md §5): one prompt, and all B prompts in one pass.
void fill_prefill(Plan& out, const Resolved& r, const Attempt& chosen, const std::vector<const Link*>& hops)
{
    const double B = r.s->workload.concurrency;
    const PrefillResult pf = prefill(r, chosen, hops, 1.0);
    out.prefill.ttft_s = pf.seconds;
    out.prefill.tokens_per_s = r.s->workload.prompt / pf.seconds;
    out.prefill.bottleneck = pf.limit;
    out.prefill.aggregate_tokens_per_s = out.prefill.tokens_per_s;
    if (B > 1 && r.engine->batching) {
        // All sequences' prompts in one pass; stages overlap in a pipeline.
        const PrefillResult batch = prefill(r, chosen, hops, B);
        const double t = r.engine->pipeline_parallel && hops.size() > 0 ? std::max(batch.slowest_stage, batch.seconds / B) : batch.seconds;
        out.prefill.aggregate_tokens_per_s = std::max(out.prefill.tokens_per_s, B * r.s->workload.prompt / t);
    }
}

// Ranges from the calibration residuals of the dominant stage's class (MODEL.md §7).
void fill_ranges(Plan& out, const Efficiency& dom)
{
    const double lo = dom.range_low;
    const double hi = dom.range_high;
    out.decode.tokens_per_s_range = {out.decode.tokens_per_s * lo, out.decode.tokens_per_s * hi};
    out.decode.aggregate_tokens_per_s_range = {out.decode.aggregate_tokens_per_s * lo, out.decode.aggregate_tokens_per_s * hi};
    out.prefill.tokens_per_s_range = {out.prefill.tokens_per_s * lo, out.prefill.tokens_per_s * hi};
    out.prefill.aggregate_tokens_per_s_range = {out.prefill.aggregate_tokens_per_s * lo, out.prefill.aggregate_tokens_per_s * hi};
    out.prefill.ttft_s_range = {out.prefill.ttft_s / hi, out.prefill.ttft_s / lo};
}

// Smallest count of the first group's system that fits.
std::optional<int> find_min_nodes(const Scenario& s, const Catalog& c)
{
    Scenario probe = s;
    PlanOptions quick;
    quick.detail = false;
    quick.find_min_nodes = false;
    probe.pool.groups.resize(1);
    for (int n = 1; n <= kMaxMinNodes; ++n) {
        probe.pool.groups[0].count = n;
        auto p = plan(probe, c, quick);
        if (p && p.value().fits) return n;
    }
    return std::nullopt;
}

}  // namespace
}  // namespace planner

const char* to_string(Bottleneck b) noexcept
{
    switch (b) {
    case Bottleneck::MemoryBandwidth: return "memory-bandwidth";
    case Bottleneck::Compute: return "compute";
    case Bottleneck::Link: return "link";
    case Bottleneck::HostMemory: return "host-memory";
    case Bottleneck::Overhead: return "overhead";
    }
    return "?";
}

std::string auto_engine(const Scenario& s, const Catalog& c)
{
    const WeightFormat* f = c.format(s.variant);
    if (!f) return "llama.cpp";
    if (f->family == "mlx") {
        int nodes = 0;
        for (const auto& g : s.pool.groups) nodes += g.count;
        return nodes > 1 ? "exo" : "mlx";
    }
    if (f->family == "gguf") return "llama.cpp";
    // Safetensors: vLLM on accelerators, SGLang's CPU backend on CPU-only machines.
    bool any_accel = false;
    for (const auto& g : s.pool.groups) {
        const System* sys = c.system(g.system);
        if (!g.accelerator.empty() || (sys && sys->accelerator_count > 0)) any_accel = true;
    }
    return any_accel ? "vllm" : "sglang";
}

Result<Plan> plan(const Scenario& s, const Catalog& c, const PlanOptions& opt)
{
    using namespace planner;
    if (auto err = validate_numbers(s)) return *err;
    auto resolved = resolve_ids(s, c);
    if (!resolved) return resolved.error();
    Resolved r = std::move(resolved).value();
    auto machines = resolve_machines(s, c, *r.engine);
    if (!machines) return machines.error();
    Machines m = std::move(machines).value();

    Plan out;
    out.engine = r.engine->id;
    out.engine_release = r.engine->release;
    out.nodes = m.total_nodes;
    for (const auto& n : m.nodes) out.devices += n.accel ? n.accel_count : 0;
    std::vector<std::string> warnings;
    if (m.total_nodes > 1 && !r.engine->multi_node) {
        out.reasons.push_back(r.engine->name + " runs on one machine; the pool has " + std::to_string(m.total_nodes) +
                              ". Planned on the first machine only.");
        m.nodes.resize(1);
    }
    const double kv_element = resolve_sizes(r);
    if (opt.detail && s.workload.mtp && !r.mtp) {
        warnings.push_back(r.model->mtp_modules == 0 ? r.model->name + " has no MTP module; speculative decoding is off"
                                                     : r.engine->name + " does not run DeepSeek MTP speculative decoding; it is off");
    }

    auto placed = choose_placement(r, m, opt.detail);
    if (!placed) return placed.error();
    Attempt chosen = std::move(placed).value();
    out.offload = chosen.mode;
    out.fits = chosen.fits && out.reasons.empty();
    for (auto& reason : chosen.reasons) out.reasons.push_back(std::move(reason));

    const auto hops = pipeline_hops(chosen, m.nodes, m.pool_link);
    DecodeResult many;
    fill_decode(out, r, chosen, hops, opt.detail, many);
    fill_prefill(out, r, chosen, hops);
    fill_ranges(out, *chosen.stages[many.slowest].eff);
    fill_memory_summary(out, r, chosen);
    if (opt.find_min_nodes) out.min_nodes = find_min_nodes(s, c);
    fill_layout(out, r, chosen);
    out.cost = compute_cost(s, c, out);
    if (!opt.detail) return out;

    fill_stage_rows(out, r, chosen);
    fill_device_rows(out, r, chosen);
    add_warnings(out, warnings, r, chosen, m, hops);
    out.warnings = std::move(warnings);
    fill_assumptions(out, r, chosen, kv_element);
    return out;
}

}  // namespace deepplan
