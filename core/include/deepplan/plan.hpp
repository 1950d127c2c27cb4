#pragma once
// The answer to a scenario: does it fit, on how many machines, how is it laid
// out, how fast does it decode and prefill, and what did we assume.
// `plan()` is pure and deterministic and takes microseconds.

#include <optional>
#include <string>
#include <vector>

#include "deepplan/catalog.hpp"
#include "deepplan/error.hpp"
#include "deepplan/scenario.hpp"

namespace deepplan {

enum class Bottleneck { MemoryBandwidth, Compute, Link, HostMemory, Overhead };
[[nodiscard]] const char* to_string(Bottleneck b) noexcept;

/// [low, high] around a figure, from the calibration residuals.
struct Range {
    double low = 0;
    double high = 0;
};

/// Memory of one device (an accelerator, or a machine's host RAM when it
/// holds weights), by component, in GB. In grouped rows (DeviceRows::Grouped)
/// one row stands for `count` devices that hold the same, all with these figures.
struct DeviceMemory {
    std::string device;      ///< device id
    std::string name;        ///< device name for display
    int node = 0;            ///< machine index in the pool, from 0 (the first machine of a grouped row)
    int index = 0;           ///< device index within the machine; -1 = host RAM (the first device of a grouped row)
    int count = 1;           ///< devices this row stands for: 1 unless the rows are grouped
    int last_node = 0;       ///< last machine of the row's devices (= node unless a grouped row spans machines)
    double capacity_gb = 0;
    double usable_gb = 0;
    double weights_gb = 0;
    double kv_cache_gb = 0;
    double activations_gb = 0;
    double overhead_gb = 0;
    double free_gb = 0;      ///< usable minus the rest; negative = overflow
    std::string holds;       ///< "layers 0-30", "attention and shared experts of layers 0-60"...
};

/// A pipeline stage: a group of devices that together hold a contiguous range
/// of layers, tensor-parallel over `devices`.
struct Stage {
    int node = 0;
    int first_layer = 0;
    int end_layer = 0;       ///< one past the last
    int devices = 1;         ///< tensor-parallel degree inside the stage
    bool on_host = false;    ///< computed by the CPU from host RAM
    bool routed_on_host = false;  ///< KTransformers-style: routed experts on the CPU
    std::string device;      ///< device id of the stage's devices
    double decode_ms = 0;    ///< time of one decode step at the planned concurrency
};

struct Layout {
    std::string mode;        ///< "tensor-parallel", "tensor+pipeline", "layer-split", "offload-layers", "offload-experts", "cpu"
    int tensor_parallel = 1;
    int pipeline_parallel = 1;
    int expert_parallel = 1;
    std::vector<Stage> stages;
};

struct Assumption {
    std::string name;
    double value = 0;
    std::string unit;
    std::string source;
};

/// What running the plan costs (MODEL.md §8). Own hardware:
/// capex / (years · 8760 · utilization) + kW · PUE · $/kWh + hosting; rented:
/// $/GPU-hour · GPUs. Per million tokens at the planned throughput.
struct Cost {
    bool known = false;              ///< false when a price the plan needs is not in the catalog
    bool rented = false;
    double usd_per_hour = 0;         ///< while serving
    double capex_usd = 0;            ///< purchase price of the pool
    double capex_usd_per_hour = 0;
    double power_kw = 0;             ///< at the wall, before PUE
    double power_usd_per_hour = 0;
    double hosting_usd_per_hour = 0;
    double rental_usd_per_hour = 0;
    double per_million_output_usd = 0;
    double per_million_input_usd = 0;
    std::vector<std::string> missing;  ///< prices the catalog lacks, e.g. "devices/rtx-3090.price_usd"
    struct Api {
        bool known = false;
        double per_million_input_usd = 0;
        double per_million_output_usd = 0;
        std::string date;
        std::string source;
    } api;
    /// Utilization at which own hardware matches the API's output price; nullopt when it never does.
    std::optional<double> break_even_utilization;
};

/// A plan that does not fit is *tight* when no device that overflows is short
/// by more than this share of its usable memory (a few GB on a desktop).
inline constexpr double kTightFraction = 0.05;

struct Plan {
    bool fits = false;
    /// Does not fit, but every device that overflows misses by at most
    /// kTightFraction of its usable memory; the reasons then say what to change.
    bool tight = false;
    double short_gb = 0;                ///< memory missing over the devices that overflow, GB (0 when it fits)
    std::vector<std::string> reasons;   ///< why it does not fit (empty when it fits)
    std::vector<std::string> warnings;
    std::string engine;                 ///< resolved engine id; empty when no engine runs the variant on the pool
    std::string engine_release;         ///< the engine releases the figures are for (its efficiency profile); empty: not stated
    OffloadMode offload = OffloadMode::None;  ///< resolved
    int nodes = 0;
    int devices = 0;                    ///< accelerators in the pool
    /// Smallest count of the first group's system that fits, with any offload
    /// mode the engine supports (the same search whatever the scenario's mode).
    std::optional<int> min_nodes;

