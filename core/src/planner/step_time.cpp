// Time of one pass, decode step or prefill (MODEL.md sections 4 and 5):
// bytes over bandwidth or FLOPs over peak, each times its efficiency, plus
// communication between ranks, per-pass overheads and pipeline hops.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "planner/planner.hpp"

namespace deepplan::planner {

using units::kGB;

namespace {

// One all-reduce of `bytes` over `ranks` ranks (MODEL.md §4). NCCL's ring:
// 2 log2(g) one-way latencies plus 2(g-1)/g of the bytes at the link's line
// rate. Where the link states a measured small-message all-reduce (the
// engines' one-shot custom kernels on NVLink/xGMI: 4-8 us from 2 to 8 ranks;
// NCCL's own floor over PCIe or the network: 40-60 us), that floor plus the
// bytes at the bus bandwidth those kernels reach (`allreduce_bandwidth_gb_s`,
// else the line rate). Engines use the custom kernel for small messages and
// NCCL's ring for large ones: the faster of the two.
double allreduce_s(const Link* link, int ranks, double bytes)
{
    if (ranks <= 1 || !link) return 0;
    const double ring_bytes = 2.0 * (ranks - 1) / ranks * bytes;
    const double ring = link->latency_us * units::kMicro * std::log2(static_cast<double>(ranks)) * 2.0 +
                        ring_bytes / (link->bandwidth_gb_s * kGB);
    if (!(link->allreduce_latency_us > 0)) return ring;
    const double bus = link->allreduce_bandwidth_gb_s > 0 ? link->allreduce_bandwidth_gb_s : link->bandwidth_gb_s;
    const double measured = link->allreduce_latency_us * units::kMicro + ring_bytes / (bus * kGB);
    return link->allreduce_bandwidth_gb_s > 0 ? std::min(measured, ring) : measured;
}

// Floor of one expert-parallel dispatch + combine: the link's measured
// one-token all-to-all, else two one-way latencies.
double a2a_floor_s(const Link* link)
{
    return (link->a2a_latency_us > 0 ? link->a2a_latency_us : 2.0 * link->latency_us) * units::kMicro;
}

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
        return 2.0 * n * allreduce_s(u.tp_link, u.tp_degree, tokens * r.model->hidden_size * kActivationBytes);
    }
    const int moe = moe_in(r, u.first, u.end);
    if (moe == 0 || !u.tp_link) return 0;
    const double local = tokens / u.tp_degree;
    const double bytes_rank = local * r.params.experts_per_token * r.model->hidden_size * (1.0 + 2.0);
    const double remote = u.tp_degree > u.per_node ? static_cast<double>(u.tp_degree - u.per_node) / u.tp_degree : 0.0;
    const Link* net = u.tp_link;
    const Link* intra = u.intra_link ? u.intra_link : u.tp_link;
    const double t_a2a = a2a_floor_s(remote > 0 ? net : intra) + bytes_rank * remote / (net->bandwidth_gb_s * kGB) +
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
    return pass_overhead_us(*u.eff, u.routed_experts_only ? 0 : n, moe_layers, touched) * units::kMicro;
}

// Host time to launch a stage's kernels for one prefill pass outside CUDA
// graphs (MODEL.md §5): per layer, and more per MoE layer.
double prefill_launch_seconds(const Resolved& r, const PlacedStage& u)
{
    if (!u.eff || u.routed_experts_only) return 0;
    const int n = u.end - u.first;
    const int moe = u.non_routed ? 0 : moe_in(r, u.first, u.end);
    return (n * u.eff->prefill_launch_us + moe * u.eff->moe_prefill_launch_us) * units::kMicro;
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

// What one decode step of `tokens` tokens (B sequences, or 2B when MTP
// verifies a drafted token) at context L asks of one device of a stage: the
// bytes it must read and the seconds its FLOPs take at peak (MODEL.md §4).
struct StageWork {
    double bytes_per_device = 0;
    double peak_compute_s = 0;
};

StageWork decode_work(const Resolved& r, const PlacedStage& u, double tokens, double seqs, double touched)
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
        bytes = model::weights_read_bytes(r, u.first, u.end, touched, !u.non_routed, u.head);
        kv_bytes = seqs * kv_bytes_per_sequence_per_device(r, u, n);
        flops = tokens * 2.0 * active_params(r, u.first, u.end, !u.non_routed, true);
        attn_flops = tokens * L * r.attn_flops_pos * n;
        if (u.head) flops += tokens * 2.0 * r.params.output_head;
    }
    const double replicated = u.dp_attention ? attention_bytes(r, u.first, u.end) : 0.0;
    StageWork w;
    w.bytes_per_device = replicated + (bytes - replicated) / u.tp_degree + kv_bytes;
    w.peak_compute_s = (flops / u.peak_flop_s + attn_flops / u.attention_peak_flop_s) / u.tp_degree;
    return w;
}

