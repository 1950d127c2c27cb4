#pragma once
// Fitting the engine efficiencies on the validation cases (MODEL.md §6, §7).
//
// Each (engine, device class) block holds eta_mem, eta_flop, eta_prefill and
// per-step overheads. A block's value is its prior (physics, documented in
// engines.json) times factors: the efficiencies share one factor per
// (device class, parameter) across engines, because the achievable share of
// bandwidth and FLOP/s is the memory system's and tensor units'; an engine
// adds its own efficiency factor only where >= 3 of its own cases respond to
// it. Overheads (the engine's software) get a class-wide factor and one per
// (engine, class), shrunk towards the class while the block has < 3 cases.
// The factors minimise the sum of log(measured / predicted)^2 over the tier
// A/B rate and time cases plus pulls towards 1, by a coordinate search (a
// coarse grid then golden-section refinement). A factor none of its cases
// responds to stays at 1. Fitting starts from the priors, never from the
// previous fit, so that it is reproducible.

#include <filesystem>
#include <map>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "deepplan/catalog.hpp"
#include "deepplan/error.hpp"
#include "deepplan/validation.hpp"

namespace deepplan {

/// The values a fit starts from and falls back to, per block.
using EfficiencyPriors = std::map<EfficiencyKey, Efficiency>;

/// Reads the priors from an engines.json document: each efficiency block's
/// `prior` object when present (fields as the block's own), else the block's
/// current values. Errors name `engines[i].efficiency.<class>.prior.<field>`.
[[nodiscard]] Result<EfficiencyPriors> read_priors(const nlohmann::json& engines_doc);

/// The fit's bounds, floors and shrinkage: data, read from
/// resources/validation/fit-settings.json (each value there says why it is
/// what it is). The initialisers are the shipped file's values, so a caller
/// that reads no file fits the same way.
struct FitSettings {
    double prior_weight = 0.02;            ///< weight of log(class factor)^2, i.e. of log(value / prior)^2 when the engine factor is 1
    double engine_eta_shrink = 0.1;        ///< weight of log(engine efficiency factor)^2
    double small_block_shrink = 1.0;       ///< weight of log(engine overhead factor)^2 while it has < min_own_overhead_cases
    int min_engine_eta_cases = 3;          ///< own responsive cases before an engine gets its own efficiency factor
    int min_own_overhead_cases = 3;        ///< below this, an engine's overhead factor is shrunk towards the class
    double factor_log_low = -4.0;          ///< lowest log factor searched
    double factor_log_high = 3.0;          ///< highest log factor searched
    double min_eta_mem_accelerator = 0.55; ///< floor of eta_mem on GPUs and Apple silicon
    double min_eta_mem_cpu = 0.15;         ///< floor of eta_mem on CPUs
    double responsive_log_change = 0.10;   ///< |change of log prediction| under a large move that makes a case "responsive"
};

/// Reads fit-settings.json through the bounded JSON reader. Every setting is
/// `{"value": number, "reason": "why"}`; a missing, unknown or out-of-range
/// setting is an Error naming `settings.<name>.value`.
[[nodiscard]] Result<FitSettings> read_fit_settings(const std::filesystem::path& path);

struct FitOptions {
    int max_sweeps = 8;            ///< passes over all free factors (stops earlier when nothing moves)
    int min_range_cases = 5;       ///< fewer than this: ranges come from the pooled class
    FitSettings settings;          ///< bounds, floors and shrinkage (fit-settings.json)
    /// Case ids left out of the fit (cross-validation).
    std::set<std::string> exclude;
    /// cross_validate_by_source(): called after each held-out source with (done, total),
    /// from the worker threads (one call at a time).
    std::function<void(std::size_t, std::size_t)> progress;
};

/// One fitted block and where its values came from.
struct FittedEfficiency {
    EfficiencyKey key;
    Efficiency value;                     ///< with cases, note, range_low/high set
    std::vector<std::string> free_params; ///< factors the cases constrained: "eta_mem (class)", "overheads (engine)", ...
    double rms_log_before = 0;            ///< RMS of log(measured/predicted) at the prior
    double rms_log_after = 0;
    std::string range_source;             ///< "own cases", "pooled <class>", "all cases"
};

struct CalibrationResult {
    Catalog catalog;                      ///< the input catalog with the fitted blocks in place
    std::vector<FittedEfficiency> fitted;
};

/// Fits the factors and writes every efficiency block of `catalog` (blocks
/// without cases of their own take their class's factors). `catalog`
/// supplies everything else.
[[nodiscard]] CalibrationResult calibrate(const std::vector<ValidationCase>& cases, const Catalog& catalog,
                                          const EfficiencyPriors& priors, const FitOptions& options = {});

/// The text of engines.json with the fitted blocks' `efficiency` entries
/// replaced (values, `prior`, `cases`, `note`, ranges); every other byte of
/// the document's content is kept. Errors name the engine that is missing.
[[nodiscard]] Result<std::string> write_efficiencies(const std::string& engines_json_text, const CalibrationResult& result,
                                                     const EfficiencyPriors& priors);

/// "eta_mem", ... : the parameter names of an efficiency block, in fit order.
[[nodiscard]] const std::vector<std::string>& efficiency_parameter_names();

}  // namespace deepplan
