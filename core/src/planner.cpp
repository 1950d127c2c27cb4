// The planner: MODEL.md §2-§5 as code. Each figure below cites the section it
// implements; fitted constants come from the engine catalog, never from here.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include "deepplan/cost.hpp"
#include "deepplan/plan.hpp"
#include "deepplan/units.hpp"
#include "hardware/machine.hpp"

namespace deepplan {

namespace {

using units::kGB;

constexpr int kMaxMinNodes = 64;
constexpr double kActivationBytes = 2.0;  // activations travel as BF16

struct Resolved {
    const Scenario* s = nullptr;
    const Catalog* c = nullptr;
    const ModelArch* model = nullptr;
    const WeightFormat* format = nullptr;
    const EngineProfile* engine = nullptr;
    ParamCounts params;
    WeightBytes bytes;
    double kv_token_layer = 0;   // KV bytes per token per layer
    double attn_flops_pos = 0;   // attention FLOPs per token per context position per layer, decode
    double prefill_attn_flops_pos = 0;  // the same in prefill
    ComputeType attn_compute = ComputeType::BF16;  // attention kernels: FP8 only with an FP8 KV cache
    bool mtp = false;            // MTP speculative decoding in effect
};

struct NodeInfo {
    const System* system = nullptr;
    const Device* accel = nullptr;
    int accel_count = 0;
    const Device* cpu = nullptr;
    double host_usable_capacity_gb = 0;
    double host_bw_gb_s = 0;
    const Link* intra = nullptr;
    const Link* net = nullptr;
};

// A pipeline stage as placed: the devices that run it (one, a
// tensor-parallel group, or host RAM with the CPU), the layers it holds and
// its memory per device.
struct PlacedStage {
    int node = 0;
    int device_index = 0;             // index within the machine, -1 = host RAM
    const Device* device = nullptr;
    int tp_degree = 1;                // tensor-parallel degree
    int per_node = 1;                 // devices of the stage in one machine (tp_degree spans machines when larger)
    bool on_host = false;             // host RAM, run by the CPU
    double usable_b = 0;              // per device, bytes
    double capacity_b = 0;            // per device, bytes
    double bandwidth_b_s = 0;         // per device, bytes/s
    double peak_flop_s = 0;           // per device, FLOP/s of the weights' matrix multiplies
    double attention_peak_flop_s = 0; // per device, FLOP/s of attention (BF16 kernels unless the KV cache is FP8)
    const Efficiency* eff = nullptr;
    const Link* tp_link = nullptr;    // between the stage's ranks (the pool link when it spans machines)
    const Link* intra_link = nullptr; // between the ranks inside one machine
    int first = 0;                    // layers [first, end)
    int end = 0;
    bool embed = false;
    bool head = false;
    bool routed_experts_only = false; // holds the routed experts of every MoE layer (expert offload)
    bool non_routed = false;          // holds everything but the routed experts of its layers
    bool dp_attention = false;        // attention replicated per rank, sequences split across ranks
    double kv_split = 1;              // how many ways the stage's KV cache is divided over its ranks
    double host_copies = 1;           // host-RAM weights copied per socket (NUMA replication)
    // memory per device, bytes
    double weights_b = 0, kv_b = 0, activations_b = 0, overhead_b = 0;
    double decode_s = 0;
    Bottleneck limit = Bottleneck::MemoryBandwidth;
};

struct Attempt {
    std::vector<PlacedStage> stages;
    OffloadMode mode = OffloadMode::None;
    std::string layout_mode;
    bool fits = false;
    std::vector<std::string> reasons;
    int machines = 1;  // machines the replica spans (set by place())
};

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

std::string fmt(double v, int digits = 1)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

int dense_in(const Resolved& r, int a, int b)
{
    const int d = r.model->dense_layers();
    return std::max(0, std::min(b, d) - std::max(a, 0));
}

int moe_in(const Resolved& r, int a, int b) { return (b - a) - dense_in(r, a, b); }

// Weight bytes of layers [a, b): non-routed part and all routed experts.
double non_routed_bytes(const Resolved& r, int a, int b)
{
    return dense_in(r, a, b) * r.bytes.dense_layer + moe_in(r, a, b) * r.bytes.moe_layer_fixed;
}

double all_routed_bytes(const Resolved& r, int a, int b)
{
    return moe_in(r, a, b) * r.params.routed_experts * r.bytes.expert_routed;
}

// Attention projections and norms of layers [a, b): what data-parallel attention replicates.
double attention_bytes(const Resolved& r, int a, int b)
{
    return (b - a) * (r.bytes.attention_per_layer + r.bytes.norms_per_layer);
}

double layer_bytes(const Resolved& r, int l) { return non_routed_bytes(r, l, l + 1) + all_routed_bytes(r, l, l + 1); }

double kv_seq_bytes(const Resolved& r, int layers)
{
    return r.kv_token_layer * layers * r.s->workload.context * r.s->workload.concurrency;
}

// Parameters one token multiplies in layers [a, b), for FLOP counts.
double active_params(const Resolved& r, int a, int b, bool with_routed, bool with_fixed)
{
    const auto& p = r.params;
    const double dense_layer = p.attention_per_layer + p.dense_ffn_per_layer + p.norms_per_layer;
    const double moe_fixed = p.attention_per_layer + p.norms_per_layer + p.router_per_layer + p.expert * p.shared_experts;
    const double moe_routed = p.expert * p.experts_per_token;
    double out = 0;
    if (with_fixed) out += dense_in(r, a, b) * dense_layer + moe_in(r, a, b) * moe_fixed;
    if (with_routed) out += moe_in(r, a, b) * moe_routed;
    return out;
}

double ring_allreduce_s(const Link* link, int g, double bytes)
{
    if (g <= 1 || !link) return 0;
    const double alpha = link->latency_us * units::kMicro * std::log2(static_cast<double>(g)) * 2.0;
    return alpha + 2.0 * (g - 1) / g * bytes / (link->bandwidth_gb_s * kGB);
}

PlacedStage make_accelerator_stage(const Resolved& r, const NodeInfo& n, int node, int index, int g, const Efficiency* eff)
{
    PlacedStage u;
    u.node = node;
    u.device_index = index;
    u.device = n.accel;
    u.tp_degree = g;
    u.per_node = std::min(g, std::max(1, n.accel_count));
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
    u.dp_attention = r.engine->dp_attention && g > 1;
    if (r.model->attention == AttentionKind::MLA) {
        u.kv_split = u.dp_attention ? g : 1;
    } else {
        u.kv_split = std::min(g, std::max(1, r.model->kv_heads));
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
    // a copy of the weights on each (then it costs the memory instead).
    const double sockets = n.system->host_sockets;
    const double scaling = r.engine->numa_replicate ? 1.0 : r.engine->numa_scaling;
    u.bandwidth_b_s = n.host_bw_gb_s * kGB * (1.0 + (sockets - 1.0) * scaling) / sockets;
    u.host_copies = r.engine->numa_replicate ? sockets : 1.0;
    // Kernels without AMX run at the vector units' peak, a fraction of the
    // matrix engine's that the catalog's CPU peaks state (PHYSICS-NOTES 6).
    const double share = n.cpu ? cpu_kernel_share(*n.cpu, *r.engine) : 1.0;
    u.peak_flop_s = n.cpu ? peak_flops(*n.cpu, r.format->compute) * share * n.system->host_sockets : 0;
    u.attention_peak_flop_s = n.cpu ? peak_flops(*n.cpu, r.attn_compute) * share * n.system->host_sockets : 0;
    u.eff = eff;
    u.activations_b = std::min(1.0, r.engine->activation_gb) * kGB;
    return u;
}

// Layers in proportion to each stage's free capacity (MODEL.md §3: mixed pools
// and even pipeline splits are the same rule). Embedding on the first stage,
// output head on the last.
void apportion(const Resolved& r, std::vector<PlacedStage>& stages, int first_layer, int end_layer, bool routed_too)
{
    const int L = end_layer - first_layer;
    if (stages.empty() || L <= 0) return;
    std::vector<double> cap(stages.size());
    double capsum = 0;
    for (std::size_t i = 0; i < stages.size(); ++i) {
        const auto& u = stages[i];
        cap[i] = std::max(1.0, u.tp_degree * (u.usable_b - u.overhead_b - u.activations_b));
        capsum += cap[i];
    }
    const double kv_layer = r.kv_token_layer * r.s->workload.context * r.s->workload.concurrency;
    // Only two kinds of layer exist (dense, MoE): their bytes once, not per layer.
    const double routed_moe = routed_too ? r.params.routed_experts * r.bytes.expert_routed : 0.0;
    const double dense_b = r.bytes.dense_layer + kv_layer;
    const double moe_b = r.bytes.moe_layer_fixed + routed_moe + kv_layer;
    const int dense_layers = r.model->dense_layers();
    auto bytes_of = [&](int l) { return l < dense_layers ? dense_b : moe_b; };
    double total = r.bytes.embedding + r.bytes.output_head;
    for (int l = first_layer; l < end_layer; ++l) total += bytes_of(l);
    double cum = r.bytes.embedding;
    std::size_t u = 0;
    double target = total * cap[0] / capsum;
    for (auto& st : stages) st.first = st.end = first_layer;
    stages[0].first = first_layer;
    for (int l = first_layer; l < end_layer; ++l) {
        const double b = bytes_of(l);
        while (u + 1 < stages.size() && cum + b / 2 > target) {
            stages[u].end = l;
            ++u;
            stages[u].first = l;
            target += total * cap[u] / capsum;
        }
        cum += b;
    }
    stages[u].end = end_layer;
    for (std::size_t i = u + 1; i < stages.size(); ++i) stages[i].first = stages[i].end = end_layer;
    stages.front().embed = true;
    stages[u].head = true;
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

std::string device_label(const PlacedStage& u)
{
    std::string s = u.device ? u.device->id : std::string("host");
    if (u.on_host) s = "host RAM (" + s + ")";
    return s;
}

void collect_reasons(Attempt& a, bool detail)
{
    a.fits = true;
    int shown = 0;
    int hidden = 0;
    for (const auto& u : a.stages) {
        if (stage_fits(u)) continue;
        a.fits = false;
        if (!detail) return;
        if (shown < 3) {
            const double need = (u.weights_b + u.kv_b + u.activations_b + u.overhead_b) / kGB;
            a.reasons.push_back(device_label(u) + " on machine " + std::to_string(u.node + 1) + " needs " + fmt(need) +
                                " GB (weights " + fmt(u.weights_b / kGB) + ", KV cache " + fmt(u.kv_b / kGB) + ") but has " +
                                fmt(u.usable_b / kGB) + " GB usable");
            ++shown;
        } else {
            ++hidden;
        }
    }
    if (hidden > 0) a.reasons.push_back("and " + std::to_string(hidden) + " more devices overflow the same way");
}

// --- timing (MODEL.md §4, §5) ------------------------------------------------

// Communication of one pass of `tokens` tokens over a stage's layers [first, end).
// Tensor parallel: two all-reduces of every token's activations per layer.
// Data-parallel attention with expert-parallel MoE: no collective for
// attention or dense layers; per MoE layer a dispatch (FP8) and a combine
// (BF16) all-to-all of each rank's own tokens to the ranks holding their
// top-k experts, over the network for the share of experts on other machines
// (one NIC per GPU in HGX machines) and over the intra link for the rest.
double comm_seconds(const Resolved& r, const PlacedStage& u, double tokens)
{
    if (u.routed_experts_only || u.tp_degree <= 1) return 0;
    const int n = u.end - u.first;
    if (!u.dp_attention) {
        return 2.0 * n * ring_allreduce_s(u.tp_link, u.tp_degree, tokens * r.model->hidden_size * kActivationBytes);
    }
    const int moe = moe_in(r, u.first, u.end);
    if (moe == 0 || !u.tp_link) return 0;
    const double local = tokens / u.tp_degree;
    const double bytes_rank = local * r.params.experts_per_token * r.model->hidden_size * (1.0 + 2.0);
    const double remote = u.tp_degree > u.per_node ? static_cast<double>(u.tp_degree - u.per_node) / u.tp_degree : 0.0;
    const Link* net = u.tp_link;
    const Link* intra = u.intra_link ? u.intra_link : u.tp_link;
    const double alpha = (remote > 0 ? net->latency_us : intra->latency_us) * units::kMicro;
    const double t_a2a = 2.0 * alpha + bytes_rank * remote / (net->bandwidth_gb_s * kGB) +
                         bytes_rank * (1.0 - remote) / (intra->bandwidth_gb_s * kGB);
    return moe * t_a2a;
}

// Per-pass overheads of a stage: scheduling once, launches per layer, expert
// dispatch per MoE layer and per expert the pass touches in it (fitted per
// engine and device class).
double overhead_seconds(const Resolved& r, const PlacedStage& u, double touched)
{
    const int n = u.end - u.first;
    const int moe_layers = u.routed_experts_only ? r.model->moe_layers() : (u.non_routed ? 0 : moe_in(r, u.first, u.end));
    return (u.eff->step_overhead_us + (u.routed_experts_only ? 0 : n) * u.eff->layer_overhead_us +
            moe_layers * (u.eff->moe_layer_overhead_us + touched * u.eff->expert_overhead_us)) *
           units::kMicro;
}

// Machines one replica spans (a tensor-parallel stage wider than a machine
// spans several), counted once when the stages are placed.
int machines_spanned(const std::vector<PlacedStage>& stages, std::size_t pool_machines)
{
    std::vector<bool> seen(pool_machines, false);
    for (const auto& u : stages) {
        if (!u.routed_experts_only && u.end == u.first && !u.head) continue;
        const int span = u.on_host ? 1 : (u.tp_degree + u.per_node - 1) / std::max(1, u.per_node);
        for (int k = 0; k < span; ++k) {
            const auto node = static_cast<std::size_t>(u.node + k);
            if (node < seen.size()) seen[node] = true;
        }
    }
    return std::max(1, static_cast<int>(std::count(seen.begin(), seen.end(), true)));
}

// The per-step cost of coordinating the machines beyond the first: a
// centrally scheduled engine ships every step's batch from its driver to the
// workers on the other machines over the host network.
double node_overhead_seconds(const Attempt& a)
{
    if (a.machines <= 1) return 0;
    double us = 0;
    for (const auto& u : a.stages) {
        if (u.eff) us = std::max(us, u.eff->node_overhead_us);
    }
    return us * units::kMicro * (a.machines - 1);
}

struct StepCost {
    double seconds = 0;
    Bottleneck limit = Bottleneck::MemoryBandwidth;
};

// One decode step of `tokens` tokens (B sequences, or 2B when MTP verifies a
// drafted token) at context L, on one stage.
StepCost decode_stage(const Resolved& r, const PlacedStage& u, double tokens, double seqs, double touched)
{
    const double L = r.s->workload.context;
    const int n = u.end - u.first;
    double bytes = 0;
    double kv_bytes = 0;
    double flops = 0;
    double attn_flops = 0;
    if (u.routed_experts_only) {
        const int moe = r.model->moe_layers();
        bytes = moe * touched * r.bytes.expert_routed;
        flops = tokens * 2.0 * active_params(r, 0, r.model->layers, true, false);
    } else {
        bytes = non_routed_bytes(r, u.first, u.end);
        if (!u.non_routed) bytes += moe_in(r, u.first, u.end) * touched * r.bytes.expert_routed;
        kv_bytes = seqs * kv_bytes_per_sequence_per_device(r, u, n);
        flops = tokens * 2.0 * active_params(r, u.first, u.end, !u.non_routed, true);
        attn_flops = tokens * L * r.attn_flops_pos * n;
        if (u.head) {
            bytes += r.bytes.output_head;
            flops += tokens * 2.0 * r.params.output_head;
        }
    }
    const double replicated = u.dp_attention ? attention_bytes(r, u.first, u.end) : 0.0;
    const double per_device = replicated + (bytes - replicated) / u.tp_degree + kv_bytes;
    const double t_mem = per_device / (u.bandwidth_b_s * u.eff->eta_mem);
    const double t_cmp = (flops / u.peak_flop_s + attn_flops / u.attention_peak_flop_s) / u.tp_degree / u.eff->eta_flop;
    StepCost c;
    c.seconds = std::max(t_mem, t_cmp);
    c.limit = t_cmp > t_mem ? Bottleneck::Compute : (u.on_host ? Bottleneck::HostMemory : Bottleneck::MemoryBandwidth);
    const double overhead = overhead_seconds(r, u, touched);
    const double comm = comm_seconds(r, u, tokens);
    if (comm > c.seconds) c.limit = Bottleneck::Link;
    // Engines with two-batch overlap hide the all-to-all behind compute.
    const double busy = r.engine->comm_overlap ? std::max(c.seconds, comm) : c.seconds + comm;
    if (overhead > busy) c.limit = Bottleneck::Overhead;
    c.seconds = busy + overhead;
    return c;
}

double hop_s(const Link* link, double tokens, const ModelArch& m)
{
    if (!link) return 0;
    return link->latency_us * units::kMicro + tokens * m.hidden_size * kActivationBytes / (link->bandwidth_gb_s * kGB);
}

struct DecodeResult {
    double step_s = 0;          // one step for all sequences, stages in sequence
    double pipelined_rate = 0;  // tokens/s with stages overlapped (0 = not applicable)
    Bottleneck limit = Bottleneck::MemoryBandwidth;
    std::size_t slowest = 0;
};

DecodeResult decode_step(const Resolved& r, const Attempt& a, const std::vector<const Link*>& hops, double seqs,
                         std::vector<PlacedStage>* store)
{
    DecodeResult d;
    const double tokens = r.mtp ? 2.0 * seqs : seqs;
    auto touched = [&r](double t) {
        return r.model->is_moe() ? experts_touched(r.params.routed_experts, r.params.experts_per_token, t) : 0.0;
    };
    const double touched_step = touched(tokens);
    double worst = -1;
    double sum = 0;
    for (std::size_t i = 0; i < a.stages.size(); ++i) {
        const auto& u = a.stages[i];
        if (!u.routed_experts_only && u.end == u.first && !u.head) continue;
        auto c = decode_stage(r, u, tokens, seqs, touched_step);
        if (store) (*store)[i].decode_s = c.seconds;
        sum += c.seconds;
        if (c.seconds > worst) {
            worst = c.seconds;
            d.limit = c.limit;
            d.slowest = i;
        }
    }
    double hop_total = 0;
    for (const Link* l : hops) hop_total += hop_s(l, tokens, *r.model);
    if (hop_total > worst) d.limit = Bottleneck::Link;
    const double coordination = node_overhead_seconds(a);
    if (coordination > worst && coordination > hop_total) d.limit = Bottleneck::Overhead;
    d.step_s = sum + hop_total + coordination;
    if (r.mtp) {
        // The MTP module: one more MoE block at B tokens (DeepSeek-V3 report §2.2).
        PlacedStage mtp_stage = a.stages[d.slowest];
        mtp_stage.first = r.model->dense_layers();  // an MoE block like the main model's
        mtp_stage.end = mtp_stage.first + 1;
        mtp_stage.head = false;
        mtp_stage.routed_experts_only = false;
        const double per_layer = mtp_stage.eff ? decode_stage(r, mtp_stage, seqs, seqs, touched(seqs)).seconds : 0;
        d.step_s += per_layer * r.model->mtp_modules;
    }
    // Stages overlap when enough sequences are in flight to fill the pipeline.
    const std::size_t stage_count = hops.size() + 1;
    if (r.engine->pipeline_parallel && stage_count > 1 && seqs >= static_cast<double>(stage_count)) {
        const double micro = seqs / static_cast<double>(stage_count);
        const double micro_tokens = r.mtp ? 2 * micro : micro;
        const double touched_micro = touched(micro_tokens);
        double slowest = 0;
        for (const auto& u : a.stages) {
            if (u.end == u.first && !u.routed_experts_only && !u.head) continue;
            slowest = std::max(slowest, decode_stage(r, u, micro_tokens, micro, touched_micro).seconds);
        }
        d.pipelined_rate = micro / (slowest + coordination / static_cast<double>(stage_count));
    }
    return d;
}

struct PrefillResult {
    double seconds = 0;          // stages in sequence
    double slowest_stage = 0;    // the longest stage, for overlapped pipelines
    Bottleneck limit = Bottleneck::Compute;
};

// Prefill of `prompts` prompts of P tokens in one forward pass: serving
// engines batch prompts (chunked prefill), so the weights are read once for
// all of them while the FLOPs grow with every prompt.
PrefillResult prefill(const Resolved& r, const Attempt& a, const std::vector<const Link*>& hops, double prompts)
{
    const double P = r.s->workload.prompt;
    const double T = P * prompts;
    PrefillResult out;
    double worst = -1;
    const double touched = r.model->is_moe()
                               ? experts_touched(r.params.routed_experts, r.params.experts_per_token, T)
                               : 0.0;
    for (const auto& u : a.stages) {
        const int n = u.end - u.first;
        if (!u.routed_experts_only && n == 0 && !u.head) continue;
        double flops = 0;
        double attn_flops = 0;
        double bytes = 0;
        if (u.routed_experts_only) {
            flops = T * 2.0 * active_params(r, 0, r.model->layers, true, false);
            bytes = r.model->moe_layers() * touched * r.bytes.expert_routed;
        } else {
            flops = T * 2.0 * active_params(r, u.first, u.end, !u.non_routed, true);
            attn_flops = prompts * P * P / 2.0 * r.prefill_attn_flops_pos * n;  // causal attention: quadratic in P
            bytes = non_routed_bytes(r, u.first, u.end);
            if (!u.non_routed) bytes += moe_in(r, u.first, u.end) * touched * r.bytes.expert_routed;
            if (u.head) {
                flops += prompts * 2.0 * r.params.output_head;  // only the last token of a prompt needs logits
                bytes += r.bytes.output_head;
            }
        }
        const double replicated = u.dp_attention ? attention_bytes(r, u.first, u.end) : 0.0;
        const double t_cmp = (flops / u.peak_flop_s + attn_flops / u.attention_peak_flop_s) / u.tp_degree / u.eff->eta_prefill;
        const double t_mem = (replicated + (bytes - replicated) / u.tp_degree) / (u.bandwidth_b_s * u.eff->eta_mem);
        double t = std::max(t_cmp, t_mem);
        Bottleneck lim = t_cmp >= t_mem ? Bottleneck::Compute : (u.on_host ? Bottleneck::HostMemory : Bottleneck::MemoryBandwidth);
        const double comm = comm_seconds(r, u, T);
        if (comm > t) lim = Bottleneck::Link;
        t = r.engine->comm_overlap ? std::max(t, comm) : t + comm;
        t += overhead_seconds(r, u, touched);  // one pass: the same launches as a decode step
        out.seconds += t;
        out.slowest_stage = std::max(out.slowest_stage, t);
        if (t > worst) {
            worst = t;
            out.limit = lim;
        }
    }
    for (const Link* l : hops) out.seconds += hop_s(l, T, *r.model);
    const double coordination = node_overhead_seconds(a);
    out.seconds += coordination;
    out.slowest_stage += coordination / static_cast<double>(hops.size() + 1);
    return out;
}

// --- placement -----------------------------------------------------------------

const Efficiency* eff_for(const Resolved& r, DeviceClass c) { return r.engine->efficiency_for(c); }

Attempt place(const Resolved& r, const std::vector<NodeInfo>& nodes, const Link* pool_link, OffloadMode mode, bool detail)
{
    Attempt a;
    a.mode = mode;
    a.stages.reserve(nodes.size() + 1);
    const EngineProfile& e = *r.engine;
    const int layers = r.model->layers;
    if (mode == OffloadMode::None) {
        // Engines that run TP/EP across machines do so over RDMA links, when
        // every machine is alike.
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
        apportion(r, a.stages, 0, layers, true);
        const bool multi_node = nodes.size() > 1;
        const bool any_tp = std::any_of(a.stages.begin(), a.stages.end(), [](const PlacedStage& u) { return u.tp_degree > 1; });
        if (a.stages.size() == 1) a.layout_mode = a.stages[0].on_host ? "cpu" : (any_tp ? "tensor-parallel" : "single-device");
        else if (any_tp) a.layout_mode = multi_node ? "tensor+pipeline" : "tensor-parallel";
        else a.layout_mode = "layer-split";
    } else {
        // Offload runs on one machine: its accelerators and its RAM.
        const auto& n = nodes.front();
        const Efficiency* geff = eff_for(r, n.accel->device_class);
        PlacedStage host = make_host_stage(r, n, 0, eff_for(r, DeviceClass::Cpu));
        std::vector<PlacedStage> gpus;
        const int per = e.tensor_parallel ? 1 : n.accel_count;
        for (int d = 0; d < per; ++d) gpus.push_back(make_accelerator_stage(r, n, 0, d, e.tensor_parallel ? n.accel_count : 1, geff));
        if (mode == OffloadMode::Experts) {
            // KTransformers: attention, dense layers, shared experts and the KV
            // cache on the GPUs; routed experts in host RAM, run by the CPU.
            for (auto& g : gpus) g.non_routed = true;
            apportion(r, gpus, 0, layers, false);
            host.routed_experts_only = true;
            host.first = 0;
            host.end = layers;
            a.stages = gpus;
            a.stages.push_back(host);
            a.layout_mode = "offload-experts";
        } else {
            // llama.cpp -ngl: fill the accelerators with the first layers that
            // fit, the rest stays in host RAM. The output head goes with the last layer.
            const double kv_layer = r.kv_token_layer * r.s->workload.context * r.s->workload.concurrency;
            int l = 0;
            for (std::size_t gi = 0; gi < gpus.size(); ++gi) {
                auto& g = gpus[gi];
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
            a.stages = gpus;
            a.stages.push_back(host);
            a.layout_mode = "offload-layers";
        }
    }
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

}  // namespace

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
    if (auto err = validate_numbers(s)) return *err;
    Resolved r;
    r.s = &s;
    r.c = &c;
    r.model = c.model(s.model);
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

    // Machines.
    std::vector<NodeInfo> nodes;
    nodes.reserve(static_cast<std::size_t>(std::min(s.pool.groups.size() == 1 ? s.pool.groups[0].count : 16, 4096)));
    const Link* pool_link = nullptr;
    int total_nodes = 0;
    for (std::size_t gi = 0; gi < s.pool.groups.size(); ++gi) {
        const auto& g = s.pool.groups[gi];
        // Field paths for errors, built only when an error is reported.
        auto p = [gi] { return "scenario.pool[" + std::to_string(gi) + "]"; };
        NodeInfo n;
        n.system = c.system(g.system);
        if (!n.system) return Error{p() + ".system", "unknown system \"" + g.system + "\""};
        n.accel = n.system->accelerator.empty() ? nullptr : c.device(n.system->accelerator);
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
        if (n.accel && !r.engine->runs_on(n.accel->device_class))
            return Error{"scenario.engine", r.engine->name + " does not run on " + n.accel->name};
        if (!n.accel && !r.engine->runs_on(DeviceClass::Cpu))
            return Error{"scenario.engine", r.engine->name + " does not run on CPU-only machines like \"" + g.system + "\""};
        n.host_usable_capacity_gb = machine::host_usable_capacity_gb(*n.system);
        n.host_bw_gb_s = machine::host_bandwidth_gb_s(*n.system, n.cpu);
        // The pool's link between machines is the slowest any group names.
        if (!pool_link || n.net->bandwidth_gb_s < pool_link->bandwidth_gb_s) pool_link = n.net;
        total_nodes += g.count;
        for (int k = 0; k < g.count; ++k) nodes.push_back(n);
    }

    Plan out;
    out.engine = r.engine->id;
    out.nodes = total_nodes;
    for (const auto& n : nodes) out.devices += n.accel ? n.accel_count : 0;

    std::vector<std::string> warnings;
    if (total_nodes > 1 && !r.engine->multi_node) {
        out.reasons.push_back(r.engine->name + " runs on one machine; the pool has " + std::to_string(total_nodes) +
                              ". Planned on the first machine only.");
        nodes.resize(1);
    }

    r.params = count_params(*r.model);
    r.bytes = weight_bytes(r.params, r.format->bits);
    const double kv_element = s.workload.kv_bytes > 0 ? s.workload.kv_bytes : r.engine->kv_bytes;
    // FlashAttention/FlashMLA run in BF16; FP8 attention kernels need an FP8 KV cache.
    r.attn_compute = kv_element <= 1.0 && r.format->compute == ComputeType::FP8 ? ComputeType::FP8 : ComputeType::BF16;
    r.kv_token_layer = kv_bytes_per_token(*r.model, r.engine->mla_compressed, kv_element) / r.model->layers;
    if (r.model->attention == AttentionKind::MLA) {
        const auto& m = r.model->mla;
        // Per head, QK^T over the key width and PV over the value width.
        // Decode with an MLA cache runs the absorbed form against the latent
        // (kv_lora + rope keys, kv_lora values); prefill expands the latent
        // once and runs ordinary attention over nope + rope / v_head, which
        // costs 3.4x fewer FLOPs per position for DeepSeek-V3 (DeepSeek-V2
        // paper, appendix on MLA's absorbed and expanded forms).
        const double expanded = 2.0 * r.model->heads * (m.qk_nope_head_dim + m.qk_rope_head_dim) +
                                2.0 * r.model->heads * m.v_head_dim;
        const double absorbed = 2.0 * r.model->heads * (m.kv_lora_rank + m.qk_rope_head_dim) +
                                2.0 * r.model->heads * m.kv_lora_rank;
        r.attn_flops_pos = r.engine->mla_compressed ? absorbed : expanded;
        r.prefill_attn_flops_pos = expanded;
    } else {
        r.attn_flops_pos = 4.0 * r.model->heads * r.model->head_dim;
        r.prefill_attn_flops_pos = r.attn_flops_pos;
    }
    r.mtp = s.workload.mtp && r.engine->mtp && r.model->mtp_modules > 0;
    if (opt.detail && s.workload.mtp && !r.mtp) {
        warnings.push_back(r.model->mtp_modules == 0 ? r.model->name + " has no MTP module; speculative decoding is off"
                                                     : r.engine->name + " does not run DeepSeek MTP speculative decoding; it is off");
    }

    // Placement, trying offload when asked or when nothing else fits (MODEL.md §3).
    const bool has_accel = nodes.front().accel && nodes.front().accel_count > 0;
    auto offload_ok = [&](OffloadMode m) {
        const NodeInfo& n = nodes.front();
        return m == OffloadMode::None ||
               (nodes.size() == 1 && machine::offload_allowed(*r.engine, *r.model, *n.system, n.accel, n.accel_count, n.cpu, m));
    };
    Attempt chosen;
    if (s.offload == OffloadMode::Auto) {
        chosen = place(r, nodes, pool_link, OffloadMode::None, opt.detail);
        for (OffloadMode m : {OffloadMode::Experts, OffloadMode::Layers}) {
            if (chosen.fits || !offload_ok(m)) continue;
            Attempt alt = place(r, nodes, pool_link, m, opt.detail);
            if (alt.fits) chosen = std::move(alt);
        }
    } else {
        if (!offload_ok(s.offload)) {
            const std::string mode_name = to_string(s.offload);
            const std::string why =
                !has_accel                                  ? "the machine has no accelerator to offload from"
                : nodes.size() > 1                          ? "offload is planned on one machine only"
                : nodes.front().system->unified_memory      ? "unified memory has nothing to offload to"
                : s.offload == OffloadMode::Experts && !r.model->is_moe() ? r.model->name + " has no experts to offload"
                                                            : r.engine->name + " does not offload " + mode_name;
            return Error{"scenario.offload", "cannot use \"" + mode_name + "\": " + why};
        }
        chosen = place(r, nodes, pool_link, s.offload, opt.detail);
    }
    out.offload = chosen.mode;
    out.fits = chosen.fits && out.reasons.empty();
    for (auto& reason : chosen.reasons) out.reasons.push_back(std::move(reason));

    // Decode and prefill (MODEL.md §4, §5).
    const auto hops = pipeline_hops(chosen, nodes, pool_link);
    const double B = s.workload.concurrency;
    std::vector<PlacedStage>* store = opt.detail ? &chosen.stages : nullptr;
    const DecodeResult one = decode_step(r, chosen, hops, 1.0, B > 1 ? nullptr : store);
    const DecodeResult many = B > 1 ? decode_step(r, chosen, hops, B, store) : one;
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
    if (r.mtp && opt.detail) {
        Resolved plain = r;
        plain.mtp = false;
        const DecodeResult base = decode_step(plain, chosen, hops, 1.0, nullptr);
        out.decode.mtp_speedup = out.decode.single_stream_tokens_per_s * base.step_s;
    }
    const PrefillResult pf = prefill(r, chosen, hops, 1.0);
    out.prefill.ttft_s = pf.seconds;
    out.prefill.tokens_per_s = s.workload.prompt / pf.seconds;
    out.prefill.bottleneck = pf.limit;
    out.prefill.aggregate_tokens_per_s = out.prefill.tokens_per_s;
    if (B > 1 && r.engine->batching) {
        // All sequences' prompts in one pass; stages overlap in a pipeline.
        const PrefillResult batch = prefill(r, chosen, hops, B);
        const double t = r.engine->pipeline_parallel && hops.size() > 0 ? std::max(batch.slowest_stage, batch.seconds / B) : batch.seconds;
        out.prefill.aggregate_tokens_per_s = std::max(out.prefill.tokens_per_s, B * s.workload.prompt / t);
    }

    // Ranges from the calibration residuals of the dominant stage's class (MODEL.md §7).
    const Efficiency* dom = chosen.stages[many.slowest].eff;
    const double lo = dom->range_low;
    const double hi = dom->range_high;
    out.decode.tokens_per_s_range = {out.decode.tokens_per_s * lo, out.decode.tokens_per_s * hi};
    out.decode.aggregate_tokens_per_s_range = {out.decode.aggregate_tokens_per_s * lo, out.decode.aggregate_tokens_per_s * hi};
    out.prefill.tokens_per_s_range = {out.prefill.tokens_per_s * lo, out.prefill.tokens_per_s * hi};
    out.prefill.aggregate_tokens_per_s_range = {out.prefill.aggregate_tokens_per_s * lo, out.prefill.aggregate_tokens_per_s * hi};
    out.prefill.ttft_s_range = {out.prefill.ttft_s / hi, out.prefill.ttft_s / lo};

    // Memory summary.
    auto& mem = out.memory;
    mem.weights_total_gb = (r.bytes.total + (r.mtp ? r.bytes.mtp : 0.0)) / kGB;
    mem.kv_per_token_bytes = r.kv_token_layer * r.model->layers;
    mem.kv_total_gb = kv_seq_bytes(r, r.model->layers) / kGB;
    int max_conc = std::numeric_limits<int>::max();
    for (const auto& u : chosen.stages) {
        const double count = u.on_host ? 1.0 : u.tp_degree;
        mem.usable_gb += u.usable_b * count / kGB;
        mem.used_gb += (u.weights_b + u.kv_b + u.activations_b + u.overhead_b) * count / kGB;
        const int n = u.end - u.first;
        if (n > 0 && !u.routed_experts_only) {
            const double per_seq = held_kv_bytes_per_sequence_per_device(r, u);
            const double room = u.usable_b - u.weights_b - u.activations_b - u.overhead_b;
            const double seqs = room > 0 ? std::floor(room / per_seq) : 0.0;
            max_conc = std::min(max_conc, static_cast<int>(std::min(seqs, 1e9)));
        }
    }
    mem.max_concurrency = max_conc == std::numeric_limits<int>::max() ? 0 : max_conc;

    // Smallest count of the first group's system that fits.
    if (opt.find_min_nodes) {
        Scenario probe = s;
        PlanOptions quick;
        quick.detail = false;
        quick.find_min_nodes = false;
        probe.pool.groups.resize(1);
        for (int n = 1; n <= kMaxMinNodes; ++n) {
            probe.pool.groups[0].count = n;
            auto p = plan(probe, c, quick);
            if (p && p.value().fits) {
                out.min_nodes = n;
                break;
            }
        }
    }

    // Layout.
    auto& lay = out.layout;
    lay.mode = chosen.layout_mode;
    int stages = 0;
    int max_g = 1;
    for (const auto& u : chosen.stages) {
        if (u.routed_experts_only || u.end > u.first) ++stages;
        max_g = std::max(max_g, u.tp_degree);
    }
    lay.tensor_parallel = max_g;
    lay.pipeline_parallel = std::max(1, stages - (chosen.mode == OffloadMode::Experts ? 1 : 0));
    lay.expert_parallel = (r.model->is_moe() && r.engine->expert_parallel) ? max_g : 1;
    out.cost = compute_cost(s, c, out);
    if (!opt.detail) return out;

    for (const auto& u : chosen.stages) {
        Stage st;
        st.node = u.node;
        st.first_layer = u.routed_experts_only ? 0 : u.first;
        st.end_layer = u.routed_experts_only ? r.model->layers : u.end;
        st.devices = u.tp_degree;
        st.on_host = u.on_host;
        st.routed_on_host = u.routed_experts_only;
        st.device = u.device ? u.device->id : "";
        st.decode_ms = u.decode_s * 1e3;
        lay.stages.push_back(st);
    }

    // Per-device memory.
    for (const auto& u : chosen.stages) {
        const int copies = u.on_host ? 1 : u.tp_degree;
        std::string holds;
        if (u.routed_experts_only) {
            holds = "routed experts of layers " + std::to_string(r.model->dense_layers()) + "-" + std::to_string(r.model->layers - 1);
        } else if (u.end > u.first) {
            holds = (u.non_routed ? "attention, dense and shared parts of layers " : "layers ") + std::to_string(u.first) + "-" +
                    std::to_string(u.end - 1);
            if (u.tp_degree > 1) holds += " (1/" + std::to_string(u.tp_degree) + " of each, tensor-parallel)";
        } else {
            holds = "nothing";
        }
        if (u.embed && !u.routed_experts_only) holds += ", embedding";
        if (u.head && !u.routed_experts_only) holds += ", output head";
        for (int k = 0; k < copies; ++k) {
            DeviceMemory dm;
            dm.device = u.device ? u.device->id : "host";
            dm.name = u.device ? u.device->name : "host RAM";
            if (u.on_host) dm.name = "Host RAM (" + dm.name + ")";
            dm.node = u.node + (u.on_host ? 0 : k / u.per_node);
            dm.index = u.on_host ? -1 : u.device_index + k % u.per_node;
            dm.capacity_gb = u.capacity_b / kGB;
            dm.usable_gb = u.usable_b / kGB;
            dm.weights_gb = u.weights_b / kGB;
            dm.kv_cache_gb = u.kv_b / kGB;
            dm.activations_gb = u.activations_b / kGB;
            dm.overhead_gb = u.overhead_b / kGB;
            dm.free_gb = dm.usable_gb - dm.weights_gb - dm.kv_cache_gb - dm.activations_gb - dm.overhead_gb;
            dm.holds = holds;
            mem.per_device.push_back(std::move(dm));
        }
    }

    // Warnings.
    if (s.engine == "auto") warnings.push_back("engine \"auto\" chose " + r.engine->name + " for " + r.format->name);
    for (const auto& n : nodes) {
        if (n.accel && machine::has_wired_limit(*n.accel)) {
            const double wired = machine::default_wired_capacity_gb(*n.accel);
            const double raised = machine::raised_wired_capacity_gb(*n.accel);
            if (!s.apple_raise_wired_limit) {
                // Would it fit with the limit raised? Then the default limit decides.
                Scenario raised_s = s;
                raised_s.apple_raise_wired_limit = true;
                PlanOptions quick{false, false};
                auto alt = plan(raised_s, c, quick);
                if (!out.fits && alt && alt.value().fits) {
                    warnings.push_back("macOS lets the GPU wire only about " + fmt(wired, 0) + " GiB of " + n.accel->name +
                                       "'s memory by default; raising it (sudo sysctl iogpu.wired_limit_mb=" +
                                       std::to_string(static_cast<long>(std::floor(units::capacity_to_mib(raised)))) +
                                       ") would make this fit");
                } else if (out.fits) {
                    warnings.push_back("planned within macOS's default GPU wired-memory limit (about " + fmt(wired, 0) + " GiB of " +
                                       fmt(n.accel->memory_gb, 0) + " GiB); sysctl iogpu.wired_limit_mb raises it");
                }
            } else {
                warnings.push_back("assumes the GPU wired-memory limit is raised to " + fmt(raised, 0) + " GiB (sudo sysctl iogpu.wired_limit_mb=" +
                                   std::to_string(static_cast<long>(std::floor(units::capacity_to_mib(raised)))) + ")");
            }
            break;
        }
    }
    if (r.model->attention == AttentionKind::MLA && !r.engine->mla_compressed) {
        warnings.push_back(r.engine->name + " caches expanded K/V for MLA: " + fmt(mem.kv_per_token_bytes / 1e6, 2) +
                           " MB per token instead of " +
                           fmt(kv_bytes_per_token(*r.model, true, r.engine->kv_bytes) / 1e3, 1) + " KB compressed");
    }
    if (chosen.mode == OffloadMode::Experts) {
        warnings.push_back("routed experts run on the CPU from host RAM (KTransformers-style offload); decode is bound by host memory bandwidth");
    } else if (chosen.mode == OffloadMode::Layers) {
        const auto& host = chosen.stages.back();
        warnings.push_back(std::to_string(host.end - host.first) + " of " + std::to_string(r.model->layers) +
                           " layers run on the CPU from host RAM (llama.cpp -ngl " + std::to_string(host.first) + ")");
    }
    if (nodes.size() > 1 && pool_link && !pool_link->rdma) {
        warnings.push_back("machines are joined by " + pool_link->name + " (" + fmt(pool_link->latency_us, 0) +
                           " us per hop): each token crosses it " + std::to_string(hops.size()) + " times");
    }
    if (mem.max_concurrency < s.workload.concurrency && out.fits) {
        warnings.push_back("memory holds " + std::to_string(mem.max_concurrency) + " sequences at this context");
    }
    if (s.workload.context > r.model->max_context) {
        warnings.push_back("context " + std::to_string(s.workload.context) + " exceeds the model's trained maximum of " +
                           std::to_string(r.model->max_context));
    }
    if (s.workload.prompt + s.workload.output > s.workload.context) {
        warnings.push_back("prompt + output tokens exceed the context length");
    }
    for (const auto& o : c.overridden) {
        const auto slash = o.find('/');
        const std::string id = o.substr(slash + 1);
        bool used = id == s.model || id == s.variant || id == r.engine->id;
        for (const auto& g : s.pool.groups) used = used || id == g.system || id == g.accelerator || id == g.link;
        for (const auto& n : nodes) used = used || (n.accel && id == n.accel->id) || (n.cpu && id == n.cpu->id);
        if (used) warnings.push_back("uses your catalog's entry " + o + " in place of the built-in one");
    }
    out.warnings = std::move(warnings);

    // Assumptions: every constant the figures used, with its source.
    auto add = [&](std::string name, double v, std::string unit, std::string src) {
        out.assumptions.push_back({std::move(name), v, std::move(unit), std::move(src)});
    };
    std::vector<DeviceClass> seen;
    for (const auto& u : chosen.stages) {
        const DeviceClass dc = u.device ? u.device->device_class : DeviceClass::Cpu;
        if (std::find(seen.begin(), seen.end(), dc) != seen.end()) continue;
        seen.push_back(dc);
        const std::string cls = to_string(dc);
        std::string src = r.engine->id + " engine profile";
        if (!u.eff->cases.empty()) {
            src += ", fitted on";
            for (const auto& cs : u.eff->cases) src += " " + cs;
        } else if (!u.eff->note.empty()) {
            src += ": " + u.eff->note;
        }
        add("eta_mem (" + cls + ")", u.eff->eta_mem, "fraction of peak bandwidth", src);
        add("eta_flop (" + cls + ")", u.eff->eta_flop, "fraction of peak FLOP/s", src);
        add("eta_prefill (" + cls + ")", u.eff->eta_prefill, "fraction of peak FLOP/s", src);
        add("step_overhead (" + cls + ")", u.eff->step_overhead_us, "us per stage per step", src);
        add("layer_overhead (" + cls + ")", u.eff->layer_overhead_us, "us per layer per step", src);
        add("moe_layer_overhead (" + cls + ")", u.eff->moe_layer_overhead_us, "us per MoE layer per step", src);
        if (u.eff->expert_overhead_us > 0) {
            add("expert_overhead (" + cls + ")", u.eff->expert_overhead_us, "us per expert touched per MoE layer per pass", src);
        }
        if (u.eff->node_overhead_us > 0 && chosen.machines > 1) {
            add("node_overhead (" + cls + ")", u.eff->node_overhead_us, "us per step per machine beyond the first", src);
        }
        add("range (" + cls + ") low", u.eff->range_low, "measured/predicted", src);
        add("range (" + cls + ") high", u.eff->range_high, "measured/predicted", src);
    }
    add("engine memory fraction", r.engine->memory_fraction, "of device memory", r.engine->id + " engine profile");
    add("runtime overhead", r.engine->overhead_gb, "GB per accelerator", r.engine->id + " engine profile");
    add("activations and workspace", r.engine->activation_gb, "GB per accelerator", r.engine->id + " engine profile");
    add("KV cache element size", kv_element, "bytes",
        s.workload.kv_bytes > 0 ? "scenario (KV cache precision)" : r.engine->id + " engine profile");
    add("KV cache per token", mem.kv_per_token_bytes, "bytes",
        r.model->attention == AttentionKind::MLA
            ? (r.engine->mla_compressed ? "MLA latent: layers x (kv_lora_rank + qk_rope_head_dim) x bytes"
                                        : "expanded MLA: layers x heads x (qk_nope + qk_rope + v_head) x bytes")
            : "2 x layers x kv_heads x head_dim x bytes");
    add("host RAM kept by the OS", machine::kHostReserveFraction, "fraction (at least 3 GiB)", "planner assumption");
    if (r.engine->numa_scaling < 1.0 || r.engine->numa_replicate) {
        add("second CPU socket adds", r.engine->numa_replicate ? 1.0 : r.engine->numa_scaling, "of one socket's bandwidth",
            r.engine->numa_replicate ? r.engine->id + " copies host weights to every socket" : r.engine->id + " engine profile");
    }
    for (const auto& u : chosen.stages) {
        if (!u.on_host || !u.device || cpu_kernel_share(*u.device, *r.engine) >= 1.0) continue;
        add("CPU peak for " + r.engine->id + "'s kernels", u.device->tflops_bf16_vector, "TFLOP/s BF16 per socket",
            u.device->id + " vector stages (the engine does not use AMX; matrix-engine peak " + fmt(u.device->tflops_bf16, 0) + ")");
        break;
    }
    if (r.model->is_moe()) {
        add("experts touched per MoE layer U(B)", out.decode.experts_touched, "experts",
            "E (1 - (1 - k/E)^B), MODEL.md section 4");
    }
    if (r.mtp) {
        add("MTP acceptance of the drafted token", r.engine->mtp_acceptance, "probability",
            "DeepSeek-V3 technical report: 85-90 % acceptance of the second token");
    }
    add("weights", mem.weights_total_gb, "GB", r.format->name + ": " + (r.format->notes.empty() ? r.format->source : r.format->notes));
    return out;
}

}  // namespace deepplan