// The hardware's limit for that step on one stage: bytes over peak
// bandwidth or FLOPs over peak, whichever is longer; no efficiency, no
// overhead, no communication.
double roofline_stage_s(const Resolved& r, const PlacedStage& u, double tokens, double seqs, double touched)
{
    const StageWork w = decode_work(r, u, tokens, seqs, touched);
    return std::max(w.bytes_per_device / u.bandwidth_b_s, w.peak_compute_s);
}

// One decode step of `tokens` tokens (B sequences, or 2B when MTP verifies a
// drafted token) at context L, on one stage.
StepCost decode_stage(const Resolved& r, const PlacedStage& u, double tokens, double seqs, double touched)
{
    const StageWork w = decode_work(r, u, tokens, seqs, touched);
    const double t_mem = memory_seconds(w.bytes_per_device, u.bandwidth_b_s, u.eff->eta_mem);
    const double t_cmp = w.peak_compute_s / u.eff->eta_flop;
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

}  // namespace

DecodeResult decode_step(const Resolved& r, const Attempt& a, const std::vector<const Link*>& hops, double seqs,
                         std::vector<PlacedStage>* store)
{
    DecodeResult d;
    const double tokens = r.mtp ? 2.0 * seqs : seqs;
    auto touched = [&r](double t) {
        return r.model->is_moe() ? experts_touched(r.params.routed_experts, r.params.experts_per_token, t) : 0.0;
    };
    const double touched_step = touched(tokens);
    d.touched = touched_step;
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
            bytes = model::weights_read_bytes(r, u.first, u.end, touched, !u.non_routed, u.head);
            if (u.head) flops += prompts * 2.0 * r.params.output_head;  // only the last token of a prompt needs logits
        }
        const double replicated = u.dp_attention ? attention_bytes(r, u.first, u.end) : 0.0;
        const double t_cmp = (flops / u.peak_flop_s + attn_flops / u.attention_peak_flop_s) / u.tp_degree / u.eff->eta_prefill;
        const double t_mem = memory_seconds(replicated + (bytes - replicated) / u.tp_degree, u.bandwidth_b_s, u.eff->eta_mem);
        double t = std::max(t_cmp, t_mem);
        Bottleneck lim = t_cmp >= t_mem ? Bottleneck::Compute : (u.on_host ? Bottleneck::HostMemory : Bottleneck::MemoryBandwidth);
        const double comm = comm_seconds(r, u, T);
        if (comm > t) lim = Bottleneck::Link;
        t = r.engine->comm_overlap ? std::max(t, comm) : t + comm;
        t += overhead_seconds(r, u, touched);  // one pass: the same fixed kernel time as a decode step
        // Prefill passes run outside CUDA graphs: the host launches every
        // kernel, ahead of the GPU. A pass ends no sooner than its launches.
        t = std::max(t, prefill_launch_seconds(r, u));
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

}  // namespace deepplan::planner