    struct Memory {
        double weights_total_gb = 0;
        double kv_per_token_bytes = 0;
        double kv_total_gb = 0;
        double used_gb = 0;
        double usable_gb = 0;
        int max_concurrency = 0;        ///< sequences at this context the free memory holds
        std::vector<DeviceMemory> per_device;
    } memory;

    Layout layout;

    // Decode and prefill: when `fits` is false these are what the placement
    // would reach if it fitted, not a prediction (the plan file marks them
    // "valid": false; zero when nothing was placed).
    struct Decode {
        double tokens_per_s = 0;        ///< per stream at the planned concurrency
        double aggregate_tokens_per_s = 0;
        double single_stream_tokens_per_s = 0;  ///< at concurrency 1
        Range tokens_per_s_range;
        Range aggregate_tokens_per_s_range;
        Bottleneck bottleneck = Bottleneck::MemoryBandwidth;
        double step_ms = 0;
        double experts_touched = 0;     ///< U(B) per MoE layer
        double mtp_speedup = 1;
        /// Per stream at the planned concurrency, what the hardware allows: the
        /// bytes a step must read over peak bandwidth or its FLOPs over peak
        /// compute, whichever takes longer; no efficiency, no overhead.
        double roofline_tokens_per_s = 0;   ///< 0 in quick plans (PlanOptions::detail off)
        double roofline_fraction = 0;   ///< tokens_per_s / roofline_tokens_per_s; 0 in quick plans
    } decode;

    struct Prefill {
        double tokens_per_s = 0;        ///< one prompt alone
        double ttft_s = 0;              ///< one prompt alone
        double aggregate_tokens_per_s = 0;  ///< `concurrency` prompts prefilled together
        Range tokens_per_s_range;
        Range aggregate_tokens_per_s_range;
        Range ttft_s_range;
        Bottleneck bottleneck = Bottleneck::Compute;
        /// Mean time to first token when `concurrency` prompts arrive together
        /// and queue for the engine's prefill chunks (= ttft_s at concurrency 1).
        double ttft_s_at_concurrency = 0;
        Range ttft_s_at_concurrency_range;
        double chunks = 1;              ///< forward passes the concurrent prompts take
    } prefill;

    /// `concurrency` clients, each sending a `prompt`-token request and
    /// reading `output` tokens, again and again, their requests arriving as
    /// `workload.arrivals` says (MODEL.md §5).
    struct Serving {
        double output_tokens_per_s = 0;  ///< generated tokens/s of all clients together
        Range output_tokens_per_s_range;
        /// Mean time from a client's request to its first token while all
        /// clients are served: its prefill pass, shared with the prompts that
        /// arrived with it, after the step or pass under way when it came.
        double ttft_s = 0;
        Range ttft_s_range;
        /// Mean time per output token after the first that a client sees: its
        /// share of the decode steps plus the prefill passes of other clients'
        /// prompts that run between them.
        double tpot_ms = 0;
        Range tpot_ms_range;
        double prompts_per_pass = 1;     ///< prompts one prefill pass takes on average
    } serving;

    Cost cost;

    std::vector<Assumption> assumptions;
};

/// How a detailed plan lists memory per device (Plan::memory.per_device).
enum class DeviceRows {
    Each,     ///< one row per device: what the plan file documents
    Grouped,  ///< a stage's devices, and consecutive stages that hold the same, as one row with a count:
              ///< what a summary shows; at most about two rows per layer whatever the pool's size
};

struct PlanOptions {
    bool detail = true;          ///< per-device memory, texts, assumptions and the roofline; off for search
    bool find_min_nodes = true;  ///< search 1..64 machines of the first group's system
    DeviceRows device_rows = DeviceRows::Each;  ///< with detail: a row per device, or grouped rows
};

/// Plans a scenario. Returns an Error naming the scenario field when an id is
/// unknown, a number out of range, or the combination impossible to express
/// (an engine that cannot load the format...). A scenario that simply does not
/// fit is a Plan with fits == false and the reasons.
[[nodiscard]] Result<Plan> plan(const Scenario& scenario, const Catalog& catalog, const PlanOptions& options = {});

/// Expected distinct routed experts touched by `tokens` tokens each picking
/// `top_k` of `experts`: E (1 - (1 - k/E)^B). U(1) = k, U(inf) = E.
[[nodiscard]] double experts_touched(int experts, int top_k, double tokens) noexcept;

/// KV-cache bytes per token (all layers) for an attention kind and engine layout.
[[nodiscard]] double kv_bytes_per_token(const ModelArch& arch, bool mla_compressed, double bytes_per_element) noexcept;

/// The engine "auto" resolves to for a format on a pool: the preferred engine
/// for the format's family when it runs on every machine of the pool, else
/// another engine that loads the format and does; empty when none does (plan()
/// then returns a plan that does not fit, naming the nearest variant that runs).
[[nodiscard]] std::string auto_engine(const Scenario& scenario, const Catalog& catalog);

}  // namespace deepplan
