// Validation and calibration: the shipped measurements meet the accuracy
// targets of issue 4, the shipped efficiencies are what the fit produces, and
// a bad measurements file is reported by line and column.

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "deepplan/calibration.hpp"
#include "deepplan/cross_validation.hpp"
#include "deepplan/validation.hpp"
#include "test_support.hpp"

namespace deepplan {
namespace {

const std::filesystem::path kResources(RESOURCES_DIR);

std::string read_text(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const std::vector<ValidationCase>& shipped_cases()
{
    static const std::vector<ValidationCase> cases = [] {
        auto r = read_cases(kResources / "validation" / "measurements.csv");
        if (!r) {
            ADD_FAILURE() << r.error().describe();
            return std::vector<ValidationCase>{};
        }
        return r.value();
    }();
    return cases;
}

EfficiencyPriors shipped_priors()
{
    auto doc = nlohmann::json::parse(read_text(kResources / "catalog" / "engines.json"));
    auto r = read_priors(doc);
    EXPECT_TRUE(r.ok());
    return r ? r.value() : EfficiencyPriors{};
}

// Issue 10's targets, leave-one-source-out over tier A/B cases: median
// absolute error <= 20 % overall and >= 80 % within a factor of 1.5; in every
// regime grouping with >= 5 cases a median error <= 30 % and a median ratio
// (predicted / measured as speeds) within [0.8, 1.25].
constexpr double kOverallTarget = 0.20;
constexpr double kRegimeTarget = 0.30;
constexpr double kWithinFactorTarget = 0.80;
constexpr double kRatioLow = 0.8;
constexpr double kRatioHigh = 1.25;
constexpr int kRegimeMinCases = 5;

// What does NOT meet the targets yet: the physics work on issue 10 (overheads
// by cause, engine generations, serving under concurrency) must tighten these.
// Each bound is today's achieved value rounded outwards to the next 5 % (or
// 0.05 in ratio), so nothing can get worse unnoticed; when a figure meets its
// target, remove its entry and the target applies. Everything not listed
// here is asserted at the target.
struct PhysicsMustTighten {
    double overall_median_abs_error = kOverallTarget;   // bound on the LOSO median error overall
    double overall_within_factor_1_5 = kWithinFactorTarget;  // floor on the LOSO share within 1.5x
    /// regime grouping -> bound on its LOSO median absolute error
    std::map<std::string, double> regime_median_abs_error;
    /// regime grouping -> [low, high] bounds on its LOSO median ratio
    std::map<std::string, std::pair<double, double>> regime_median_ratio;
};
const PhysicsMustTighten& physics_must_tighten()
{
    static const PhysicsMustTighten gaps = [] {
        PhysicsMustTighten g;
        // From `deepplan-cli validate` (leave-one-source-out) on the shipped
        // files, 221 counted cases from 40 sources: every target is met, so
        // no gap is listed and the targets apply everywhere. What
        // closed the last ones: staggered arrivals (a closed-loop client's
        // prompt takes a pass of its own that stalls the others' decoding;
        // benchmark TPOT and TTFT rows map to what a client sees: moe/c2-16
        // 31 -> 28 %) and two more sources of DeepSeek-R1 at one request on
        // several machines (SGLang TP16 on 2x8 H20, TP32 on 4x8 L40S:
        // moe/multi-machine/c1 38 -> 23 %). Still thin (PHYSICS-NOTES 12-13):
        // TTFT under load, B200 against H200 decode, SGLang 0.4's TP16
        // reports of February and July 2025.
        return g;
    }();
    return gaps;
}

const char* kHeader =
    "id,tier,metric,value,unit,source_url,source,engine_version,measured_date,status,figure,measured,scn_model,scn_variant,scn_engine,scn_pool,"
    "scn_concurrency,scn_prompt,scn_output,scn_context,scn_offload,scn_mtp,scn_raise_wired,scn_kv_bytes,note\n";

ValidationReport shipped_report(bool with_cv)
{
    const Catalog& catalog = test::shipped_catalog();
    ValidationReport r = validate(shipped_cases(), catalog);
    if (with_cv) cross_validate_by_source(r, shipped_cases(), catalog, shipped_priors());
    return r;
}

const ValidationReport& shipped_loso_report()
{
    static const ValidationReport r = shipped_report(true);
    return r;
}

TEST(Validation, ShippedCasesParseAndMostAreMapped)
{
    const auto& cases = shipped_cases();
    ASSERT_FALSE(cases.empty());
    int counted = 0;
    std::set<std::string> sources;
    for (const auto& c : cases) {
        counted += c.counted() ? 1 : 0;
        if (!c.mapped) {
            EXPECT_FALSE(c.note.empty()) << c.id << " is unmapped without a reason";
        }
        EXPECT_EQ(c.source_url.rfind("http", 0), 0U) << c.id;
        EXPECT_FALSE(c.source.empty()) << c.id;
        EXPECT_FALSE(c.engine_version.empty()) << c.id;
        EXPECT_FALSE(c.measured_date.empty()) << c.id;
        if (c.counted()) sources.insert(c.source);
    }
    EXPECT_GE(counted, 40);
    EXPECT_GE(sources.size(), 20U);
}

TEST(Validation, RowsOfOneUrlShareTheirSource)
{
    // A source tag may span several URLs (one benchmark repository), but one
    // URL never splits over two sources: its rows would predict each other.
    std::map<std::string, std::string> source_of_url;
    for (const auto& c : shipped_cases()) {
        auto [it, fresh] = source_of_url.emplace(c.source_url, c.source);
        if (!fresh) {
            EXPECT_EQ(it->second, c.source) << c.id << " (" << c.source_url << ")";
        }
    }
}

TEST(Validation, EveryMappedCasePlans)
{
    const auto r = shipped_report(false);
    for (const auto& c : r.cases) {
        EXPECT_TRUE(c.error.empty()) << c.id << ": " << c.error;
        EXPECT_TRUE(std::isfinite(c.predicted)) << c.id;
    }
}

const CasePrediction* find_case(const std::vector<CasePrediction>& cases, const std::string& id)
{
    for (const auto& c : cases) {
        if (c.id == id) return &c;
    }
    return nullptr;
}

TEST(Validation, KnownRowsFallInTheirRegimes)
{
    const auto r = shipped_report(false);
    const std::map<std::string, std::string> expected = {
        {"geerling_distill14b_rtx3060", "dense/one-device/c1"},        // one RTX 3060
        {"xeon6980p_llamacpp_distill70b_q8_tpot", "dense/one-device/c1"},  // CPU-only machine
        {"jl_distill32b_bf16_4x3090_sglang", "dense/tp-one-machine/c1"},   // SGLang TP4
        {"amd_mi300x_sglang_c1_nomtp", "moe/tp-one-machine/c1"},         // 8x MI300X
        {"ix_h200_sglang_c64_out_per_gpu", "moe/tp-one-machine/c17+"},   // 8x H200 at 64
        {"trtllm_h200_maxthroughput", "moe/tp-one-machine/c17+"},
        {"vllm_8xh200nvl_c32_user", "moe/tp-one-machine/c17+"},
        {"sglang_2x8h100_tp16_user", "moe/multi-machine/c1"},            // two HGX nodes
        {"strixhalo4_rpc_q2kxl_vulkan_tg128", "moe/multi-machine/c1"},
        {"kt_v02_dual_8exp_decode", "moe/offload/c1"},                   // experts on the CPU
        {"llamacpp_dual6454s_8exp_decode", "moe/offload/c1"},            // layers on the CPU
        {"sglang_h20_prefill_per_node", "moe/tp-one-machine/c2-16"},     // 4 prompts per pass
    };
    for (const auto& [id, regime] : expected) {
        const auto* c = find_case(r.cases, id);
        ASSERT_NE(c, nullptr) << id;
        EXPECT_EQ(c->regime, regime) << id;
    }
    EXPECT_TRUE(regime_in_grouping("moe/one-device/c1", "moe"));
    EXPECT_TRUE(regime_in_grouping("moe/one-device/c1", "moe/c1"));
    EXPECT_TRUE(regime_in_grouping("moe/one-device/c1", "one-device/c1"));
    EXPECT_FALSE(regime_in_grouping("moe/one-device/c1", "dense"));
    EXPECT_FALSE(regime_in_grouping("moe/one-device/c1", "moe/c17+"));
    // 2 + 4 + 3 single parts, 2x4 + 2x3 + 4x3 pairs, 2x4x3 full regimes.
    EXPECT_EQ(regime_groupings().size(), 9U + 26U + 24U);
}

TEST(Validation, LeaveOneSourceOutMeetsTheTargetsOrItsNamedGap)
{
    const auto& r = shipped_loso_report();
    ASSERT_TRUE(r.cross_validated);
    EXPECT_EQ(r.cv_method, "leave-one-source-out");
    EXPECT_GE(r.overall.n, 40);
    EXPECT_EQ(r.cv_overall.n, r.overall.n);
    EXPECT_GE(r.n_sources, 20);
    // In-sample overall still meets the older target.
    EXPECT_LE(r.overall.median_abs_error, kOverallTarget) << "in-sample overall";

    const auto& gaps = physics_must_tighten();
    auto pct = [](double v) { return std::to_string(static_cast<int>(std::lround(v * 100))) + " %"; };
    EXPECT_LE(r.cv_overall.median_abs_error, gaps.overall_median_abs_error) << "LOSO overall median error";
    EXPECT_GE(r.cv_overall.within_factor_1_5, gaps.overall_within_factor_1_5) << "LOSO overall share within 1.5x";
    if (gaps.overall_median_abs_error > kOverallTarget || gaps.overall_within_factor_1_5 < kWithinFactorTarget) {
        std::cout << "[ physics must tighten ] overall: median error " << pct(r.cv_overall.median_abs_error) << " (target "
                  << pct(kOverallTarget) << "), within 1.5x " << pct(r.cv_overall.within_factor_1_5) << " (target "
                  << pct(kWithinFactorTarget) << ")\n";
    }
    int checked = 0;
    for (const auto& [g, s] : r.cv_regimes) {
        if (s.n < kRegimeMinCases) continue;
        ++checked;
        const auto err_gap = gaps.regime_median_abs_error.find(g);
        const double err_bound = err_gap == gaps.regime_median_abs_error.end() ? kRegimeTarget : err_gap->second;
        EXPECT_LE(s.median_abs_error, err_bound) << "LOSO median error, regime " << g << " (n " << s.n << ")";
        const auto ratio_gap = gaps.regime_median_ratio.find(g);
        const auto ratio_bounds = ratio_gap == gaps.regime_median_ratio.end() ? std::make_pair(kRatioLow, kRatioHigh)
                                                                               : ratio_gap->second;
        EXPECT_GE(s.median_ratio, ratio_bounds.first) << "LOSO median ratio, regime " << g << " (n " << s.n << ")";
        EXPECT_LE(s.median_ratio, ratio_bounds.second) << "LOSO median ratio, regime " << g << " (n " << s.n << ")";
        if (err_gap != gaps.regime_median_abs_error.end() || ratio_gap != gaps.regime_median_ratio.end()) {
            std::cout << "[ physics must tighten ] " << g << " (n " << s.n << "): median error " << pct(s.median_abs_error)
                      << ", median ratio " << s.median_ratio << "\n";
        }
    }
    EXPECT_GE(checked, 5) << "regime groupings with at least " << kRegimeMinCases << " cases";
    // A gap entry for a grouping that no longer has 5 cases is stale.
    for (const auto& [g, bound] : gaps.regime_median_abs_error) {
        auto it = r.cv_regimes.find(g);
        EXPECT_TRUE(it != r.cv_regimes.end() && it->second.n >= kRegimeMinCases) << "stale gap entry " << g;
    }
    for (const auto& [g, bounds] : gaps.regime_median_ratio) {
        auto it = r.cv_regimes.find(g);
        EXPECT_TRUE(it != r.cv_regimes.end() && it->second.n >= kRegimeMinCases) << "stale gap entry " << g;
    }
}

// Two synthetic sources measure the same three llama.cpp deployments, one
// 1.6x faster than the plan and one 1.6x slower. Fitted on everything, the
// calibration splits the difference; leaving one source out fits the other
// source alone, so its rows are predicted 1.6x the wrong way again, which
// leave-one-out (where the held-out row's two siblings stay in the fit) hides.
TEST(CrossValidation, LeaveOneSourceOutHoldsOutWholeSources)
{
    const Catalog& catalog = test::shipped_catalog();
    const std::vector<std::string> templates = {"geerling_distill14b_rtx3060", "jl_distill32b_q8_4x3090", "ik_16x3090_tg128"};
    std::vector<ValidationCase> cases;
    for (const std::string source : {"fast-blog", "slow-thread"}) {
        const double factor = source == "fast-blog" ? 1.6 : 1.0 / 1.6;
        for (const auto& t : templates) {
            auto it = std::find_if(shipped_cases().begin(), shipped_cases().end(), [&](const ValidationCase& c) { return c.id == t; });
            ASSERT_NE(it, shipped_cases().end()) << t;
            ValidationCase c = *it;
            c.id = source + "_" + t;
            c.source = source;
            c.tier = "A";
            const CasePrediction shipped = predict_case(*it, catalog);
            ASSERT_TRUE(std::isfinite(shipped.predicted)) << t;
            c.measured = shipped.predicted * factor;
            cases.push_back(c);
        }
    }
    const auto priors = shipped_priors();
    const CalibrationResult all = calibrate(cases, catalog, priors);
    ValidationReport in_sample = validate(cases, all.catalog);
    ValidationReport loso = in_sample;
    cross_validate_by_source(loso, cases, all.catalog, priors, {}, 2);
    // Leave-one-out for comparison: each row predicted by a fit without that row alone.
    std::vector<double> loo_abs_error;
    for (const auto& c : cases) {
        FitOptions without_row;
        without_row.exclude.insert(c.id);
        const CalibrationResult refit = calibrate(cases, all.catalog, priors, without_row);
        loo_abs_error.push_back(predict_case(c, refit.catalog).abs_error());
    }
    ASSERT_TRUE(loso.cross_validated);
    EXPECT_EQ(loso.cv_method, "leave-one-source-out");
    EXPECT_EQ(loso.n_sources, 2);
    ASSERT_EQ(loso.cv_cases.size(), 6U);

    // The held-out predictions are exactly those of a fit on the other source's rows.
    for (const std::string source : {"fast-blog", "slow-thread"}) {
        FitOptions without;
        for (const auto& c : cases) {
            if (c.source == source) without.exclude.insert(c.id);
        }
        const CalibrationResult other = calibrate(cases, catalog, priors, without);
        for (std::size_t i = 0; i < cases.size(); ++i) {
            if (cases[i].source != source) continue;
            const CasePrediction expected = predict_case(cases[i], other.catalog);
            EXPECT_DOUBLE_EQ(loso.cv_cases[i].predicted, expected.predicted) << cases[i].id;
        }
    }
    // Measurably worse than in-sample and than leave-one-out, for every row:
    // the fit never saw anything like the held-out source. (Not the full 1.6x
    // the other way: the slow source alone asks for an eta_mem below the
    // accelerator floor of 0.55, so the fit without the fast rows stops there.)
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const double in = in_sample.cases[i].abs_error();
        const double one = loo_abs_error[i];
        const double src = loso.cv_cases[i].abs_error();
        EXPECT_GT(src, in + 0.10) << cases[i].id << ": in-sample " << in << ", LOSO " << src;
        EXPECT_GE(src, one - 0.01) << cases[i].id << ": leave-one-out " << one << ", LOSO " << src;
        // The bias shows in the ratio: the fast source is predicted too slow (ratio < 1), the slow one too fast.
        const double ratio = 1.0 / loso.cv_cases[i].speed_ratio();
        if (cases[i].source == "fast-blog") {
            EXPECT_LT(ratio, 0.8) << cases[i].id;
        } else {
            EXPECT_GT(ratio, 1.25) << cases[i].id;
        }
    }
    ASSERT_TRUE(loso.cv_regimes.count("dense"));
    EXPECT_EQ(loso.cv_regimes.at("dense").n, 4);
    EXPECT_EQ(loso.cv_regimes.at("moe/tp-one-machine/c1").n, 2);
    EXPECT_GT(loso.cv_overall.median_abs_error, in_sample.overall.median_abs_error + 0.15);
    std::vector<double> loo_sorted = loo_abs_error;
    std::sort(loo_sorted.begin(), loo_sorted.end());
    ASSERT_EQ(loo_sorted.size(), 6U);
    const double loo_median = (loo_sorted[2] + loo_sorted[3]) / 2;
    EXPECT_GT(loso.cv_overall.median_abs_error, loo_median + 0.05);
    EXPECT_LT(loso.cv_overall.within_factor_1_5, 0.5);
}

TEST(Validation, SummaryCountsFactorAndRatio)
{
    auto pred = [](std::string id, double measured, double predicted, FigureKind kind) {
        CasePrediction p;
        p.id = std::move(id);
        p.kind = kind;
        p.measured = measured;
        p.predicted = predicted;
        p.ratio = measured / predicted;
        p.counted = true;
        p.regime = "dense/one-device/c1";
        return p;
    };
    // Speeds predicted at 1.2x, 2x and 0.5x, a time predicted at 1.4x (a speed at 1/1.4).
    const std::vector<CasePrediction> v = {pred("a", 10, 12, FigureKind::Rate), pred("b", 10, 20, FigureKind::Rate),
                                           pred("c", 10, 5, FigureKind::Rate), pred("d", 10, 14, FigureKind::Time)};
    const ErrorSummary s = summarize(v);
    EXPECT_EQ(s.n, 4);
    EXPECT_DOUBLE_EQ(s.within_factor_1_5, 0.5);        // 1.2 and 1/1.4; not 2 and 0.5
    EXPECT_NEAR(s.median_ratio, (1 / 1.4 + 1.2) / 2, 1e-12);  // speeds: 0.5, 0.714, 1.2, 2
    EXPECT_NEAR(s.median_abs_error, (0.4 + 0.5) / 2, 1e-12);  // 0.2, 0.4, 0.5, 1.0
    EXPECT_EQ(summarize_regime(v, "dense/c1").n, 4);
    EXPECT_EQ(summarize_regime(v, "moe").n, 0);
}

TEST(Validation, SourceAndDateAreChecked)
{
    const std::string row_tail = ",mapped,decode.tokens_per_s,7.5,deepseek-r1,q8_0,llama.cpp,1x server-xeon-6980p-1s,1,1,128,128,none,0,0,,\n";
    auto parse = [&](const std::string& source, const std::string& version, const std::string& date) {
        return parse_cases_csv(std::string(kHeader) + "x,A,tg128,7.5,tok/s,https://example.org/x," + source + "," + version + "," +
                               date + row_tail);
    };
    auto ok = parse("blog-1", "b4567", "2025-03-01");
    ASSERT_TRUE(ok.ok()) << ok.error().describe();
    EXPECT_EQ(ok.value()[0].source, "blog-1");
    EXPECT_EQ(ok.value()[0].engine_version, "b4567");
    EXPECT_EQ(ok.value()[0].measured_date, "2025-03-01");
    for (const auto& [source, date, column] : std::vector<std::tuple<std::string, std::string, std::string>>{
             {"", "2025", "column source"},
             {"Blog One", "2025", "column source"},
             {"blog", "March 2025", "column measured_date"},
             {"blog", "2025-13", "column measured_date"},
             {"blog", "", "column measured_date"}}) {
        auto bad = parse(source, "not stated", date);
        ASSERT_FALSE(bad.ok()) << source << " " << date;
        EXPECT_NE(bad.error().describe().find(column), std::string::npos) << bad.error().describe();
    }
    auto no_column = parse_cases_csv("id,tier,metric,value,unit,source_url,status,figure,measured\n");
    ASSERT_FALSE(no_column.ok());
    EXPECT_NE(no_column.error().describe().find("source"), std::string::npos) << no_column.error().describe();
}

TEST(Validation, UnfittedRowsAreCountedButNeverFitted)
{
    const std::string header = "id,tier,metric,value,unit,source_url,source,engine_version,measured_date,status,fit,figure,measured,"
                               "scn_model,scn_variant,scn_engine,scn_pool,scn_concurrency,scn_prompt,scn_output,scn_context,"
                               "scn_offload,scn_mtp,scn_raise_wired,scn_kv_bytes,note\n";
    auto row = [](const std::string& fit, const std::string& note) {
        return "x,A,ttft,0.9,s,https://example.org/x,blog,not stated,2025,mapped," + fit +
               ",prefill.ttft_s,0.9,deepseek-r1,fp8,sglang,1x hgx-h200-8,4,3200,800,3200,none,0,0,," + note + "\n";
    };
    auto ok = parse_cases_csv(header + row("0", "not fitted: queueing"));
    ASSERT_TRUE(ok.ok()) << ok.error().describe();
    EXPECT_TRUE(ok.value()[0].counted());
    EXPECT_FALSE(ok.value()[0].fitted());
    auto fitted = parse_cases_csv(header + row("", "x"));
    ASSERT_TRUE(fitted.ok());
    EXPECT_TRUE(fitted.value()[0].fitted());
    auto no_reason = parse_cases_csv(header + row("0", "queueing"));
    ASSERT_FALSE(no_reason.ok());
    EXPECT_NE(no_reason.error().describe().find("column note"), std::string::npos) << no_reason.error().describe();
    auto bad = parse_cases_csv(header + row("maybe", "not fitted: x"));
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().describe().find("column fit"), std::string::npos) << bad.error().describe();
}

TEST(Calibration, ReproducesTheShippedEfficiencies)
{
    const Catalog& catalog = test::shipped_catalog();
    const auto result = calibrate(shipped_cases(), catalog, shipped_priors());
    ASSERT_FALSE(result.fitted.empty());
    for (const auto& f : result.fitted) {
        const Efficiency* shipped = catalog.engine(f.key.engine)->efficiency_for(f.key.device_class);
        ASSERT_NE(shipped, nullptr);
        const std::string where = f.key.engine + "/" + to_string(f.key.device_class);
        EXPECT_NEAR(f.value.eta_mem, shipped->eta_mem, 0.01 * shipped->eta_mem + 1e-4) << where;
        EXPECT_NEAR(f.value.eta_flop, shipped->eta_flop, 0.01 * shipped->eta_flop + 1e-4) << where;
        EXPECT_NEAR(f.value.eta_prefill, shipped->eta_prefill, 0.01 * shipped->eta_prefill + 1e-4) << where;
        EXPECT_NEAR(f.value.step_overhead_us, shipped->step_overhead_us, 0.01 * shipped->step_overhead_us + 1.0) << where;
        EXPECT_NEAR(f.value.layer_overhead_us, shipped->layer_overhead_us, 0.01 * shipped->layer_overhead_us + 1.0) << where;
        EXPECT_NEAR(f.value.moe_layer_overhead_us, shipped->moe_layer_overhead_us, 0.01 * shipped->moe_layer_overhead_us + 1.0)
            << where;
        EXPECT_NEAR(f.value.expert_overhead_us, shipped->expert_overhead_us, 0.01 * shipped->expert_overhead_us + 1.0) << where;
        EXPECT_NEAR(f.value.node_overhead_us, shipped->node_overhead_us, 0.01 * shipped->node_overhead_us + 1.0) << where;
        EXPECT_NEAR(f.value.range_low, shipped->range_low, 0.01) << where;
        EXPECT_NEAR(f.value.range_high, shipped->range_high, 0.01 * shipped->range_high) << where;
        EXPECT_EQ(f.value.cases, shipped->cases) << where;
        // Fitted values stay within physical bounds.
        EXPECT_GT(f.value.eta_mem, 0.0);
        EXPECT_LE(f.value.eta_mem, 0.95) << where;
    }
}

// A release shares its engine's kernels unless its own rows say otherwise
// (MODEL.md section 7): a release with no rows of its own takes its base
// engine's fitted factors, not only its class's. Five A100 decode
// deployments run on the base vllm 1.4x faster than planned; the same
// deployments on SGLang 0.7x as fast, so that the class-wide and the
// vllm factors differ. vllm@0.6 has no row: its efficiencies are exactly
// vllm's (their priors are equal), not the class's.
TEST(Calibration, AReleaseWithoutRowsTakesItsBaseEnginesFactors)
{
    const Catalog& catalog = test::shipped_catalog();
    const auto priors = shipped_priors();
    std::vector<ValidationCase> cases;
    for (const std::string engine : {"vllm", "sglang"}) {
        for (const std::string size : {"1p5b", "7b", "14b", "32b"}) {
            const std::string t = "qwen25_a100_vllm_" + size + "_bf16_in1";
            auto it = std::find_if(shipped_cases().begin(), shipped_cases().end(), [&](const ValidationCase& c) { return c.id == t; });
            ASSERT_NE(it, shipped_cases().end()) << t;
            ValidationCase c = *it;
            c.id = engine + "_" + t;
            c.source = engine + "-synthetic";
            c.tier = "A";
            c.scenario.engine = engine;
            const CasePrediction shipped = predict_case(c, catalog);
            ASSERT_TRUE(std::isfinite(shipped.predicted)) << c.id;
            c.measured = shipped.predicted * (engine == "vllm" ? 1.4 : 0.7);
            cases.push_back(c);
        }
    }
    const CalibrationResult fit = calibrate(cases, catalog, priors);
    const EfficiencyKey base{"vllm", DeviceClass::DatacenterGpu};
    const EfficiencyKey release{"vllm@0.6", DeviceClass::DatacenterGpu};
    const EfficiencyKey other{"tensorrt-llm", DeviceClass::DatacenterGpu};  // no row: the class's values
    ASSERT_EQ(catalog.engines.at(release.engine).base, base.engine);
    const Efficiency& fb = fit.catalog.engines.at(base.engine).efficiency.at(base.device_class);
    const Efficiency& fr = fit.catalog.engines.at(release.engine).efficiency.at(release.device_class);
    const Efficiency& fo = fit.catalog.engines.at(other.engine).efficiency.at(other.device_class);
    ASSERT_DOUBLE_EQ(priors.at(base).eta_mem, priors.at(release).eta_mem);
    ASSERT_DOUBLE_EQ(priors.at(base).eta_flop, priors.at(release).eta_flop);
    ASSERT_DOUBLE_EQ(priors.at(base).eta_prefill, priors.at(release).eta_prefill);
    EXPECT_DOUBLE_EQ(fr.eta_mem, fb.eta_mem);
    EXPECT_DOUBLE_EQ(fr.eta_flop, fb.eta_flop);
    EXPECT_DOUBLE_EQ(fr.eta_prefill, fb.eta_prefill);
    // vllm earned its own eta_mem factor: above the class's value, which the
    // slow SGLang rows pull down (TensorRT-LLM, without rows, shows it).
    const double class_eta_mem = priors.at(release).eta_mem * fo.eta_mem / priors.at(other).eta_mem;
    EXPECT_GT(fb.eta_mem, class_eta_mem * 1.1) << "vllm " << fb.eta_mem << ", class " << class_eta_mem;
    EXPECT_NE(fr.note.find("base engine vllm's factors"), std::string::npos) << fr.note;
    EXPECT_NE(fr.note.find("no release factor of its own"), std::string::npos) << fr.note;
}

TEST(Calibration, NeverFitsOnTierC)
{
    std::set<std::string> tier_c;  // and rows marked not fitted
    for (const auto& c : shipped_cases()) {
        if (c.tier == "C" || (c.counted() && !c.fitted())) tier_c.insert(c.id);
    }
    ASSERT_FALSE(tier_c.empty());
    for (const auto& [id, e] : test::shipped_catalog().engines) {
        for (const auto& [dc, eff] : e.efficiency) {
            for (const auto& used : eff.cases) EXPECT_FALSE(tier_c.count(used)) << id << " was fitted on tier C or unfitted case " << used;
        }
    }
}

TEST(Calibration, WritingKeepsTheRestOfTheEngineCatalog)
{
    const std::string text = read_text(kResources / "catalog" / "engines.json");
    const auto result = calibrate(shipped_cases(), test::shipped_catalog(), shipped_priors());
    auto written = write_efficiencies(text, result, shipped_priors());
    ASSERT_TRUE(written.ok()) << written.error().describe();
    auto a = nlohmann::json::parse(text);
    auto b = nlohmann::json::parse(written.value());
    for (auto* doc : {&a, &b}) {
        for (auto& e : (*doc)["entries"]) e.erase("efficiency");
    }
    EXPECT_EQ(a, b);
}


TEST(Validation, ServingThroughputInterleavesPrefillChunksWithDecode)
{
    // 1,024 requests of 1K in / 2K out on 8x H200: the output throughput of
    // the run is below pure decode by the time spent prefilling. TensorRT-LLM
    // prefills 8,192 tokens a pass (1,048,576 prompt tokens = 128 passes) and
    // its in-flight batching carries every running sequence's next token in
    // each of those passes; the passes give each request its first token, so
    // 2,047 - 128 decode steps remain per cycle.
    auto s = test::make_scenario("deepseek-r1", "fp8", "1x hgx-h200-8", "tensorrt-llm-dp");
    s.workload.concurrency = 1024;
    s.workload.prompt = 1024;
    s.workload.output = 2048;
    s.workload.context = 2048;
    s.workload.arrivals = Arrivals::Together;  // fixed lengths: the waves stay in step
    const Plan p = test::must_plan(s);
    ASSERT_TRUE(p.fits);
    EXPECT_EQ(p.prefill.chunks, 128);
    const double serving = figure_value("serving.output_tokens_per_s", p, s.workload);
    EXPECT_DOUBLE_EQ(serving, p.serving.output_tokens_per_s);
    const double cycle_s = 1024.0 * 1024 / p.prefill.aggregate_tokens_per_s + (2047.0 - 128) * 1024 / p.decode.aggregate_tokens_per_s;
    EXPECT_NEAR(serving, 1024.0 * 2048 / cycle_s, 1e-6 * serving);
    EXPECT_LT(serving, p.decode.aggregate_tokens_per_s);
    EXPECT_EQ(figure_kind("serving.output_tokens_per_s"), FigureKind::Rate);
}

TEST(Validation, TtftAtConcurrencyIsReplannedAsTheBenchmarkRan)
{
    // Issue 10's case: 4 concurrent 3,200-token prompts on 8x H200 with SGLang
    // (8,192-token chunks: 12,800 tokens in 2 passes, prefill first). The
    // mapping uses the queued TTFT for rows at concurrency above 1, and at
    // concurrency 1 the two figures agree.
    auto s = test::make_scenario("deepseek-r1", "fp8", "1x hgx-h200-8", "sglang");
    s.workload.concurrency = 4;
    s.workload.prompt = 3200;
    s.workload.output = 800;
    s.workload.context = 4000;
    const Plan p = test::must_plan(s);
    EXPECT_EQ(p.prefill.chunks, 2);
    EXPECT_DOUBLE_EQ(figure_value("prefill.ttft_s", p, s.workload), p.prefill.ttft_s_at_concurrency);
    // Prompts 1 and 2 end in pass 1, prompts 3 and 4 in pass 2: 1.5 passes on
    // average, each at least as long as one prompt's pass alone (on 8x H200
    // both are SGLang's eager launch of 61 layers, so exactly 1.5 times).
    EXPECT_GE(p.prefill.ttft_s_at_concurrency, 1.5 * p.prefill.ttft_s * (1 - 1e-12));
    EXPECT_DOUBLE_EQ(figure_value("latency.end_to_end_s", p, s.workload),
                     p.prefill.ttft_s_at_concurrency + 799 / p.decode.tokens_per_s);  // the first of 800 from the prefill
    s.workload.concurrency = 1;
    const Plan alone = test::must_plan(s);
    EXPECT_DOUBLE_EQ(alone.prefill.ttft_s_at_concurrency, alone.prefill.ttft_s);
}

TEST(Validation, NoMappedRowIsPredictedAboveItsRoofline)
{
    // Issue 10 item 5's property: every mapped measurement's plan decodes at
    // or below the hardware's limit at its concurrency.
    int checked = 0;
    for (const auto& c : shipped_cases()) {
        if (!c.mapped) continue;
        auto p = plan(c.scenario, test::shipped_catalog());
        if (!p) continue;
        ++checked;
        EXPECT_GT(p.value().decode.roofline_tokens_per_s, 0) << c.id;
        EXPECT_LE(p.value().decode.tokens_per_s, p.value().decode.roofline_tokens_per_s * (1 + 1e-12)) << c.id;
        EXPECT_LE(p.value().decode.roofline_fraction, 1 + 1e-12) << c.id;
    }
    EXPECT_GE(checked, 150);
}

TEST(Validation, GoodRowParses)
{
    const std::string text = std::string(kHeader) +
                             "ok_row,A,tg128,7.5,tok/s,https://example.org/x,src-a,b4567,2025-03,mapped,decode.tokens_per_s,7.5,deepseek-r1,q8_0,"
                             "llama.cpp,1x server-xeon-6980p-1s,1,1,128,128,none,0,0,,\"a note, with a comma\"\n";
    auto r = parse_cases_csv(text);
    ASSERT_TRUE(r.ok()) << r.error().describe();
    ASSERT_EQ(r.value().size(), 1U);
    EXPECT_EQ(r.value()[0].note, "a note, with a comma");
    EXPECT_EQ(r.value()[0].scenario.workload.output, 128);
}

TEST(Validation, BadRowNamesLineAndColumn)
{
    const std::string text = std::string(kHeader) +
                             "ok_row,A,tg128,7.5,tok/s,https://example.org/x,src-a,not stated,not stated,unmapped,,,,,,,,,,,,,,,why not\n"
                             "bad_row,A,tg128,7.5,tok/s,https://example.org/x,src-a,not stated,not stated,mapped,decode.tokens_per_s,7.5,deepseek-r1,q8_0,"
                             "llama.cpp,1x server-xeon-6980p-1s,many,1,128,128,none,0,0,,\n";
    auto r = parse_cases_csv(text, "cases.csv");
    ASSERT_FALSE(r.ok());
    const std::string msg = r.error().describe();
    EXPECT_NE(msg.find("line 3"), std::string::npos) << msg;
    EXPECT_NE(msg.find("bad_row"), std::string::npos) << msg;
    EXPECT_NE(msg.find("scn_concurrency"), std::string::npos) << msg;
}

TEST(Validation, UnknownFigureAndMissingColumnAreErrors)
{
    const std::string bad_figure = std::string(kHeader) +
                                   "r,B,x,1,tok/s,https://example.org/x,src-a,not stated,not stated,mapped,decode.speed,1,deepseek-r1,q8_0,llama.cpp,"
                                   "1x server-xeon-6980p-1s,1,1,1,1,none,0,0,,\n";
    auto r = parse_cases_csv(bad_figure);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().describe().find("column figure"), std::string::npos) << r.error().describe();

