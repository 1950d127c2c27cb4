#pragma once
// Fitting the engine efficiencies on the validation cases (MODEL.md §6, §7).
//
// Each (engine, device class) block holds eta_mem, eta_flop, eta_prefill and
// per-step overheads. A block is fitted on the tier A/B rate and time cases
// whose plans use it, by minimising the sum of log(measured / predicted)^2
// plus a weak pull towards the block's prior, with a coordinate search
// (a coarse grid then golden-section refinement on each parameter, within
// physical bounds, repeated until no parameter moves). A parameter none of
// the block's cases is sensitive to stays at its prior, and a block never
// frees more parameters than it has cases. Fitting starts from the priors,
// never from the previous fit, so that it is reproducible.

#include <map>
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

struct FitOptions {
    int max_sweeps = 6;            ///< passes over all parameters of a block
    int outer_passes = 2;          ///< passes over all blocks (blocks share cases through offload)
    double prior_weight = 0.02;    ///< weight of log(value / prior)^2 per parameter (overheads: scaled by 1 ms)
    int min_range_cases = 5;       ///< fewer than this: ranges come from the pooled class
    /// Fit only these blocks (empty = every block with cases); others keep the catalog's values.
    std::set<EfficiencyKey> only;
    /// Case ids left out of the fit (cross-validation).
    std::set<std::string> exclude;
};

/// One fitted block and where its values came from.
struct FittedEfficiency {
    EfficiencyKey key;
    Efficiency value;                     ///< with cases, note, range_low/high set
    std::vector<std::string> free_params; ///< parameters the cases constrained
    double rms_log_before = 0;            ///< RMS of log(measured/predicted) at the prior
    double rms_log_after = 0;
    std::string range_source;             ///< "own cases", "pooled <class>", "all cases"
};

struct CalibrationResult {
    Catalog catalog;                      ///< the input catalog with the fitted blocks in place
    std::vector<FittedEfficiency> fitted;
};

/// Fits every block that has cases. `catalog` supplies everything else (and
/// the blocks' current values where `options.only` leaves them out).
[[nodiscard]] CalibrationResult calibrate(const std::vector<ValidationCase>& cases, const Catalog& catalog,
                                          const EfficiencyPriors& priors, const FitOptions& options = {});

/// Leave-one-out cross-validation: each counted rate/time case is predicted
/// after refitting, without it, the blocks its plan uses (the other blocks
/// keep their full-fit values). Memory cases do not depend on the fit and
/// keep their in-sample prediction. Fills the report's cv_* fields.
void cross_validate(ValidationReport& report, const std::vector<ValidationCase>& cases, const Catalog& fitted_catalog,
                    const EfficiencyPriors& priors, const FitOptions& options = {});

/// The text of engines.json with the fitted blocks' `efficiency` entries
/// replaced (values, `prior`, `cases`, `note`, ranges); every other byte of
/// the document's content is kept. Errors name the engine that is missing.
[[nodiscard]] Result<std::string> write_efficiencies(const std::string& engines_json_text, const CalibrationResult& result,
                                                     const EfficiencyPriors& priors);

/// "eta_mem", ... : the parameter names of an efficiency block, in fit order.
[[nodiscard]] const std::vector<std::string>& efficiency_parameter_names();

}  // namespace deepplan
