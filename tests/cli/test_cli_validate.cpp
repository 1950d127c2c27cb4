// deepplan-cli validate: leave-one-source-out cross-validation in the text
// and JSON output, on a small measurements file with two sources.

#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_test_support.h"

namespace deepplan::cli::test {
namespace {

const char* kHeader =
    "id,tier,metric,value,unit,source_url,source,engine_version,measured_date,status,figure,measured,scn_model,scn_variant,"
    "scn_engine,scn_pool,scn_concurrency,scn_prompt,scn_output,scn_context,scn_offload,scn_mtp,scn_raise_wired,scn_kv_bytes,note\n";

// Two sources measuring llama.cpp decode on the same machines: one says
// 30 % faster than the other. Rows: (id, source, pool, model, variant, tok/s).
std::string two_source_file()
{
    std::string text = kHeader;
    auto row = [&](const std::string& id, const std::string& source, const std::string& model, const std::string& variant,
                   const std::string& pool, double tps) {
        text += id + ",A,tg128," + std::to_string(tps) + ",tok/s,https://example.org/" + source + "," + source +
                ",b4567,2025-03,mapped,decode.tokens_per_s," + std::to_string(tps) + "," + model + "," + variant +
                ",llama.cpp," + pool + ",1,1,128,128,none,0,0,,\n";
    };
    row("a1", "blog-a", "deepseek-r1-distill-qwen-14b", "q4_k_m", "1x pc-ddr5+1x rtx-3060-12g", 26.0);
    row("a2", "blog-a", "deepseek-r1-distill-qwen-32b", "q8_0", "1x server-pcie+4x rtx-3090", 23.0);
    row("a3", "blog-a", "deepseek-r1", "iq4_xs", "1x server-pcie+16x rtx-3090", 17.0);
    row("b1", "thread-b", "deepseek-r1-distill-qwen-14b", "q4_k_m", "1x pc-ddr5+1x rtx-3060-12g", 20.0);
    row("b2", "thread-b", "deepseek-r1-distill-qwen-32b", "q8_0", "1x server-pcie+4x rtx-3090", 17.5);
    row("b3", "thread-b", "deepseek-r1", "iq4_xs", "1x server-pcie+16x rtx-3090", 13.0);
    text += "u1,B,x,1,tok/s,https://example.org/u,blog-a,not stated,not stated,unmapped,,,,,,,,,,,,,,,host not stated\n";
    return text;
}

TEST(CliValidate, JsonReportsLeaveOneSourceOutPerRegime)
{
    TempDir dir;
    const auto file = dir.write("cases.csv", two_source_file());
    const auto j = run_json({"validate", "--cases", file});
    ASSERT_TRUE(j.contains("cross_validation"));
    const auto& cv = j["cross_validation"];
    EXPECT_EQ(cv["method"], "leave-one-source-out");
    EXPECT_EQ(cv["summary"]["n"], 6);
    EXPECT_EQ(cv["summary"]["n_sources"], 2);
    EXPECT_EQ(j["summary"]["n_sources"], 2);
    for (const char* field : {"n", "median_abs_error", "within_25", "within_50", "within_factor_1_5", "median_ratio"}) {
        EXPECT_TRUE(cv["summary"].contains(field)) << field;
    }
    // Every case says its source and regime; held out by source, each
    // source's rows are predicted from the other's fit, so no CV ratio is 1.
    ASSERT_EQ(j["cases"].size(), 6U);
    for (const auto& c : j["cases"]) {
        const std::string id = c["id"];
        EXPECT_EQ(c["source"], id[0] == 'a' ? "blog-a" : "thread-b") << id;
        EXPECT_TRUE(c["regime"].is_string()) << id;
        ASSERT_TRUE(c["cv_ratio"].is_number()) << id;
        EXPECT_GT(std::abs(c["cv_ratio"].get<double>() - 1.0), 0.05) << id;
    }
    EXPECT_EQ(j["cases"][0]["regime"], "dense/one-device/c1");
    EXPECT_EQ(j["cases"][1]["regime"], "dense/tp-one-machine/c1");
    EXPECT_EQ(j["cases"][2]["regime"], "moe/tp-one-machine/c1");
    // Regimes and their groupings, with real numbers.
    const auto& regimes = cv["regimes"];
    for (const char* name : {"dense", "moe", "c1", "dense/one-device", "dense/one-device/c1", "moe/tp-one-machine/c1"}) {
        ASSERT_TRUE(regimes.contains(name)) << name;
        for (const char* field : {"n", "median_abs_error", "within_25", "within_50", "within_factor_1_5", "median_ratio"}) {
            ASSERT_TRUE(regimes[name].contains(field)) << name << "." << field;
        }
        EXPECT_GT(regimes[name]["median_ratio"].get<double>(), 0.0) << name;
    }
    EXPECT_EQ(regimes["dense"]["n"], 4);
    EXPECT_EQ(regimes["moe"]["n"], 2);
    EXPECT_EQ(regimes["c1"]["n"], 6);
    EXPECT_FALSE(regimes.contains("c17+"));
    // Source A measured each machine 1.3x faster than source B. Predicted from
    // B's fit alone, A's rows come out too slow by about that, and B's from
    // A's fit too fast: the pair's CV ratios (measured / predicted) differ by
    // about 1.3^2, which a fit that saw both sources could not show.
    for (std::size_t i = 0; i < 3; ++i) {
        const double a = j["cases"][i]["cv_ratio"];
        const double b = j["cases"][i + 3]["cv_ratio"];
        EXPECT_GT(a / b, 1.5) << "pair " << i;
    }
    ASSERT_EQ(j["unmapped"].size(), 1U);
}

TEST(CliValidate, TextShowsTheRegimeTableAndNoCvSkipsIt)
{
    TempDir dir;
    const auto file = dir.write("cases.csv", two_source_file());
    const auto r = run({"validate", "--cases", file});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("leave-one-source-out"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("dense/one-device/c1"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("2 sources"), std::string::npos) << r.out;
    const auto j = run_json({"validate", "--no-cv", "--cases", file});
    EXPECT_FALSE(j.contains("cross_validation"));
    EXPECT_TRUE(j["regimes"].contains("dense"));
}

TEST(CliValidate, RowWithoutSourceIsAnInputError)
{
    TempDir dir;
    std::string text = two_source_file();
    const auto at = text.find(",blog-a,b4567");
    text.replace(at, std::string(",blog-a,").size(), ",,");
    const auto file = dir.write("cases.csv", text);
    const auto r = run({"validate", "--cases", file});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("column source"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("line 2"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace deepplan::cli::test