    auto missing = parse_cases_csv("id,tier\nx,A\n");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().describe().find("line 1"), std::string::npos);
}

}  // namespace
}  // namespace deepplan

namespace deepplan {
namespace {

// A copy of the shipped fit-settings.json with one change, in a temporary file.
std::filesystem::path write_settings(const std::string& name, const std::function<void(nlohmann::json&)>& change)
{
    nlohmann::json doc = nlohmann::json::parse(read_text(kResources / "validation" / "fit-settings.json"));
    change(doc);
    const auto path = std::filesystem::temp_directory_path() / ("deepplan-fit-settings-" + name + ".json");
    std::ofstream(path, std::ios::binary) << doc.dump(2);
    return path;
}

// The shipped file holds the values the code defaults to (so the CLI, the GUI
// and a caller that reads no file fit alike), and every value says why.
TEST(FitSettings, ShippedFileIsReadAndEqualsTheDefaults)
{
    const auto r = read_fit_settings(kResources / "validation" / "fit-settings.json");
    ASSERT_TRUE(r.ok()) << r.error().describe();
    const FitSettings d;
    const FitSettings& s = r.value();
    EXPECT_EQ(s.prior_weight, d.prior_weight);
    EXPECT_EQ(s.engine_eta_shrink, d.engine_eta_shrink);
    EXPECT_EQ(s.small_block_shrink, d.small_block_shrink);
    EXPECT_EQ(s.min_engine_eta_cases, d.min_engine_eta_cases);
    EXPECT_EQ(s.min_own_overhead_cases, d.min_own_overhead_cases);
    EXPECT_EQ(s.factor_log_low, d.factor_log_low);
    EXPECT_EQ(s.factor_log_high, d.factor_log_high);
    EXPECT_EQ(s.min_eta_mem_accelerator, d.min_eta_mem_accelerator);
    EXPECT_EQ(s.min_eta_mem_cpu, d.min_eta_mem_cpu);
    EXPECT_EQ(s.responsive_log_change, d.responsive_log_change);
}

// Three llama.cpp deployments measured 1.6x faster than planned: the fit
// raises the consumer-GPU efficiencies. Capping the search's log factor at
// 0.05 (x1.05) in the file caps how far it can go.
TEST(FitSettings, AChangedSettingChangesTheFit)
{
    const Catalog& catalog = test::shipped_catalog();
    std::vector<ValidationCase> cases;
    for (const std::string id : {"geerling_distill14b_rtx3060", "jl_distill32b_q8_4x3090", "ik_16x3090_tg128"}) {
        auto it = std::find_if(shipped_cases().begin(), shipped_cases().end(), [&](const ValidationCase& c) { return c.id == id; });
        ASSERT_NE(it, shipped_cases().end()) << id;
        ValidationCase c = *it;
        c.tier = "A";
        c.measured = predict_case(*it, catalog).predicted * 1.6;
        cases.push_back(c);
    }
    const auto priors = shipped_priors();
    const auto capped_path = write_settings("capped", [](nlohmann::json& j) { j["settings"]["factor_log_high"]["value"] = 0.05; });
    const auto capped = read_fit_settings(capped_path);
    std::filesystem::remove(capped_path);
    ASSERT_TRUE(capped.ok()) << capped.error().describe();
    EXPECT_DOUBLE_EQ(capped.value().factor_log_high, 0.05);

    FitOptions wide;
    FitOptions narrow;
    narrow.settings = capped.value();
    const CalibrationResult a = calibrate(cases, catalog, priors, wide);
    const CalibrationResult b = calibrate(cases, catalog, priors, narrow);
    const EfficiencyKey key{"llama.cpp", DeviceClass::ConsumerGpu};
    const Efficiency& prior = priors.at(key);
    const Efficiency& fa = a.catalog.engines.at(key.engine).efficiency.at(key.device_class);
    const Efficiency& fb = b.catalog.engines.at(key.engine).efficiency.at(key.device_class);
    // Each of the class and engine factors stays within x1.05 under the cap (rounding aside).
    EXPECT_LE(fb.eta_mem, prior.eta_mem * std::exp(2 * 0.05) + 1e-4);  // a class and an engine factor
    EXPECT_GT(std::abs(fa.eta_mem - fb.eta_mem) + std::abs(fa.step_overhead_us - fb.step_overhead_us) +
                  std::abs(fa.layer_overhead_us - fb.layer_overhead_us),
              1e-3);
    const double err_a = predict_case(cases[0], a.catalog).abs_error();
    const double err_b = predict_case(cases[0], b.catalog).abs_error();
    EXPECT_LT(err_a, err_b) << "the capped fit cannot follow the measurements as far";
}

TEST(FitSettings, ABadFileNamesTheField)
{
    struct Bad {
        std::string name;
        std::function<void(nlohmann::json&)> change;
        std::string path;
    };
    const std::vector<Bad> bad = {
        {"text", [](nlohmann::json& j) { j["settings"]["engine_eta_shrink"]["value"] = "a lot"; }, "settings.engine_eta_shrink.value"},
        {"range", [](nlohmann::json& j) { j["settings"]["min_eta_mem_cpu"]["value"] = 1.5; }, "settings.min_eta_mem_cpu.value"},
        {"whole", [](nlohmann::json& j) { j["settings"]["min_engine_eta_cases"]["value"] = 2.5; }, "settings.min_engine_eta_cases.value"},
        {"missing", [](nlohmann::json& j) { j["settings"].erase("prior_weight"); }, "settings.prior_weight"},
        {"reason", [](nlohmann::json& j) { j["settings"]["small_block_shrink"]["reason"] = ""; }, "settings.small_block_shrink.reason"},
        {"unknown", [](nlohmann::json& j) { j["settings"]["prior_wieght"] = {{"value", 1}, {"reason", "typo"}}; }, "settings.prior_wieght"},
        {"order", [](nlohmann::json& j) { j["settings"]["factor_log_low"]["value"] = 0.0; j["settings"]["factor_log_high"]["value"] = 0.0; },
         "settings.factor_log_low.value"},
    };
    for (const auto& b : bad) {
        const auto path = write_settings(b.name, b.change);
        const auto r = read_fit_settings(path);
        std::filesystem::remove(path);
        ASSERT_FALSE(r.ok()) << b.name;
        EXPECT_EQ(r.error().path, b.path) << b.name << ": " << r.error().describe();
    }
    const auto none = read_fit_settings(std::filesystem::temp_directory_path() / "deepplan-no-such-fit-settings.json");
    EXPECT_FALSE(none.ok());
}

}  // namespace
}  // namespace deepplan