namespace deepplan::planner {

int prefill_chunk_tokens(const Resolved& r)
{
    return r.s->workload.prefill_chunk_tokens > 0 ? r.s->workload.prefill_chunk_tokens : r.engine->prefill_chunk_tokens;
}

// C prompts of P tokens arriving together, prefilled first come first served
// in passes of at most the engine's chunk of tokens (vLLM's token budget,
// SGLang's chunked_prefill_size; MODEL.md §5). Prompt i's first token comes
// after the pass holding its last token: with x = P / chunk it is pass
// s_i = ceil(i·x), every pass before it a full chunk and the last pass the
// remainder. Pipelined stages take a new chunk every slowest-stage time.
QueuedPrefill queued_prefill(const Resolved& r, const Attempt& a, const std::vector<const Link*>& hops, int prompts)
{
    const long long P = r.s->workload.prompt;
    const long long C = std::max(1, prompts);
    const long long total = P * C;
    const int chunk = prefill_chunk_tokens(r);
    const long long budget = chunk > 0 ? std::min<long long>(chunk, total) : total;
    const long long passes = (total + budget - 1) / budget;
    const bool pipelined = r.engine->pipeline_parallel && !hops.empty();
    const double Pd = static_cast<double>(P);
    const PrefillResult full = prefill(r, a, hops, static_cast<double>(budget) / Pd);
    const PrefillResult last = passes > 1 ? prefill(r, a, hops, static_cast<double>(total - (passes - 1) * budget) / Pd) : full;
    const double interval = pipelined ? full.slowest_stage : full.seconds;
    QueuedPrefill q;
    q.passes = static_cast<double>(passes);
    q.all_prompts_s = static_cast<double>(passes - 1) * interval + last.seconds;
    q.limit = full.limit;
    if (passes == 1) {
        q.mean_ttft_s = last.seconds;
        return q;
    }
    // Mean over prompts of (s_i - 1) intervals plus their last pass.
    const long long in_last = C - ((passes - 1) * budget) / P;  // prompts whose last token is in the last pass
    double mean_pass = 0;
    if (C <= kExactQueuePrompts) {
        long long sum = 0;
        for (long long i = 1; i <= C; ++i) sum += (i * P + budget - 1) / budget;
        mean_pass = static_cast<double>(sum) / static_cast<double>(C);
    } else {
        // Over whole periods of q = budget / gcd(P, budget) prompts, ceil(i·x)
        // exceeds i·x by (q - 1) / (2q) on average.
        const double period = static_cast<double>(budget / std::gcd(P, budget));
        mean_pass = Pd / static_cast<double>(budget) * static_cast<double>(C + 1) / 2.0 + (period - 1.0) / (2.0 * period);
        mean_pass = std::clamp(mean_pass, 1.0, static_cast<double>(passes));
    }
    q.mean_ttft_s = (mean_pass - 1.0) * interval + full.seconds +
                    static_cast<double>(in_last) / static_cast<double>(C) * (last.seconds - full.seconds);
    return q;
}

// The decode limit of the hardware at `seqs` sequences: every stage's bytes
// over peak bandwidth or FLOPs over peak, no efficiency, overhead,
// communication or hop, in the structure decode_step() times (stages in
// sequence, the MTP block on stage `mtp_stage`, overlapped pipeline stages),
// so that no planned step can be shorter. Aggregate tokens/s.
double decode_roofline_tokens_per_s(const Resolved& r, const Attempt& a, std::size_t stage_count, double seqs,
                                    std::size_t mtp_stage)
{
    const double tokens = r.mtp ? 2.0 * seqs : seqs;
    auto touched = [&r](double t) {
        return r.model->is_moe() ? experts_touched(r.params.routed_experts, r.params.experts_per_token, t) : 0.0;
    };
    auto active = [](const PlacedStage& u) { return u.routed_experts_only || u.end != u.first || u.head; };
    double step = 0;
    for (const auto& u : a.stages) {
        if (active(u)) step += roofline_stage_s(r, u, tokens, seqs, touched(tokens));
    }
    if (r.mtp && mtp_stage < a.stages.size()) {
        PlacedStage m = a.stages[mtp_stage];
        m.first = r.model->dense_layers();
        m.end = m.first + 1;
        m.head = false;
        m.routed_experts_only = false;
        step += roofline_stage_s(r, m, seqs, seqs, touched(seqs)) * r.model->mtp_modules;
    }
    const double accepted = r.mtp ? 1.0 + r.engine->mtp_acceptance : 1.0;
    double rate = step > 0 ? seqs * accepted / step : 0.0;
    if (r.engine->pipeline_parallel && stage_count > 1 && seqs >= static_cast<double>(stage_count)) {
        const double micro = seqs / static_cast<double>(stage_count);
        const double micro_tokens = r.mtp ? 2 * micro : micro;
        double slowest = 0;
        for (const auto& u : a.stages) {
            if (active(u)) slowest = std::max(slowest, roofline_stage_s(r, u, micro_tokens, micro, touched(micro_tokens)));
        }
        if (slowest > 0) rate = std::max(rate, micro * accepted / slowest);
    }
    return rate;
}

}  // namespace deepplan::planner
