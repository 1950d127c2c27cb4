// plan(): MODEL.md sections 2-5 in order. It only orchestrates: resolve the
// ids (resolve.cpp), place the model (placement.cpp), time decode and
// prefill (step_time.cpp), write the report (report.cpp).

#include <algorithm>
#include <cmath>

#include "hardware/machine.hpp"
#include "planner/planner.hpp"
#include "util/text.hpp"

namespace deepplan {

namespace planner {
namespace {

constexpr int kMaxMinNodes = 64;

void fill_decode(Plan& out, const Resolved& r, const Attempt& chosen, const std::vector<const Link*>& hops, bool detail,
                 DecodeResult& many, std::vector<PlacedStage>* store);

// Tokens per second over all sequences a placement would decode at.
double decode_rate(const Resolved& r, const Attempt& a, const Machines& m)
{
    Plan scratch;
    DecodeResult many;
    fill_decode(scratch, r, a, pipeline_hops(a, m.nodes, m.pool_link), false, many, nullptr);
    return scratch.decode.aggregate_tokens_per_s;
}

// Placement (MODEL.md §3). Offload "auto" places the model every way the
// engine can on this pool (no offload, layers, experts) and keeps the fastest
// that fits; when none fits, the one that misses by the least memory.
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
        // Offload is planned on one machine only: a pool of several has one way.
        if (nodes.size() > 1) return place(r, nodes, m.pool_link, OffloadMode::None, detail);
        std::vector<Attempt> tries;
        tries.reserve(3);
        for (OffloadMode mode : {OffloadMode::None, OffloadMode::Layers, OffloadMode::Experts}) {
            if (offload_ok(mode)) tries.push_back(place(r, nodes, m.pool_link, mode, detail));
        }
        std::size_t best = 0;
        double best_rate = -1;
        for (std::size_t i = 0; i < tries.size(); ++i) {
            if (!tries[i].fits) continue;
            const double rate = tries.size() > 1 ? decode_rate(r, tries[i], m) : 0.0;
            if (rate > best_rate) {
                best = i;
                best_rate = rate;
            }
        }
        if (best_rate < 0) {
            for (std::size_t i = 1; i < tries.size(); ++i) {
                if (tries[i].short_b < tries[best].short_b) best = i;
            }
        }
        return std::move(tries[best]);
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

// The weights of a model in a format, bytes.
double format_bytes(const ModelArch& model, const WeightFormat& f) { return weight_bytes(count_params(model), f.bits).total; }

// What to change when a plan misses by a few GB (MODEL.md §3, "tight").
void add_tight_advice(Plan& out, const Resolved& r, const Attempt& chosen)
{
    bool host_short = false;
    bool accel_short = false;
    double kv_short_b = 0;
    for (const auto& u : chosen.stages) {
        if (stage_fits(u)) continue;
        (u.on_host ? host_short : accel_short) = true;
        kv_short_b += u.kv_b * (u.on_host ? 1.0 : u.tp_degree);
    }
    out.reasons.push_back("tight: " + text::fixed(chosen.short_b / units::kGB) + " GB short, within " +
                          text::fixed(kTightFraction * 100, 0) + " % of the usable memory of the devices that overflow");
    if (kv_short_b >= chosen.short_b) {
        out.reasons.push_back("to fit: a shorter context (the KV cache there takes " + text::fixed(kv_short_b / units::kGB) + " GB)");
    }
    // The largest variant smaller than this one that the engine loads.
    const WeightFormat* smaller = nullptr;
    double smaller_b = 0;
    const double this_b = r.bytes.total;
    for (const auto& [id, f] : r.c->formats) {
        if (!f.applies_to(r.model->id) || !r.engine->loads(f.family)) continue;
        const double b = format_bytes(*r.model, f);
        if (b < this_b - chosen.short_b && b > smaller_b) {
            smaller = &f;
            smaller_b = b;
        }
    }
    if (smaller) {
        out.reasons.push_back("to fit: a smaller quant (" + smaller->name + " is " + text::fixed((this_b - smaller_b) / units::kGB) +
                              " GB smaller)");
    }
    if (host_short) out.reasons.push_back("to fit: more host RAM");
    if (accel_short) out.reasons.push_back("to fit: more accelerator memory (another or a larger GPU)");
    if (host_short && r.format->family == "gguf") {
        out.reasons.push_back(r.engine->name + " memory-maps GGUF weights: it would start and read the " +
                              text::fixed(chosen.short_b / units::kGB) +
                              " GB that do not fit in RAM from disk on every token, far slower than planned; not planned as fitting");
    }
}

// Decode (MODEL.md §4): one stream, and all B sequences batched. With
// `store`, each stage's step time at B is written to it (chosen's stages).
void fill_decode(Plan& out, const Resolved& r, const Attempt& chosen, const std::vector<const Link*>& hops, bool detail,
                 DecodeResult& many, std::vector<PlacedStage>* store)
{
    const double B = r.s->workload.concurrency;
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
    if (r.model->is_moe()) out.decode.experts_touched = many.touched;  // U(B), or U(2B) verifying MTP drafts
    if (r.mtp && detail) {
        Resolved plain = r;
        plain.mtp = false;
        const DecodeResult base = decode_step(plain, chosen, hops, 1.0, nullptr);
        out.decode.mtp_speedup = out.decode.single_stream_tokens_per_s * base.step_s;
    }
}

// Prompts arriving together, `prompts` of them (>= 1, fractional between
// two counts): the time until the last one's first token, their mean TTFT and
// the passes they take, interpolated between the whole counts around it.
struct Burst {
    double all_s = 0;
    double mean_ttft_s = 0;
    double passes = 1;
};

Burst burst_prefill(const Resolved& r, const Attempt& chosen, const std::vector<const Link*>& hops, double prompts)
{
    const int chunk = prefill_chunk_tokens(r);
    if (chunk <= 0 || std::ceil(prompts) * r.s->workload.prompt <= chunk) {
        // All of them in one pass: every prompt's first token comes with it.
        const double t = prefill(r, chosen, hops, prompts).seconds;
        return {t, t, 1};
    }
    const double lo = std::floor(prompts);
    const QueuedPrefill a = queued_prefill(r, chosen, hops, static_cast<int>(lo));
    if (prompts - lo < 1e-9) return {a.all_prompts_s, a.mean_ttft_s, a.passes};
    const QueuedPrefill b = queued_prefill(r, chosen, hops, static_cast<int>(lo) + 1);
    const double w = prompts - lo;
    auto mix = [w](double x, double y) { return x + w * (y - x); };
    return {mix(a.all_prompts_s, b.all_prompts_s), mix(a.mean_ttft_s, b.mean_ttft_s), mix(a.passes, b.passes)};
}

// Steps of the solve for the prompts a staggered prefill pass takes.
constexpr int kStaggerSteps = 24;

// The serving figures of C batched clients (MODEL.md §5). A cycle: every
// client's prompt prefilled (its first token) and its other N - 1 decoded. Each client sends its
// next request when its last one ends, so one request lasts one cycle.
// Together, all C prompts come at once and share the passes. Staggered, a
// prompt finds the others decoding and takes a pass with the m prompts that
// arrived while the pass before it ran: m = 1 + λ·t(m), λ = C / cycle(m), at
// most C (the right side grows more slowly than m past the fixed point, so
// the root is bracketed by [1, C]); the others' decoding waits for the pass unless the
// engine mixes decode tokens into it (one step per pass rides along).
void fill_batched_serving(Plan& out, const Resolved& r, const Attempt& chosen, const std::vector<const Link*>& hops,
                          const QueuedPrefill& alone, const QueuedPrefill& together)
{
    const double B = r.s->workload.concurrency;
    const double P = r.s->workload.prompt;
    const double N = r.s->workload.output;
    const double step_s = B / out.decode.aggregate_tokens_per_s;  // one token of every sequence
    const bool staggered = r.s->workload.arrivals == Arrivals::Staggered;
    // The prefill pass gives a request its first token; N - 1 decode steps follow.
    const double steps = N - 1;
    auto cycle_of = [&](double m, const Burst& b) {
        const double bursts = B / m;
        const double riding = r.engine->mixed_prefill ? std::min(steps, bursts * b.passes) : 0.0;
        return bursts * b.all_s + (steps - riding) * step_s;
    };
    // Excess of arrivals over m prompts a pass, 1 + λ·t(m) - m: falls as m grows.
    auto excess = [&](double x, const Burst& at) { return 1.0 + B / cycle_of(x, at) * at.all_s - x; };
    const Burst all{B * P / out.prefill.aggregate_tokens_per_s, together.mean_ttft_s, together.passes};
    double m = B;
    Burst b = all;
    if (staggered && excess(B, all) < 0) {
        // The fixed point is m (m - 1) D = C t(m), D the decode time of a
        // cycle. With t(m) = a + b m through t(1) and t(C), the root of
        // D m² - (D + C b) m - C a = 0 is the first guess; then false
        // position on the bracket [1, C] (Illinois), which the guess usually
        // closes in a step.
        Burst lo_b{alone.all_prompts_s, alone.mean_ttft_s, alone.passes};
        double lo = 1, hi = B;
        double e_lo = excess(1, lo_b), e_hi = excess(B, all);
        const double D = std::max(cycle_of(1, lo_b) - B * lo_b.all_s, 1e-12);
        const double slope = (all.all_s - lo_b.all_s) / (B - 1);
        const double a = lo_b.all_s - slope, bb = D + B * slope;
        double x = std::clamp((bb + std::sqrt(bb * bb + 4 * D * B * a)) / (2 * D), lo, hi);
        int side = 0;
        m = lo;
        b = lo_b;
        for (int i = 0; i < kStaggerSteps && hi - lo > 1e-3 * lo; ++i) {
            const Burst at = burst_prefill(r, chosen, hops, x);
            const double e = excess(x, at);
            if (std::abs(e) < 2e-3) {  // within a 500th of a prompt of the fixed point
                m = x;
                b = at;
                break;
            }
            if (e > 0) {
                lo = x;
                e_lo = e;
                if (side == 1) e_hi /= 2;
                side = 1;
                m = lo;
                b = at;
            } else {
                hi = x;
                e_hi = e;
                if (side == -1) e_lo /= 2;
                side = -1;
            }
            x = (lo * e_hi - hi * e_lo) / (e_hi - e_lo);
        }
    }
    const double cycle_s = cycle_of(m, b);
    out.serving.output_tokens_per_s = B * N / cycle_s;
    out.serving.prompts_per_pass = m / b.passes;
    if (staggered) {
        // The step or pass under way when the prompt came: another client's
        // pass with probability f, else a decode step; half of it on average.
        const double f = std::min(1.0, (B - 1) / m * b.all_s / cycle_s);
        out.serving.ttft_s = b.mean_ttft_s + f * b.all_s / 2 + (1 - f) * step_s / 2;
    } else {
        out.serving.ttft_s = b.mean_ttft_s;
    }
    out.serving.tpot_ms = (N > 1 ? std::max(0.0, cycle_s - out.serving.ttft_s) / (N - 1) : step_s) * 1e3;
}

// Prefill (MODEL.md §5): one prompt alone, and B prompts arriving together
// queued for the engine's prefill chunks; then the serving figures of B clients.
void fill_prefill(Plan& out, const Resolved& r, const Attempt& chosen, const std::vector<const Link*>& hops)
{
    const int B = r.s->workload.concurrency;
    const double P = r.s->workload.prompt;
    const double N = r.s->workload.output;
    const QueuedPrefill alone = queued_prefill(r, chosen, hops, 1);
    out.prefill.ttft_s = alone.mean_ttft_s;
    out.prefill.tokens_per_s = P / alone.mean_ttft_s;
    out.prefill.bottleneck = alone.limit;
    out.prefill.aggregate_tokens_per_s = out.prefill.tokens_per_s;
    out.prefill.ttft_s_at_concurrency = alone.mean_ttft_s;
    out.prefill.chunks = alone.passes;
    // One request alone: its prefill gives the first token, N - 1 decode steps the rest.
    const double one = alone.mean_ttft_s + (N - 1) / out.decode.single_stream_tokens_per_s;
    if (B > 1 && r.engine->batching) {
        const QueuedPrefill q = queued_prefill(r, chosen, hops, B);
        out.prefill.ttft_s_at_concurrency = q.mean_ttft_s;
        out.prefill.chunks = q.passes;
        double all_s = q.all_prompts_s;
        if (q.passes <= 1 && r.engine->pipeline_parallel && !hops.empty()) {
            // All prompts in one pass: pipelined stages overlap them as micro-batches.
            const PrefillResult batch = prefill(r, chosen, hops, B);
            all_s = std::max(batch.slowest_stage, batch.seconds / B);
        }
        out.prefill.aggregate_tokens_per_s = std::max(out.prefill.tokens_per_s, B * P / all_s);
        fill_batched_serving(out, r, chosen, hops, alone, q);
    } else if (B > 1) {
        // Without batching, requests take turns: prompt i waits for the i - 1
        // before it to be prefilled and decoded.
        out.prefill.ttft_s_at_concurrency = alone.mean_ttft_s + (B - 1) / 2.0 * one;
        out.serving.output_tokens_per_s = N / one;
        out.serving.ttft_s = out.prefill.ttft_s_at_concurrency;
        out.serving.tpot_ms = 1e3 / out.decode.single_stream_tokens_per_s;
    } else {
        out.serving.output_tokens_per_s = N / one;
        out.serving.ttft_s = alone.mean_ttft_s;
        out.serving.tpot_ms = 1e3 / out.decode.single_stream_tokens_per_s;
    }
}

// The hardware's decode limit at the planned concurrency, per stream (issue 10 item 5).
void fill_roofline(Plan& out, const Resolved& r, const Attempt& chosen, const std::vector<const Link*>& hops,
                   const DecodeResult& many)
{
    const double B = r.s->workload.concurrency;
    const double aggregate = decode_roofline_tokens_per_s(r, chosen, hops.size() + 1, B, many.slowest);
    out.decode.roofline_tokens_per_s = aggregate / B;
    out.decode.roofline_fraction = out.decode.roofline_tokens_per_s > 0 ? out.decode.tokens_per_s / out.decode.roofline_tokens_per_s : 0.0;
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
    out.prefill.ttft_s_at_concurrency_range = {out.prefill.ttft_s_at_concurrency / hi, out.prefill.ttft_s_at_concurrency / lo};
    out.serving.output_tokens_per_s_range = {out.serving.output_tokens_per_s * lo, out.serving.output_tokens_per_s * hi};
    out.serving.ttft_s_range = {out.serving.ttft_s / hi, out.serving.ttft_s / lo};
    out.serving.tpot_ms_range = {out.serving.tpot_ms / hi, out.serving.tpot_ms / lo};
}

// Smallest count of the first group's system that fits, with any offload
// mode the engine supports: the same search whatever mode the scenario asks.
std::optional<int> find_min_nodes(const Scenario& s, const Catalog& c)
{
    Scenario probe = s;
    probe.offload = OffloadMode::Auto;
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

namespace planner {
namespace {

// The device class each machine of the pool computes on: its accelerator's,
// or the CPU's when it has none. Unknown ids are skipped (resolve reports them).
std::vector<DeviceClass> pool_classes(const Scenario& s, const Catalog& c)
{
    std::vector<DeviceClass> out;
    for (const auto& g : s.pool.groups) {
        const System* sys = c.system(g.system);
        if (!sys) continue;
        const std::string& accel_id = g.accelerator.empty() ? sys->accelerator : g.accelerator;
        const Device* accel = accel_id.empty() ? nullptr : c.device(accel_id);
        const DeviceClass dc = accel ? accel->device_class : DeviceClass::Cpu;
        if (std::find(out.begin(), out.end(), dc) == out.end()) out.push_back(dc);
    }
    return out;
}

bool runs_everywhere(const EngineProfile& e, const std::vector<DeviceClass>& classes)
{
    return std::all_of(classes.begin(), classes.end(), [&](DeviceClass dc) { return e.runs_on(dc); });
}

const char* hardware_name(DeviceClass dc)
{
    switch (dc) {
    case DeviceClass::Apple: return "Apple";
    case DeviceClass::DatacenterGpu: return "data-centre GPU";
    case DeviceClass::ConsumerGpu: return "consumer GPU";
    case DeviceClass::Cpu: return "CPU-only";
    }
    return "this";
}

// Bits per weight of the bulk of a model: the routed experts of a MoE, the FFN of a dense model.
double bulk_bits(const ModelArch& m, const WeightFormat& f) { return m.is_moe() ? f.bits.routed_expert : f.bits.dense_ffn; }

// "FP8 (e4m3, ...)" -> "FP8".
std::string short_name(const WeightFormat& f) { return f.name.substr(0, f.name.find(" (")); }

// No engine loads the variant and runs on the pool's hardware: a plan that
// does not fit, saying so and naming the nearest variant of at least this
// precision that runs here, with the machines it takes.
bool no_engine_runs(const Scenario& s, const Catalog& c)
{
    const ModelArch* model = c.model(s.model);
    const WeightFormat* format = c.format(s.variant);
    return s.engine == "auto" && model && format && format->applies_to(s.model) && auto_engine(s, c).empty();
}

Result<Plan> no_engine_plan(const Scenario& s, const Catalog& c)
{
    const ModelArch* model = c.model(s.model);
    const WeightFormat* format = c.format(s.variant);
    const auto classes = pool_classes(s, c);
    // Ids and counts are checked as for any plan, with an engine that runs anywhere.
    EngineProfile any;
    any.device_classes = {DeviceClass::DatacenterGpu, DeviceClass::ConsumerGpu, DeviceClass::Apple, DeviceClass::Cpu};
    auto machines = resolve_machines(s, c, any);
    if (!machines) return machines.error();
    Plan out;
    out.nodes = machines.value().total_nodes;
    for (const auto& n : machines.value().nodes) out.devices += n.accel ? n.accel_count : 0;
    out.memory.weights_total_gb = format_bytes(*model, *format) / units::kGB;
    DeviceClass blocking = classes.empty() ? DeviceClass::Cpu : classes.front();
    for (DeviceClass dc : classes) {
        bool any_runs = false;
        for (const auto& [id, e] : c.engines) any_runs = any_runs || (e.loads(format->family) && e.runs_on(dc));
        if (!any_runs) {
            blocking = dc;
            break;
        }
    }
    out.reasons.push_back("no engine runs " + short_name(*format) + " weights on " + hardware_name(blocking) + " hardware");
    // The smallest variant of at least this precision that an engine runs here.
    const double bits = bulk_bits(*model, *format);
    const WeightFormat* nearest = nullptr;
    double nearest_b = 0;
    Scenario alt = s;
    for (const auto& [id, f] : c.formats) {
        if (!f.applies_to(s.model) || bulk_bits(*model, f) < bits - 0.1) continue;
        alt.variant = id;
        if (auto_engine(alt, c).empty()) continue;
        const double b = format_bytes(*model, f);
        if (!nearest || b < nearest_b) {
            nearest = &f;
            nearest_b = b;
        }
    }
    if (nearest && !s.pool.groups.empty()) {
        alt.variant = nearest->id;
        const EngineProfile* e = c.engine(auto_engine(alt, c));
        const std::string what = std::string(bits >= 8 ? "nearest full-strength choice: " : "nearest choice of at least this precision: ") +
                                 nearest->name + " with " + (e ? e->name : std::string("?"));
        if (const auto n = find_min_nodes(alt, c)) {
            out.reasons.push_back(what + " fits " + std::to_string(*n) + " x " + s.pool.groups.front().system);
        } else {
            out.reasons.push_back(what + ", which no pool of up to " + std::to_string(kMaxMinNodes) + " x " +
                                  s.pool.groups.front().system + " holds");
        }
    }
    return out;
}

}  // namespace
}  // namespace planner

std::string auto_engine(const Scenario& s, const Catalog& c)
{
    const WeightFormat* f = c.format(s.variant);
    if (!f) return "llama.cpp";
    std::string preferred;
    if (f->family == "mlx") {
        int nodes = 0;
        for (const auto& g : s.pool.groups) nodes += g.count;
        preferred = nodes > 1 ? "exo" : "mlx";
    } else if (f->family == "gguf") {
        preferred = "llama.cpp";
    } else {
        // Safetensors: vLLM on accelerators, SGLang's CPU backend on CPU-only machines.
        bool any_accel = false;
        for (const auto& g : s.pool.groups) {
            const System* sys = c.system(g.system);
            if (!g.accelerator.empty() || (sys && sys->accelerator_count > 0)) any_accel = true;
        }
        preferred = any_accel ? "vllm" : "sglang";
    }
    const auto classes = planner::pool_classes(s, c);
    const EngineProfile* e = c.engine(preferred);
    if (!e || (e->loads(f->family) && planner::runs_everywhere(*e, classes))) return preferred;
    for (const auto& [id, other] : c.engines) {
        if (other.loads(f->family) && planner::runs_everywhere(other, classes)) return id;
    }
    return {};
}

Result<Plan> plan(const Scenario& s, const Catalog& c, const PlanOptions& opt)
{
    using namespace planner;
    if (auto err = validate_numbers(s)) return *err;
    // A context the model was not trained for is not a plan (MODEL.md §2).
    const ModelArch* model = c.model(s.model);
    if (model && model->max_context > 0 && s.workload.context > model->max_context) {
        return Error{"scenario.workload.context", "is " + std::to_string(s.workload.context) + " tokens, above " + model->name +
                                                      "'s maximum context of " + std::to_string(model->max_context) +
                                                      " (max_context in the catalog)"};
    }
    if (no_engine_runs(s, c)) return no_engine_plan(s, c);
    auto resolved = resolve_ids(s, c, model);
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
    out.tight = chosen.tight && out.reasons.empty();
    out.short_gb = chosen.short_b / units::kGB;
    for (auto& reason : chosen.reasons) out.reasons.push_back(std::move(reason));
    if (out.tight && opt.detail) add_tight_advice(out, r, chosen);

    const auto hops = pipeline_hops(chosen, m.nodes, m.pool_link);
    DecodeResult many;
    fill_decode(out, r, chosen, hops, opt.detail, many, opt.detail ? &chosen.stages : nullptr);
    fill_prefill(out, r, chosen, hops);
    if (opt.detail) fill_roofline(out, r, chosen, hops, many);  // shown with a plan, not used to rank or fit
    fill_ranges(out, *chosen.stages[many.slowest].eff);
    fill_memory_summary(out, r, chosen);
    if (opt.find_min_nodes) out.min_nodes = find_min_nodes(s, c);
    fill_layout(out, r, chosen);
    out.cost = cost_parts::compute_cost(s, c, out, m.groups);
    if (!opt.detail) return out;

    fill_stage_rows(out, r, chosen);
    fill_device_rows(out, r, chosen, opt.device_rows);
    add_warnings(out, warnings, r, chosen, m, hops);
    out.warnings = std::move(warnings);
    fill_assumptions(out, r, chosen, kv_element);
    return out;
}

}  // namespace deepplan
