#pragma once
// Every fitted efficiency parameter, declared once. This table drives the
// catalog's parsing (engines.json `efficiency` blocks), the calibration's
// bounds, factor slots and write-back, the priors' parsing, the plan's
// assumptions list and the optimizer's overhead floor. The default is the
// member's initial value in `Efficiency` (deepplan/engine.hpp). Adding a
// parameter: a member in Efficiency, a row here, and the formula that uses it.

#include <array>

#include "deepplan/engine.hpp"

namespace deepplan::efficiency {

/// How a parameter enters the calibration and the bounds.
enum class Kind {
    Share,         ///< a share of a vendor peak: scaled by its own factor, clamped to [fit_low, fit_high]
    PassOverhead,  ///< microseconds per pass, every layer: scaled by the overheads factor; the optimizer's floor takes its minimum
    MoeOverhead,   ///< microseconds per pass, MoE layers only: a factor of its own (only MoE cases inform it); floor as PassOverhead
    NodeOverhead,  ///< microseconds per step per extra machine: a factor of its own
    LaunchOverhead,  ///< host microseconds per layer to launch an eager prefill pass: a factor of its own (only prefill cases inform it)
};

/// When the plan lists a parameter among its assumptions.
enum class Shown { Always, WhenNonZero, WhenNonZeroOnSeveralMachines };

struct Param {
    const char* json;        ///< key in engines.json and in the priors
    const char* name;        ///< name in the plan's assumptions
    double Efficiency::*member;
    const char* unit;        ///< as the assumptions state it
    bool required;           ///< the catalog must state it (else the member's default)
    double parse_min;        ///< range a catalog or prior may state
    double parse_max;
    double fit_low;          ///< physical bounds of the calibration
    double fit_high;
    Kind kind;
    Shown shown;
    const char* description;
};

// Fit bounds: efficiencies are shares of a vendor peak; overheads are per
// decode step, so a few ms is already extreme (the per-machine coordination
// of a step goes over the host network: up to 0.1 s).
inline constexpr std::array<Param, 10> kParams = {{
    {"eta_mem", "eta_mem", &Efficiency::eta_mem, "fraction of peak bandwidth", true, 1e-3, 1.0, 0.10, 0.95, Kind::Share,
     Shown::Always, "achieved share of peak memory bandwidth in decode"},
    {"eta_flop", "eta_flop", &Efficiency::eta_flop, "fraction of peak FLOP/s", true, 1e-4, 1.0, 0.002, 0.90, Kind::Share,
     Shown::Always, "achieved share of peak FLOP/s in decode"},
    {"eta_prefill", "eta_prefill", &Efficiency::eta_prefill, "fraction of peak FLOP/s", true, 1e-4, 1.0, 0.002, 0.90,
     Kind::Share, Shown::Always, "achieved share of peak FLOP/s in prefill"},
    {"step_overhead_us", "step_overhead", &Efficiency::step_overhead_us, "us per stage per step", false, 0, 1e7, 0, 50000,
     Kind::PassOverhead, Shown::Always, "per pass per stage: scheduler, input preparation, sampling (host work the engine does not overlap)"},
    {"layer_overhead_us", "layer_overhead", &Efficiency::layer_overhead_us, "us per layer per step", false, 0, 1e7, 0, 2000,
     Kind::PassOverhead, Shown::Always, "per layer (dense or MoE) per pass: the fixed kernel time of norms, rotary, attention and small GEMMs"},
    {"moe_layer_overhead_us", "moe_layer_overhead", &Efficiency::moe_layer_overhead_us, "us per MoE layer per step", false, 0,
     1e7, 0, 5000, Kind::MoeOverhead, Shown::Always, "extra per MoE layer per pass: router, fused-MoE kernel floor, expert gather"},
    {"expert_overhead_us", "expert_overhead", &Efficiency::expert_overhead_us, "us per expert touched per MoE layer per pass",
     false, 0, 1e7, 0, 1000, Kind::MoeOverhead, Shown::WhenNonZero, "per routed expert a pass touches, per MoE layer"},
    {"node_overhead_us", "node_overhead", &Efficiency::node_overhead_us, "us per step per machine beyond the first", false, 0,
     1e7, 0, 100000, Kind::NodeOverhead, Shown::WhenNonZeroOnSeveralMachines,
     "per step per machine beyond the first that one replica spans"},
    {"prefill_launch_us", "prefill_launch", &Efficiency::prefill_launch_us, "us per layer per prefill pass", false, 0, 1e7, 0,
     20000, Kind::LaunchOverhead, Shown::WhenNonZero,
     "host time to launch one layer's kernels in a prefill pass outside CUDA graphs; a pass lasts at least the sum"},
    {"moe_prefill_launch_us", "moe_prefill_launch", &Efficiency::moe_prefill_launch_us, "us per MoE layer per prefill pass",
     false, 0, 1e7, 0, 50000, Kind::LaunchOverhead, Shown::WhenNonZero,
     "extra launch time of an MoE layer in a prefill pass outside CUDA graphs (router, expert and shared-expert kernels)"},
}};

}  // namespace deepplan::efficiency
