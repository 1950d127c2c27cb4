// `deepplan-cli search`: the JSON contract, the readable table, nothing found,
// and errors with the right exit codes.

#include <set>
#include <gtest/gtest.h>

#include "cli_test_support.h"

namespace deepplan::cli::test {
namespace {

using nlohmann::json;

// R1 on a few machines: quick, and with priced and unpriced results. Flags
// given once each (the option parser refuses repeats), so tests pick them.
std::vector<std::string> r1_args(std::vector<std::string> more = {}, const std::string& target = "5",
                                 const std::string& systems = "hgx-h100-8,mac-studio-m3-ultra-512g,server-pcie")
{
    std::vector<std::string> args = {"search",   "--model",     "deepseek-r1", "--target-tps", target, "--systems",
                                      systems,    "--accelerators", "rtx-4090",  "--max-nodes",  "3"};
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

TEST(CliSearch, JsonHasEvaluatedResultsAndPareto)
{
    const json doc = run_json(r1_args({"--top", "5"}));
    ASSERT_TRUE(doc.contains("evaluated"));
    EXPECT_GT(doc.at("evaluated").get<long long>(), 0);
    ASSERT_TRUE(doc.at("results").is_array());
    ASSERT_TRUE(doc.at("pareto").is_array());
    ASSERT_FALSE(doc.at("results").empty());
    EXPECT_LE(doc.at("results").size(), 5u);
    double previous = 0;
    for (const auto& r : doc.at("results")) {
        ASSERT_TRUE(r.contains("plan"));
        ASSERT_TRUE(r.contains("scenario"));
        const json& p = r.at("plan");
        EXPECT_TRUE(p.at("fits").get<bool>());
        EXPECT_GE(p.at("decode").at("tokens_per_s").get<double>(), 5.0);
        const double cost = p.at("cost").at("per_million_output_usd").get<double>();
        EXPECT_GE(cost, previous);
        previous = cost;
        EXPECT_EQ(r.at("scenario").at("model"), "deepseek-r1");
    }
    for (const auto& f : doc.at("pareto")) {
        EXPECT_TRUE(f.contains("plan"));
        EXPECT_TRUE(f.contains("rank"));
    }
}

TEST(CliSearch, ObjectiveTpsSortsBySpeed)
{
    const json doc = run_json(r1_args({"--objective", "tps", "--top", "8"}));
    double previous = 1e30;
    for (const auto& r : doc.at("results")) {
        const double tps = r.at("plan").at("decode").at("tokens_per_s").get<double>();
        EXPECT_LE(tps, previous * (1 + 1e-12));
        previous = tps;
    }
}

TEST(CliSearch, ReadableTableHasTheColumns)
{
    const CliRun r = run(r1_args());
    ASSERT_EQ(r.code, 0) << r.err;
    for (const char* word : {"pool", "variant", "engine", "offload", "tok/s per stream", "aggregate", "$/M output", "capex",
                             "devices", "fits", "Evaluated", "Pareto front", "mac-studio-m3-ultra-512g"}) {
        EXPECT_NE(r.out.find(word), std::string::npos) << word << "\n" << r.out;
    }
    EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST(CliSearch, NothingMeetsTheTargetIsNoError)
{
    const CliRun r = run(r1_args({}, "100000"));
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("No deployment meets the target"), std::string::npos) << r.out;
    const json doc = run_json(r1_args({}, "100000"));
    EXPECT_TRUE(doc.at("results").empty());
    EXPECT_TRUE(doc.at("pareto").empty());
}

TEST(CliSearch, BudgetLimitsCapex)
{
    const json doc = run_json(r1_args({"--budget", "12000", "--objective", "capex"}));
    for (const auto& r : doc.at("results")) EXPECT_LE(r.at("plan").at("cost").at("capex_usd").get<double>(), 12000.0);
}

TEST(CliSearch, PriceGpusOnlyShowsLowerBounds)
{
    const std::vector<std::string> args = {"search", "--model", "deepseek-r1", "--variant", "fp8", "--target-tps", "5",
                                           "--systems", "hgx-a100-8", "--max-nodes", "2", "--price-gpus-only"};
    const CliRun r = run(args);
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("\u2265$"), std::string::npos) << r.out;
    std::vector<std::string> json_args = args;
    const json doc = run_json(json_args);
    ASSERT_FALSE(doc.at("results").empty());
    EXPECT_TRUE(doc.at("price_accelerators_only").get<bool>());
}

TEST(CliSearch, PricedServersShowExactCosts)
{
    // The HGX H200 server has a whole-machine price (366,000 USD): no lower
    // bounds and nothing left out.
    const CliRun r = run({"search", "--model", "deepseek-r1", "--variant", "fp8", "--target-tps", "5", "--systems",
                          "hgx-h200-8", "--max-nodes", "2"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("$366,000"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("\u2265"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("no price in the catalog"), std::string::npos) << r.out;
}

TEST(CliSearch, BadUsageExitsTwo)
{
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"search", "--target-tps", "5"},                              // no model
             {"search", "--model", "deepseek-r1"},                         // no target
             r1_args({}, "fast"),                                          // not a number
             r1_args({}, "0"),                                             // out of range
             r1_args({}, "nan"),
             r1_args({"--objective", "cheapest"}),
             r1_args({"--top", "0"}),
             r1_args({}, "5", ""),                                         // empty list
             r1_args({"--bogus"}),
         }) {
        const CliRun r = run(args);
        EXPECT_EQ(r.code, 2) << args.back() << ": " << r.err;
        EXPECT_FALSE(r.err.empty());
        EXPECT_TRUE(r.out.empty()) << r.out;
    }
    const CliRun empty = run(r1_args({}, "5", ""));
    EXPECT_NE(empty.err.find("--systems"), std::string::npos) << empty.err;
    const CliRun zero = run(r1_args({}, "0"));
    EXPECT_NE(zero.err.find("--target-tps"), std::string::npos) << zero.err;
}

TEST(CliSearch, UnknownIdsExitOne)
{
    const CliRun model = run({"search", "--model", "gpt-9", "--target-tps", "5"});
    EXPECT_EQ(model.code, 1) << model.err;
    EXPECT_NE(model.err.find("--model"), std::string::npos) << model.err;
    const CliRun system = run(r1_args({}, "5", "hgx-h100-8,cray-1"));
    EXPECT_EQ(system.code, 1) << system.err;
    EXPECT_NE(system.err.find("cray-1"), std::string::npos) << system.err;
}

TEST(CliSearch, HelpListsTheOptions)
{
    const CliRun r = run({"search", "--help"});
    EXPECT_EQ(r.code, 0);
    for (const char* flag : {"--model", "--target-tps", "--budget", "--objective", "--systems", "--engines", "--json"}) {
        EXPECT_NE(r.out.find(flag), std::string::npos) << flag;
    }
}

TEST(CliSearch, ResultsAreGroupedByHardwareUnlessAllVariantsAreAsked)
{
    const std::vector<std::string> base = {"search", "--model", "deepseek-r1-distill-qwen-7b", "--target-tps", "20",
                                           "--systems", "pc-ddr5-128g,pc-ddr5-192g,mac-mini-m4-pro-64g", "--top", "5", "--json"};
    const json grouped = run_json(base);
    ASSERT_TRUE(grouped.at("grouped_by_hardware").get<bool>());
    std::set<std::string> pools;
    long long others = 0;
    for (const auto& r : grouped.at("results")) {
        const std::string pool = r.at("scenario").at("pool_spec").get<std::string>();
        EXPECT_TRUE(pools.insert(pool).second) << "pool listed twice: " << pool;
        others += r.at("other_variants").get<long long>();
        EXPECT_FALSE(r.at("price_is_lower_bound").get<bool>());
    }
    EXPECT_LE(pools.size(), 5u);
    EXPECT_GT(others, 0);  // the 7B distill has several formats per machine

    auto all_args = base;
    all_args.push_back("--all-variants");
    const json all = run_json(all_args);
    ASSERT_FALSE(all.at("grouped_by_hardware").get<bool>());
    std::set<std::string> all_pools;
    for (const auto& r : all.at("results")) all_pools.insert(r.at("scenario").at("pool_spec").get<std::string>());
    EXPECT_LT(all_pools.size(), all.at("results").size());  // the same machine with several variants

    // The first result is the same either way: the best of the best machine.
    EXPECT_EQ(grouped.at("results").at(0).at("scenario"), all.at("results").at(0).at("scenario"));

    // The readable table says what the grouping is and counts the others.
    auto text_args = base;
    text_args.pop_back();
    const CliRun r = run(text_args);
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Best variant per machine"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("other variants"), std::string::npos) << r.out;
}

TEST(CliSearch, LowerBoundPricesAreExplained)
{
    const CliRun r = run({"search", "--model", "deepseek-r1", "--target-tps", "5", "--systems", "hgx-a100-8", "--max-nodes", "2",
                          "--price-gpus-only"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("\u2265"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("marks a lower bound"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace deepplan::cli::test
