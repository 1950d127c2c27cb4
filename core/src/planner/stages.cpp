// A stage's hardware (peaks, usable memory, how its ranks split the KV
// cache) and what it holds in memory per device; the fit check.
#include <algorithm>
#include <string>

#include "hardware/machine.hpp"
#include "planner/planner.hpp"
#include "util/text.hpp"

namespace deepplan::planner {

using units::kGB;

double peak_flops(const Device& d, ComputeType t)
{
    double tf = d.tflops_bf16;
    if (t == ComputeType::FP8 && d.tflops_fp8 > 0) tf = d.tflops_fp8;
    if ((t == ComputeType::INT8 || t == ComputeType::INT4) && d.tops_int8 > 0) tf = d.tops_int8;
    return tf * units::kTera;
}

// Share of a CPU's stated peak an engine's kernels can use: all of it on the
// matrix engine (AMX) or where the stated peak is the vector units'; the
// vector units' share otherwise.
double cpu_kernel_share(const Device& cpu, const EngineProfile& e)
{
    if (e.uses_amx || cpu.tflops_bf16_vector <= 0 || cpu.tflops_bf16 <= 0) return 1.0;
    return cpu.tflops_bf16_vector / cpu.tflops_bf16;
}

// True when a CPU's kernels for this compute type run the vector units' int8
// dot products (AVX-512 VNNI / AVX-VNNI vpdpbusd, AVX2 vpmaddubsw, NEON
// sdot): integer-quantised weights (GGUF Q*/IQ*, INT8) in an engine without
// AMX, on a CPU whose int8 vector peak the catalog states.
bool cpu_runs_int8_dot(const Device& cpu, const EngineProfile& e, ComputeType t)
{
    return !e.uses_amx && cpu.tops_int8_vector > 0 && (t == ComputeType::INT8 || t == ComputeType::INT4);
}

// One socket's peak for the instructions an engine's CPU kernels run on this
// compute type (MODEL.md section 4).
double host_peak_flops(const Device& cpu, const EngineProfile& e, ComputeType t)
{
    if (cpu_runs_int8_dot(cpu, e, t)) return cpu.tops_int8_vector * units::kTera;
    return peak_flops(cpu, t) * cpu_kernel_share(cpu, e);
}

PlacedStage make_accelerator_stage(const Resolved& r, const NodeInfo& n, int node, int index, int tp_degree, const Efficiency* eff)
{
    PlacedStage u;
    u.node = node;
    u.device_index = index;
    u.device = n.accel;
    u.tp_degree = tp_degree;
    u.per_node = std::min(tp_degree, std::max(1, n.accel_count));
    u.capacity_b = units::capacity_to_bytes(n.accel->memory_gb);
    u.usable_b = units::capacity_to_bytes(machine::accelerator_usable_capacity_gb(*n.accel, *r.engine, r.s->apple_raise_wired_limit));
    u.bandwidth_b_s = n.accel->memory_bandwidth_gb_s * kGB;
    u.peak_flop_s = peak_flops(*n.accel, r.format->compute);
    u.attention_peak_flop_s = peak_flops(*n.accel, r.attn_compute);
    u.eff = eff;
    u.tp_link = n.intra;
    u.intra_link = n.intra;
    // KV over tensor-parallel ranks: GQA splits by KV head (replicating when
    // there are fewer heads than ranks); MLA's latent is shared by all heads,
    // so every rank holds all of it unless attention is data-parallel.
    u.dp_attention = r.engine->dp_attention && tp_degree > 1;
    if (r.model->attention == AttentionKind::MLA) {
        u.kv_split = u.dp_attention ? tp_degree : 1;
    } else {
        u.kv_split = std::min(tp_degree, std::max(1, r.model->kv_heads));
    }
    u.overhead_b = r.engine->overhead_gb * kGB;
    u.activations_b = r.engine->activation_gb * kGB;
    return u;
}

PlacedStage make_host_stage(const Resolved& r, const NodeInfo& n, int node, const Efficiency* eff)
{
    PlacedStage u;
    u.node = node;
    u.device_index = -1;
    u.device = n.cpu;
    u.on_host = true;
    u.capacity_b = units::capacity_to_bytes(n.system->host_ram_gb);
    u.usable_b = units::capacity_to_bytes(n.host_usable_capacity_gb);
    // A second socket adds only part of its bandwidth unless the engine keeps
    // a copy of the weights on each (then it costs the memory instead); an
    // engine that neither places weights nor pins threads per socket runs
    // slower over two sockets than on one (numa_scaling < 0, MODEL.md §2).
    const double sockets = n.system->host_sockets;
    const double scaling = r.engine->numa_replicate ? 1.0 : r.engine->numa_scaling;
    u.bandwidth_b_s = n.host_bw_gb_s * kGB * (1.0 + (sockets - 1.0) * scaling) / sockets;
    u.host_copies = r.engine->numa_replicate ? sockets : 1.0;
    // Kernels without AMX run at the vector units' peak, a fraction of the
    // matrix engine's that the catalog's CPU peaks state (PHYSICS-NOTES 6);
    // on integer-quantised weights, the vector int8 dot-product peak.
    u.peak_flop_s = n.cpu ? host_peak_flops(*n.cpu, *r.engine, r.format->compute) * n.system->host_sockets : 0;
    u.attention_peak_flop_s = n.cpu ? host_peak_flops(*n.cpu, *r.engine, r.attn_compute) * n.system->host_sockets : 0;
    u.eff = eff;
    u.activations_b = std::min(1.0, r.engine->activation_gb) * kGB;
    return u;
}

// KV-cache bytes one sequence at the scenario's context costs on each device
// of a stage: the layers the stage holds (and the MTP module on the last
// one), divided as its ranks divide the cache (MLA's latent is whole on every
// rank unless attention is data-parallel). The fit check, the memory summary
// and max_concurrency all take it from here.
double kv_bytes_per_sequence_per_device(const Resolved& r, const PlacedStage& u, double layers)
{
    return r.kv_token_layer * layers * r.s->workload.context / u.kv_split;
}

double kv_bytes_per_layer_all_sequences(const Resolved& r)
{
    return r.kv_token_layer * r.s->workload.context * r.s->workload.concurrency;
}

// The same for the layers a stage holds, which the fit check counts.
double held_kv_bytes_per_sequence_per_device(const Resolved& r, const PlacedStage& u)
{
    if (u.routed_experts_only) return 0;
    double layers = u.end - u.first;
    if (r.mtp && u.head) layers += r.model->mtp_modules;
    return kv_bytes_per_sequence_per_device(r, u, layers);
}

void fill_memory(const Resolved& r, PlacedStage& u)
{
    const int n = u.end - u.first;
    double w = 0;
    if (u.routed_experts_only) {
        w = all_routed_bytes(r, 0, r.model->layers);
    } else {
        w = non_routed_bytes(r, u.first, u.end) + (u.non_routed ? 0.0 : all_routed_bytes(r, u.first, u.end));
        if (u.embed) w += r.bytes.embedding;
        if (u.head) w += r.bytes.output_head + r.bytes.final_norm;
        if (r.mtp && u.head) w += r.bytes.mtp;
    }
    if (u.routed_experts_only) w *= u.host_copies;
    const double replicated = u.dp_attention ? attention_bytes(r, u.first, u.end) : 0.0;
    u.weights_b = replicated + (w - replicated) / u.tp_degree;
    u.kv_b = held_kv_bytes_per_sequence_per_device(r, u) * r.s->workload.concurrency;
    if (n == 0 && !u.routed_experts_only && !u.embed && !u.head) {
        u.activations_b = 0;  // an unused device holds nothing
    }
}

bool stage_fits(const PlacedStage& u) { return u.weights_b + u.kv_b + u.activations_b + u.overhead_b <= u.usable_b; }

namespace {

std::string device_label(const PlacedStage& u)
{
    std::string s = u.device ? u.device->id : std::string("host");
    if (u.on_host) s = "host RAM (" + s + ")";
    return s;
}

}  // namespace

void collect_reasons(Attempt& a, bool detail)
{
    a.fits = true;
    a.tight = false;
    a.short_b = 0;
    bool all_tight = true;
    int shown = 0;
    int hidden = 0;
    for (const auto& u : a.stages) {
        if (stage_fits(u)) continue;
        a.fits = false;
        // Per device; a tensor-parallel stage overflows on each of its devices.
        const double need_b = u.weights_b + u.kv_b + u.activations_b + u.overhead_b;
        const double short_b = need_b - u.usable_b;
        a.short_b += short_b * (u.on_host ? 1.0 : u.tp_degree);
        all_tight = all_tight && short_b <= kTightFraction * u.usable_b;
        if (!detail) continue;
        if (shown < 3) {
            a.reasons.push_back(device_label(u) + " on machine " + std::to_string(u.node + 1) + " needs " + text::fixed(need_b / kGB) +
                                " GB (weights " + text::fixed(u.weights_b / kGB) + ", KV cache " + text::fixed(u.kv_b / kGB) + ") but has " +
                                text::fixed(u.usable_b / kGB) + " GB usable");
            ++shown;
        } else {
            ++hidden;
        }
    }
    a.tight = !a.fits && all_tight;
    if (hidden > 0) a.reasons.push_back("and " + std::to_string(hidden) + " more devices overflow the same way");
}

}  // namespace deepplan::planner
