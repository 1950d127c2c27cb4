#pragma once
// The optimizer's candidates and the bounds that prune them before planning.
// Every bound is built from the planner's and the machine rules' own
// functions (hardware/machine.hpp, planner/planner.hpp, model/layers.hpp), so
// a change to a formula there moves the bound with it.

#include "deepplan/catalog.hpp"
#include "deepplan/engine.hpp"
#include "deepplan/scenario.hpp"

namespace deepplan::search_bounds {

/// One machine as a candidate builds it: a system, optionally with cards added.
struct MachineConfig {
    const System* system = nullptr;
    const Device* accel = nullptr;     ///< nullptr = CPU only
    int accel_count = 0;
    bool added = false;                ///< accelerators added to a host machine
    const Device* cpu = nullptr;
    double host_usable_b = 0;          ///< as the planner computes it
    // Money of one machine, from compute_cost on a one-machine pool.
    bool capex_known = false;
    double capex_usd = 0;
    bool rent_known = false;
    double rent_usd_per_hour = 0;      ///< wall-clock bill
};

/// A variant of the model with its weight bytes.
struct VariantInfo {
    const WeightFormat* format = nullptr;
    double weights_b = 0;              ///< main model
    double mtp_b = 0;                  ///< MTP module(s)
    double step_b = 0;                 ///< weights one decode step reads for one token, at least
};

/// The variant's bytes; `step_b` as the planner counts one token's read.
[[nodiscard]] VariantInfo variant_info(const ModelArch& model, const WeightFormat& f);

/// Usable bytes of one accelerator under an engine, before its activations:
/// an upper bound of what the planner lets a device hold.
[[nodiscard]] double accel_usable_b(const Device& d, const EngineProfile& e, bool raise_wired);

/// The planner's offload conditions for one machine of a config.
[[nodiscard]] bool offload_allowed(const EngineProfile& e, const MachineConfig& m, const ModelArch& model, OffloadMode mode);

/// An upper bound of decode tokens/s per stream on `nodes` machines of a
/// config; infinity when no bound applies.
[[nodiscard]] double tokens_per_s_bound(const EngineProfile& e, const MachineConfig& m, OffloadMode mode, int nodes,
                                        double step_b, bool mtp, const ModelArch& model);

}  // namespace deepplan::search_bounds
