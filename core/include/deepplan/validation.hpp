#pragma once
// Validation against published measurements (MODEL.md §6): each row of
// resources/validation/measurements.csv that maps to a scenario is planned,
// and the plan figure it corresponds to is compared with the measured value.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "deepplan/catalog.hpp"
#include "deepplan/error.hpp"
#include "deepplan/plan.hpp"
#include "deepplan/scenario.hpp"

namespace deepplan {

/// What a plan figure measures, which decides how errors and ranges read it.
enum class FigureKind {
    Rate,    ///< tokens/s: bigger is faster
    Time,    ///< seconds or ms per token: bigger is slower
    Memory,  ///< GB: does not depend on the fitted efficiencies
};

/// The plan figures a measurement can be mapped to:
/// `decode.tokens_per_s` (per stream at the concurrency),
/// `decode.aggregate_tokens_per_s` and its `_per_node` / `_per_device` shares,
/// `decode.tpot_ms` (1000 / per-stream tokens/s), `prefill.tokens_per_s` and
/// `prefill.tokens_per_s_per_node` (one prompt alone),
/// `prefill.aggregate_tokens_per_s` and `_per_node` (`concurrency` prompts
/// per pass), `prefill.ttft_s`,
/// `latency.end_to_end_s` (TTFT + output / per-stream tokens/s),
/// `serving.output_tokens_per_s` (a throughput benchmark at the concurrency:
/// output / (prompt / prefill aggregate + output / decode aggregate)),
/// `memory.kv_total_gb`, `memory.weights_total_gb`, `memory.used_gb`.
[[nodiscard]] const std::vector<std::string>& figure_names();
/// The kind of a figure name; nullopt for an unknown name.
[[nodiscard]] std::optional<FigureKind> figure_kind(const std::string& figure);
/// The value of a figure in a plan (units as in the name). Returns NaN for an unknown name.
[[nodiscard]] double figure_value(const std::string& figure, const Plan& plan, const Workload& workload);

/// One row of the measurements file, with its mapping.
struct ValidationCase {
    int line = 0;               ///< line in the file (header = 1)
    std::string id;
    std::string tier;           ///< "A", "B" (fitted and counted) or "C" (shown only)
    std::string metric;         ///< the source's own metric text
    double value = 0;           ///< the source's figure, in `unit`
    std::string unit;
    std::string source_url;
    /// Independent-source tag: every row of one publication, blog, benchmark
    /// repository or issue thread (one setup) shares it; leave-one-source-out
    /// cross-validation holds them out together.
    std::string source;
    std::string engine_version;   ///< the engine's release as the source states it, or "not stated"
    std::string measured_date;    ///< YYYY, YYYY-MM or YYYY-MM-DD (as stated or published), or "not stated"
    std::string quote;            ///< the source's sentence with the figure (may be empty for older rows)
    bool mapped = false;
    std::string note;           ///< mapping note, or why the row is unmapped
    std::string figure;         ///< plan figure (mapped rows)
    double measured = 0;        ///< the measurement in the figure's unit
    Scenario scenario;          ///< mapped rows

    /// False when the row's `fit` column is 0: counted and cross-validated,
    /// never fitted, because the figure depends on physics the planner does not
    /// model yet (the note says which), so fitting it would make an efficiency
    /// stand for that physics.
    bool fit = true;

    /// Tier A or B: counted in the summaries.
    [[nodiscard]] bool counted() const { return mapped && (tier == "A" || tier == "B"); }
    /// Counted and not excluded from fitting: the cases calibrate() fits on.
    [[nodiscard]] bool fitted() const { return counted() && fit; }
};

/// Parses the CSV text of a measurements file (RFC 4180 quoting). The header
/// must hold every column the reader uses. Errors name the line, the case id
/// and the column: `measurements.csv line 12 (case "x"), column scn_pool`.
[[nodiscard]] Result<std::vector<ValidationCase>> parse_cases_csv(const std::string& text,
                                                                   const std::string& file_name = "measurements.csv");
/// Reads and parses a measurements file.
[[nodiscard]] Result<std::vector<ValidationCase>> read_cases(const std::filesystem::path& path);

/// An (engine, device class) pair: the key of one fitted efficiency block.
struct EfficiencyKey {
    std::string engine;
    DeviceClass device_class = DeviceClass::DatacenterGpu;
    auto operator<=>(const EfficiencyKey&) const = default;
};

/// One case recomputed.
struct CasePrediction {
    std::string id;
    std::string tier;
    std::string source;         ///< the case's independent-source tag
    std::string regime;         ///< "<family>/<placement>/<concurrency>", see case_regime(); "?" when the plan failed
    std::string case_class;     ///< "datacenter-gpu", "consumer-gpu", "apple", "cpu", "hybrid-offload", "multi-node"
    std::string figure;
    FigureKind kind = FigureKind::Rate;
    double measured = 0;
    double predicted = 0;       ///< NaN when the plan failed
    double ratio = 0;           ///< measured / predicted
    bool counted = false;       ///< tier A/B and predicted
    bool fits = true;           ///< the plan fits the pool
    std::string error;          ///< why the plan failed, empty when it did not
    std::vector<EfficiencyKey> uses;  ///< efficiency blocks the plan used

