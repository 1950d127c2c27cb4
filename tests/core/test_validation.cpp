// Validation and calibration: the shipped measurements meet the accuracy
// targets of issue 4, the shipped efficiencies are what the fit produces, and
// a bad measurements file is reported by line and column.

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "deepplan/calibration.hpp"
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

// The targets: >= 40 counted cases, median absolute error <= 20 %
// overall and <= 30 % in every class, in-sample and cross-validated.
constexpr double kOverallTarget = 0.20;
constexpr double kClassTarget = 0.30;

ValidationReport shipped_report(bool with_cv)
{
    const Catalog& catalog = test::shipped_catalog();
    ValidationReport r = validate(shipped_cases(), catalog);
    if (with_cv) cross_validate(r, shipped_cases(), catalog, shipped_priors());
    return r;
}

TEST(Validation, ShippedCasesParseAndMostAreMapped)
{
    const auto& cases = shipped_cases();
    ASSERT_FALSE(cases.empty());
    int counted = 0;
    for (const auto& c : cases) {
        counted += c.counted() ? 1 : 0;
        if (!c.mapped) {
            EXPECT_FALSE(c.note.empty()) << c.id << " is unmapped without a reason";
        }
        EXPECT_EQ(c.source_url.rfind("http", 0), 0U) << c.id;
    }
    EXPECT_GE(counted, 40);
}

TEST(Validation, EveryMappedCasePlans)
{
    const auto r = shipped_report(false);
    for (const auto& c : r.cases) {
        EXPECT_TRUE(c.error.empty()) << c.id << ": " << c.error;
        EXPECT_TRUE(std::isfinite(c.predicted)) << c.id;
    }
}

TEST(Validation, SummaryMeetsTheTargets)
{
    const auto r = shipped_report(true);
    ASSERT_TRUE(r.cross_validated);
    EXPECT_GE(r.overall.n, 40);
    EXPECT_GE(r.cv_overall.n, 40);
    EXPECT_LE(r.overall.median_abs_error, kOverallTarget) << "in-sample overall";
    EXPECT_LE(r.cv_overall.median_abs_error, kOverallTarget) << "cross-validated overall";
    for (const auto& cls : case_class_names()) {
        auto in = r.classes.find(cls);
        auto cv = r.cv_classes.find(cls);
        ASSERT_NE(in, r.classes.end()) << "no counted case in class " << cls;
        ASSERT_NE(cv, r.cv_classes.end()) << "no cross-validated case in class " << cls;
        EXPECT_LE(in->second.median_abs_error, kClassTarget) << "in-sample, class " << cls;
        EXPECT_LE(cv->second.median_abs_error, kClassTarget) << "cross-validated, class " << cls;
    }
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

TEST(Calibration, NeverFitsOnTierC)
{
    std::set<std::string> tier_c;
    for (const auto& c : shipped_cases()) {
        if (c.tier == "C") tier_c.insert(c.id);
    }
    ASSERT_FALSE(tier_c.empty());
    for (const auto& [id, e] : test::shipped_catalog().engines) {
        for (const auto& [dc, eff] : e.efficiency) {
            for (const auto& used : eff.cases) EXPECT_FALSE(tier_c.count(used)) << id << " was fitted on tier C case " << used;
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

const char* kHeader =
    "id,tier,metric,value,unit,source_url,status,figure,measured,scn_model,scn_variant,scn_engine,scn_pool,"
    "scn_concurrency,scn_prompt,scn_output,scn_context,scn_offload,scn_mtp,scn_raise_wired,scn_kv_bytes,note\n";

TEST(Validation, ServingThroughputChargesEachWaveItsPrefill)
{
    // 1,024 requests of 1K in / 2K out on 8x H200: the output throughput of
    // the run is below pure decode by the time spent prefilling each wave.
    auto s = test::make_scenario("deepseek-r1", "fp8", "1x hgx-h200-8", "tensorrt-llm-dp");
    s.workload.concurrency = 1024;
    s.workload.prompt = 1024;
    s.workload.output = 2048;
    s.workload.context = 2048;
    const Plan p = test::must_plan(s);
    ASSERT_TRUE(p.fits);
    const double serving = figure_value("serving.output_tokens_per_s", p, s.workload);
    const double wave_s = 1024.0 * 1024 / p.prefill.aggregate_tokens_per_s + 1024.0 * 2048 / p.decode.aggregate_tokens_per_s;
    EXPECT_NEAR(serving, 1024.0 * 2048 / wave_s, 1e-6 * serving);
    EXPECT_LT(serving, p.decode.aggregate_tokens_per_s);
    EXPECT_EQ(figure_kind("serving.output_tokens_per_s"), FigureKind::Rate);
}

TEST(Validation, GoodRowParses)
{
    const std::string text = std::string(kHeader) +
                             "ok_row,A,tg128,7.5,tok/s,https://example.org/x,mapped,decode.tokens_per_s,7.5,deepseek-r1,q8_0,"
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
                             "ok_row,A,tg128,7.5,tok/s,https://example.org/x,unmapped,,,,,,,,,,,,,,,why not\n"
                             "bad_row,A,tg128,7.5,tok/s,https://example.org/x,mapped,decode.tokens_per_s,7.5,deepseek-r1,q8_0,"
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
                                   "r,B,x,1,tok/s,https://example.org/x,mapped,decode.speed,1,deepseek-r1,q8_0,llama.cpp,"
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
