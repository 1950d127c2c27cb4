#pragma once
// The planner's internal types and the functions its files share. plan()
// (planner/plan.cpp) resolves ids (resolve.cpp), places the model
// (placement.cpp, stages.cpp), times a decode step and a prefill pass
// (step_time.cpp) and writes the report (report.cpp).

#include <string>
#include <vector>

#include "cost_parts.hpp"
#include "deepplan/cost.hpp"
#include "deepplan/plan.hpp"
#include "deepplan/units.hpp"
#include "model/layers.hpp"

namespace deepplan::planner {

using model::active_params;
using model::all_routed_bytes;
using model::attention_bytes;
using model::dense_in;
using model::layer_bytes;
using model::moe_in;
using model::non_routed_bytes;

inline constexpr double kActivationBytes = 2.0;  // activations travel as BF16

// A scenario's ids resolved against the catalog, with the model's sizes in
// the chosen weight format (model, params, bytes from ModelSizes).
struct Resolved : model::ModelSizes {
    const Scenario* s = nullptr;
    const Catalog* c = nullptr;
    const WeightFormat* format = nullptr;
    const EngineProfile* engine = nullptr;
    double kv_token_layer = 0;   // KV bytes per token per layer
    double attn_flops_pos = 0;   // attention FLOPs per token per context position per layer, decode
    double prefill_attn_flops_pos = 0;  // the same in prefill
    ComputeType attn_compute = ComputeType::BF16;  // attention kernels: FP8 only with an FP8 KV cache
    bool mtp = false;            // MTP speculative decoding in effect
};

// One machine of the pool, resolved.
struct NodeInfo {
    const System* system = nullptr;
    const Device* accel = nullptr;
    const Device* own_accel = nullptr;  // the system's own accelerator (accel unless the group adds others)
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

// A placement of the model on the pool, one offload mode.
struct Attempt {
    std::vector<PlacedStage> stages;
    OffloadMode mode = OffloadMode::None;
    std::string layout_mode;
    bool fits = false;
    bool tight = false;    // does not fit, every overflow within kTightFraction of its device's usable memory
    double short_b = 0;    // bytes missing over the devices that overflow
    std::vector<std::string> reasons;
    int machines = 1;  // machines the replica spans (set by place())
};

// Machines of a pool, resolved.
struct Machines {
    std::vector<NodeInfo> nodes;
    const Link* pool_link = nullptr;  // the slowest link any group names
    int total_nodes = 0;
    std::vector<cost_parts::GroupParts> groups;  // each pool group's priced parts, for the cost
};

struct DecodeResult {
    double step_s = 0;          // one step for all sequences, stages in sequence
    double pipelined_rate = 0;  // tokens/s with stages overlapped (0 = not applicable)
    Bottleneck limit = Bottleneck::MemoryBandwidth;
    std::size_t slowest = 0;
    double touched = 0;         // routed experts touched per MoE layer by the step's tokens (0 for a dense model)
};

struct PrefillResult {
    double seconds = 0;          // stages in sequence
    double slowest_stage = 0;    // the longest stage, for overlapped pipelines
    Bottleneck limit = Bottleneck::Compute;
};

/// C prompts arriving together, prefilled in the engine's chunks (MODEL.md §5).
struct QueuedPrefill {
    double mean_ttft_s = 0;      // mean over the prompts of the time to their first token
    double all_prompts_s = 0;    // until the last prompt's first token
    double passes = 1;           // forward passes (chunks) the prompts take
    Bottleneck limit = Bottleneck::Compute;
};
/// Up to this many prompts the queue's mean is summed prompt by prompt; beyond, in closed form.
inline constexpr int kExactQueuePrompts = 256;

// resolve.cpp
/// `model` is c.model(s.model), which plan() has looked up already.
[[nodiscard]] Result<Resolved> resolve_ids(const Scenario& s, const Catalog& c, const ModelArch* model);
[[nodiscard]] Result<Machines> resolve_machines(const Scenario& s, const Catalog& c, const EngineProfile& engine);
/// Model sizes, KV bytes per token and attention FLOPs; returns the KV element size.
double resolve_sizes(Resolved& r);

// stages.cpp
[[nodiscard]] double peak_flops(const Device& d, ComputeType t);
[[nodiscard]] double cpu_kernel_share(const Device& cpu, const EngineProfile& e);
[[nodiscard]] bool cpu_runs_int8_dot(const Device& cpu, const EngineProfile& e, ComputeType t);
[[nodiscard]] double host_peak_flops(const Device& cpu, const EngineProfile& e, ComputeType t);
[[nodiscard]] PlacedStage make_accelerator_stage(const Resolved& r, const NodeInfo& n, int node, int index, int tp_degree,
                                                 const Efficiency* eff);
[[nodiscard]] PlacedStage make_host_stage(const Resolved& r, const NodeInfo& n, int node, const Efficiency* eff);
[[nodiscard]] double kv_bytes_per_sequence_per_device(const Resolved& r, const PlacedStage& u, double layers);
/// KV bytes of one layer for every sequence of the workload, all ranks together (placement).
[[nodiscard]] double kv_bytes_per_layer_all_sequences(const Resolved& r);
[[nodiscard]] double held_kv_bytes_per_sequence_per_device(const Resolved& r, const PlacedStage& u);
void fill_memory(const Resolved& r, PlacedStage& u);
[[nodiscard]] bool stage_fits(const PlacedStage& u);
void collect_reasons(Attempt& a, bool detail);

// placement.cpp
[[nodiscard]] Attempt place(const Resolved& r, const std::vector<NodeInfo>& nodes, const Link* pool_link, OffloadMode mode,
                            bool detail);
[[nodiscard]] std::vector<const Link*> pipeline_hops(const Attempt& a, const std::vector<NodeInfo>& nodes, const Link* pool_link);

// step_time.cpp
/// Time to read `bytes` at `bandwidth_b_s` x eta_mem: a memory-bound pass.
[[nodiscard]] inline double memory_seconds(double bytes, double bandwidth_b_s, double eta_mem)
{
    return bytes / (bandwidth_b_s * eta_mem);
}
/// Per-pass overheads of a stage of `layers` layers, `moe_layers` of them
/// MoE with `touched` routed experts each: scheduling once, launches per
/// layer, expert dispatch per MoE layer and per expert touched (fitted per
/// engine and device class).
[[nodiscard]] inline double pass_overhead_us(const Efficiency& eff, int layers, int moe_layers, double touched)
{
    return eff.step_overhead_us + layers * eff.layer_overhead_us +
           moe_layers * (eff.moe_layer_overhead_us + touched * eff.expert_overhead_us);
}
[[nodiscard]] DecodeResult decode_step(const Resolved& r, const Attempt& a, const std::vector<const Link*>& hops, double seqs,
                                       std::vector<PlacedStage>* store);
[[nodiscard]] PrefillResult prefill(const Resolved& r, const Attempt& a, const std::vector<const Link*>& hops, double prompts);
/// Tokens one prefill pass may carry: the scenario's chunk, else the engine's; 0 = no limit.
[[nodiscard]] int prefill_chunk_tokens(const Resolved& r);
[[nodiscard]] QueuedPrefill queued_prefill(const Resolved& r, const Attempt& a, const std::vector<const Link*>& hops, int prompts);
/// Aggregate decode tokens/s the hardware allows at `seqs` sequences (peaks only).
[[nodiscard]] double decode_roofline_tokens_per_s(const Resolved& r, const Attempt& a, std::size_t stage_count, double seqs,
                                                  std::size_t mtp_stage);

// report.cpp
void fill_memory_summary(Plan& out, const Resolved& r, const Attempt& chosen);
void fill_layout(Plan& out, const Resolved& r, const Attempt& chosen);
void fill_stage_rows(Plan& out, const Resolved& r, const Attempt& chosen);
void fill_device_rows(Plan& out, const Resolved& r, const Attempt& chosen, DeviceRows rows);
void add_warnings(Plan& out, std::vector<std::string>& warnings, const Resolved& r, const Attempt& chosen, const Machines& m,
                  const std::vector<const Link*>& hops);
void fill_assumptions(Plan& out, const Resolved& r, const Attempt& chosen, double kv_element);

}  // namespace deepplan::planner