    /// |predicted / measured - 1|.
    [[nodiscard]] double abs_error() const;
    /// measured/predicted as a speed: the ratio for rates, its inverse for times.
    [[nodiscard]] double speed_ratio() const;
};

/// The class a case reports under: "multi-node" when the pool has more than
/// one machine, "hybrid-offload" when the plan offloads, "cpu" without an
/// accelerator, else the accelerator's device class.
[[nodiscard]] std::string case_class(const Plan& plan, const Scenario& scenario, const Catalog& catalog);
/// The class names in report order.
[[nodiscard]] const std::vector<std::string>& case_class_names();

/// The regime a case reports under, three parts:
/// family `dense` or `moe` (the model has routed experts);
/// placement `multi-machine` (the pool has more than one machine), else
/// `offload` (the plan offloads weights to host RAM), else `tp-one-machine`
/// (more than one accelerator of one machine: tensor parallel or layer
/// split), else `one-device` (one accelerator, or a CPU-only machine);
/// concurrency `c1`, `c2-16` or `c17+` (the workload's concurrency).
struct Regime {
    std::string family;
    std::string placement;
    std::string concurrency;
    /// "moe/one-device/c1".
    [[nodiscard]] std::string name() const { return family + "/" + placement + "/" + concurrency; }
};
[[nodiscard]] Regime case_regime(const Plan& plan, const Scenario& scenario, const Catalog& catalog);
/// The parts of a regime, in report order.
[[nodiscard]] const std::vector<std::string>& regime_families();
[[nodiscard]] const std::vector<std::string>& regime_placements();
[[nodiscard]] const std::vector<std::string>& regime_concurrencies();
/// Every grouping of regimes in report order: single parts ("dense",
/// "offload", "c1"), pairs ("moe/one-device", "dense/c2-16",
/// "one-device/c1") and full regimes ("moe/one-device/c1"). Parts appear in
/// the order family/placement/concurrency.
[[nodiscard]] const std::vector<std::string>& regime_groupings();
/// Whether a case's regime name ("moe/one-device/c1") belongs to a grouping ("moe/c1").
[[nodiscard]] bool regime_in_grouping(const std::string& regime, const std::string& grouping);

/// Plans a mapped case and compares. A plan error is reported in `error`.
[[nodiscard]] CasePrediction predict_case(const ValidationCase& c, const Catalog& catalog);

/// Error statistics of counted predictions (errors as fractions: 0.12 = 12 %).
struct ErrorSummary {
    int n = 0;
    double median_abs_error = 0;
    double within_25 = 0;   ///< share with |predicted/measured - 1| <= 0.25
    double within_50 = 0;
    double within_factor_1_5 = 0;  ///< share with 1/1.5 <= predicted/measured <= 1.5
    /// Median of predicted ÷ measured, as speeds (a time figure's ratio is
    /// inverted): above 1 the plans are too optimistic, below 1 too slow.
    double median_ratio = 0;
};

/// Summary of the counted predictions, optionally of one class only.
[[nodiscard]] ErrorSummary summarize(const std::vector<CasePrediction>& predictions, const std::string& case_class = {});
/// Summary of the counted predictions in a regime grouping (regime_groupings()).
[[nodiscard]] ErrorSummary summarize_regime(const std::vector<CasePrediction>& predictions, const std::string& grouping);
/// Summaries of every regime grouping that has counted predictions.
[[nodiscard]] std::map<std::string, ErrorSummary> summarize_regimes(const std::vector<CasePrediction>& predictions);
/// Distinct sources among the counted predictions.
[[nodiscard]] int count_sources(const std::vector<CasePrediction>& predictions);

/// Every mapped case recomputed, with summaries overall and per class.
/// The cross-validated part is filled by cross_validate_by_source() (cross_validation.hpp).
struct ValidationReport {
    std::vector<CasePrediction> cases;
    ErrorSummary overall;
    std::map<std::string, ErrorSummary> classes;
    std::map<std::string, ErrorSummary> regimes;  ///< by regime grouping (regime_groupings())
    int n_sources = 0;                            ///< distinct sources of the counted cases
    int unmapped = 0;
    bool cross_validated = false;
    std::string cv_method;                  ///< "leave-one-source-out"
    std::vector<CasePrediction> cv_cases;   ///< same order as `cases`
    ErrorSummary cv_overall;
    std::map<std::string, ErrorSummary> cv_classes;
    std::map<std::string, ErrorSummary> cv_regimes;
};

/// Recomputes every mapped case with the catalog as it is (in-sample).
[[nodiscard]] ValidationReport validate(const std::vector<ValidationCase>& cases, const Catalog& catalog);

/// The targets. In-sample: at least `min_cases` counted cases and median
/// absolute error <= 0.20 overall. Cross-validated (issue 10, when present):
/// median absolute error <= 0.20 overall, >= 80 % of cases within a factor
/// of 1.5, and in every regime grouping with at least 5 cases a median
/// absolute error <= 0.30 and a median ratio within [0.8, 1.25].
/// Returns the failures, empty when all are met.
[[nodiscard]] std::vector<std::string> check_targets(const ValidationReport& report, int min_cases = 40);

}  // namespace deepplan
