// Cost of a plan (MODEL.md section 8): own hardware, rented GPU-hours, the
// hosted API's list prices and the break-even utilization, with DeepSeek's
// own published inference economics as the golden case.

#include <gtest/gtest.h>

#include "deepplan/cost.hpp"
#include "test_support.hpp"

namespace deepplan {
namespace {

using test::make_scenario;
using test::must_plan;
using test::shipped_catalog;

constexpr double kSecondsPerDay = 86400.0;

// DeepSeek, "Day 6: DeepSeek-V3/R1 Inference System Overview" (2025-03-01,
// github.com/deepseek-ai/open-infra-index): over 24 hours an average of
// 226.75 nodes of 8 H800 GPUs served 608 B input and 168 B output tokens, at
// an assumed rental of $2 per GPU-hour: $87,072 a day.
constexpr double kUsdPerGpuHour = 2.0;
constexpr double kInputTokensPerDay = 608e9;
constexpr double kOutputTokensPerDay = 168e9;

// 226.75 machines is not a pool; 226 full machines and one with 6 of its 8
// GPUs is, and holds the same 1814 GPUs.
Scenario deepseek_fleet()
{
    Scenario s = make_scenario("deepseek-r1", "fp8", "226x hgx-h800-8,1x hgx-h800-8+6x h800-sxm-80g", "sglang");
    s.economics.rented = true;
    s.economics.usd_per_gpu_hour = kUsdPerGpuHour;
    s.economics.utilization = 1.0;  // the day's average is what was paid for
    return s;
}

// A plan carrying only the fleet's day-average throughput.
Plan fleet_throughput()
{
    Plan p;
    p.decode.aggregate_tokens_per_s = kOutputTokensPerDay / kSecondsPerDay;
    p.prefill.tokens_per_s = kInputTokensPerDay / kSecondsPerDay;
    return p;
}

TEST(CostGolden, DeepSeekFleetCostPerMillionTokens)
{
    const Cost cost = compute_cost(deepseek_fleet(), shipped_catalog(), fleet_throughput());
    // Everything charged to output: 87072 / 168,000 million tokens.
    EXPECT_NEAR(cost.per_million_output_usd, 87072.0 / 168000.0, 1e-9);
    EXPECT_NEAR(cost.per_million_output_usd, 0.518, 0.0005);
    // Everything charged to input.
    EXPECT_NEAR(cost.per_million_input_usd, 87072.0 / 608000.0, 1e-9);
    // Blended over all 776 B tokens of the day.
    const double blended = usd_per_million(cost.usd_per_hour, (kInputTokensPerDay + kOutputTokensPerDay) / kSecondsPerDay);
    EXPECT_NEAR(blended, 87072.0 / 776000.0, 1e-9);
    EXPECT_NEAR(blended, 0.1122, 0.0001);
    // Well under the R1 API's list prices it is compared with.
    ASSERT_TRUE(cost.api.known);
    EXPECT_DOUBLE_EQ(cost.api.per_million_output_usd, 2.19);
    EXPECT_DOUBLE_EQ(cost.api.per_million_input_usd, 0.55);
    EXPECT_LT(cost.per_million_output_usd, cost.api.per_million_output_usd);
}

TEST(Cost, UsdPerMillionIsHourlyCostOverTokensPerHour)
{
    EXPECT_DOUBLE_EQ(usd_per_million(3.6, 1.0), 1e3);
    EXPECT_DOUBLE_EQ(usd_per_million(36.0, 100.0), 100.0);
    EXPECT_EQ(usd_per_million(10.0, 0.0), 0.0);
    EXPECT_EQ(usd_per_million(10.0, std::numeric_limits<double>::quiet_NaN()), 0.0);
}

TEST(Cost, ApiListPricesComeFromTheModelCatalog)
{
    const Plan p = fleet_throughput();
    Scenario s = deepseek_fleet();
    s.model = "deepseek-v3";
    const Cost v3 = compute_cost(s, shipped_catalog(), p);
    ASSERT_TRUE(v3.api.known);
    EXPECT_DOUBLE_EQ(v3.api.per_million_input_usd, 0.27);
    EXPECT_DOUBLE_EQ(v3.api.per_million_output_usd, 1.10);
    EXPECT_FALSE(v3.api.date.empty());
    EXPECT_FALSE(v3.api.source.empty());
    s.model = "deepseek-r1-distill-qwen-7b";
    EXPECT_FALSE(compute_cost(s, shipped_catalog(), p).api.known);
}

TEST(Cost, RentedTwoH100ServersCostSixteenGpuHoursOverUtilization)
{
    Scenario s = make_scenario("deepseek-r1", "fp8", "2x hgx-h100-8@ib-ndr400", "vllm");
    s.economics.rented = true;
    s.economics.utilization = 0.5;
    const Plan catalog_rate = must_plan(s);
    const Device* h100 = shipped_catalog().device("h100-sxm-80g");
    ASSERT_NE(h100, nullptr);
    ASSERT_GT(h100->rent_usd_per_hour, 0);
    ASSERT_TRUE(catalog_rate.cost.known);
    EXPECT_NEAR(catalog_rate.cost.usd_per_hour, 16 * h100->rent_usd_per_hour / 0.5, 1e-9);
    EXPECT_NEAR(catalog_rate.cost.rental_usd_per_hour, catalog_rate.cost.usd_per_hour, 1e-9);
    EXPECT_EQ(catalog_rate.cost.capex_usd_per_hour, 0);
    EXPECT_EQ(catalog_rate.cost.power_usd_per_hour, 0);
    EXPECT_NEAR(catalog_rate.cost.per_million_output_usd,
                usd_per_million(catalog_rate.cost.usd_per_hour, catalog_rate.decode.aggregate_tokens_per_s), 1e-9);

    s.economics.usd_per_gpu_hour = 2.0;  // the scenario's rate overrides the catalog's
    const Plan own_rate = must_plan(s);
    EXPECT_NEAR(own_rate.cost.usd_per_hour, 16 * 2.0 / 0.5, 1e-9);
}

TEST(Cost, OwnHardwareSplitAddsUp)
{
    Scenario s = make_scenario("deepseek-r1", "ud-iq1_s", "1x mac-studio-m3-ultra-512g", "llama.cpp");
    s.economics.amortization_years = 4;
    s.economics.utilization = 0.25;
    s.economics.usd_per_kwh = 0.30;
    s.economics.pue = 1.1;
    s.economics.hosting_usd_per_month = 50;
    const Plan p = must_plan(s);
    const Cost& c = p.cost;
    const System* mac = shipped_catalog().system("mac-studio-m3-ultra-512g");
    ASSERT_NE(mac, nullptr);
    ASSERT_GT(mac->price_usd, 0);
    ASSERT_TRUE(c.known) << (c.missing.empty() ? "" : c.missing.front());
    EXPECT_FALSE(c.rented);
    EXPECT_DOUBLE_EQ(c.capex_usd, mac->price_usd);
    EXPECT_NEAR(c.capex_usd_per_hour, mac->price_usd / (4 * 8760.0 * 0.25), 1e-9);
    EXPECT_NEAR(c.power_kw, mac->power_w / 1000.0, 1e-12);
    EXPECT_NEAR(c.power_usd_per_hour, c.power_kw * 1.1 * 0.30, 1e-12);
    EXPECT_NEAR(c.hosting_usd_per_hour, 50.0 / (730.0 * 0.25), 1e-9);
    EXPECT_EQ(c.rental_usd_per_hour, 0);
    EXPECT_NEAR(c.usd_per_hour, c.capex_usd_per_hour + c.power_usd_per_hour + c.hosting_usd_per_hour, 1e-12);
    EXPECT_NEAR(c.per_million_output_usd, usd_per_million(c.usd_per_hour, p.decode.aggregate_tokens_per_s), 1e-9);
    EXPECT_NEAR(c.per_million_input_usd, usd_per_million(c.usd_per_hour, p.prefill.aggregate_tokens_per_s), 1e-9);
}

TEST(Cost, InputCostUsesBatchedPrefillAtConcurrency)
{
    Scenario s = make_scenario("deepseek-r1", "fp8", "2x hgx-h100-8@ib-ndr400", "vllm");
    s.economics.rented = true;
    s.workload.concurrency = 32;
    const Plan p = must_plan(s);
    ASSERT_GT(p.prefill.aggregate_tokens_per_s, p.prefill.tokens_per_s);
    EXPECT_NEAR(p.cost.per_million_input_usd, usd_per_million(p.cost.usd_per_hour, p.prefill.aggregate_tokens_per_s), 1e-9);
}

TEST(Cost, CapexOverrideReplacesTheCatalogPrice)
{
    Scenario s = make_scenario("deepseek-r1", "fp8", "2x hgx-h100-8@ib-ndr400", "vllm");
    s.economics.capex_usd = 600000;
    const Cost c = compute_cost(s, shipped_catalog(), fleet_throughput());
    EXPECT_TRUE(c.known);
    EXPECT_DOUBLE_EQ(c.capex_usd, 600000);
}

TEST(Cost, AddedCardsReplaceTheMachinesOwnPowerAndPrice)
{
    const Catalog& cat = shipped_catalog();
    const Device* h20 = cat.device("h20-96g");
    const Device* l40s = cat.device("l40s");
    const System* hgx = cat.system("hgx-h20-8");
    ASSERT_TRUE(h20 && l40s && hgx);
    const Scenario own = make_scenario("deepseek-r1", "fp8", "1x hgx-h20-8", "vllm");
    const Scenario swapped = make_scenario("deepseek-r1", "fp8", "1x hgx-h20-8+4x l40s", "vllm");
    const Cost a = compute_cost(own, cat, fleet_throughput());
    const Cost b = compute_cost(swapped, cat, fleet_throughput());
    EXPECT_NEAR(b.power_kw - a.power_kw, (4 * l40s->power_w - 8 * h20->power_w) / 1000.0, 1e-9);
}

TEST(Cost, BreakEvenUtilizationMatchesTheApiOutputPrice)
{
    Scenario s = make_scenario("deepseek-r1", "fp8", "2x hgx-h100-8@ib-ndr400", "vllm");
    s.economics.capex_usd = 600000;
    s.economics.hosting_usd_per_month = 2000;
    Plan p;
    p.decode.aggregate_tokens_per_s = 8000;
    p.prefill.tokens_per_s = 40000;
    const Cost at_half = compute_cost(s, shipped_catalog(), p);
    ASSERT_TRUE(at_half.break_even_utilization.has_value());
    const double u = *at_half.break_even_utilization;
    EXPECT_GT(u, 0);
    EXPECT_LE(u, 1);
    s.economics.utilization = u;
    const Cost at_break_even = compute_cost(s, shipped_catalog(), p);
    EXPECT_NEAR(at_break_even.per_million_output_usd, at_break_even.api.per_million_output_usd, 1e-9);
    // The break-even does not depend on the utilization it is computed at.
    ASSERT_TRUE(at_break_even.break_even_utilization.has_value());
    EXPECT_NEAR(*at_break_even.break_even_utilization, u, 1e-12);

    // Rented: the provider's rate over the API's earnings per hour.
    s.economics.rented = true;
    s.economics.usd_per_gpu_hour = 2.0;
    s.economics.utilization = 0.5;
    const Cost rented = compute_cost(s, shipped_catalog(), p);
    ASSERT_TRUE(rented.break_even_utilization.has_value());
    s.economics.utilization = *rented.break_even_utilization;
    EXPECT_NEAR(compute_cost(s, shipped_catalog(), p).per_million_output_usd, rented.api.per_million_output_usd, 1e-9);
}

TEST(Cost, NoBreakEvenWhenEvenFullUseCostsMoreThanTheApi)
{
    Scenario s = make_scenario("deepseek-r1", "fp8", "2x hgx-h100-8@ib-ndr400", "vllm");
    s.economics.capex_usd = 600000;
    Plan p;
    p.decode.aggregate_tokens_per_s = 10;  // one slow stream
    p.prefill.tokens_per_s = 100;
    EXPECT_FALSE(compute_cost(s, shipped_catalog(), p).break_even_utilization.has_value());
}

TEST(Cost, HgxH200IsPricedAsAWholeMachine)
{
    // systems/hgx-h200-8.price_usd is the whole server: 8 x 32,000 USD of
    // H200s plus a 110,000 USD host = 366,000 USD. Default economics: 3
    // years, 50 % utilization, 0.15 USD/kWh, PUE 1.3; the DGX draws 10.2 kW.
    const Scenario s = make_scenario("deepseek-r1", "fp8", "1x hgx-h200-8", "sglang");
    Plan p;
    p.decode.aggregate_tokens_per_s = 1000;
    p.prefill.tokens_per_s = 10000;
    const Cost c = compute_cost(s, shipped_catalog(), p);
    ASSERT_TRUE(c.known) << (c.missing.empty() ? "" : c.missing.front());
    EXPECT_TRUE(c.missing.empty());
    EXPECT_DOUBLE_EQ(c.capex_usd, 366000.0);
    EXPECT_NEAR(c.power_kw, 10.2, 1e-12);
    EXPECT_NEAR(c.capex_usd_per_hour, 27.8539, 1e-4);  // 366,000 / (3 x 8760 x 0.5)
    EXPECT_NEAR(c.power_usd_per_hour, 1.989, 1e-9);    // 10.2 kW x 1.3 x 0.15
    EXPECT_NEAR(c.usd_per_hour, 29.8429, 1e-4);
    EXPECT_NEAR(c.per_million_output_usd, 8.2897, 1e-4);  // 29.8429 USD / 3.6 M tokens
    EXPECT_NEAR(c.per_million_input_usd, 0.82897, 1e-5);
}

TEST(Cost, PricedServersAreKnownWithoutAnOverride)
{
    // Whole-machine prices from the catalog: HGX H100 310,000, HGX H20
    // 195,000, HGX H800 278,500, DGX B200 515,000 USD.
    const std::pair<const char*, double> machines[] = {
        {"1x hgx-h100-8", 310000}, {"1x hgx-h20-8", 195000}, {"1x hgx-h800-8", 278500}, {"1x hgx-b200-8", 515000}};
    for (const auto& [pool, usd] : machines) {
        const Cost c = compute_cost(make_scenario("deepseek-r1", "fp8", pool, "sglang"), shipped_catalog(), fleet_throughput());
        EXPECT_TRUE(c.known) << pool << (c.missing.empty() ? "" : ": " + c.missing.front());
        EXPECT_DOUBLE_EQ(c.capex_usd, usd) << pool;
    }
    // Two H100 servers cost twice one.
    const Cost two = compute_cost(make_scenario("deepseek-r1", "fp8", "2x hgx-h100-8@ib-ndr400", "vllm"), shipped_catalog(),
                                  fleet_throughput());
    EXPECT_DOUBLE_EQ(two.capex_usd, 620000.0);
}

TEST(Cost, SwappedCardsKeepTheHostShareOfTheMachinePrice)
{
    // 310,000 USD for the HGX H100 server less its 8 x 25,000 USD cards
    // leaves the 110,000 USD host; two H100s on it add 50,000 USD.
    const Cost c = compute_cost(make_scenario("deepseek-r1", "ud-iq1_s", "1x hgx-h100-8+2x h100-sxm-80g", "llama.cpp"),
                                shipped_catalog(), fleet_throughput());
    EXPECT_TRUE(c.known) << (c.missing.empty() ? "" : c.missing.front());
    EXPECT_DOUBLE_EQ(c.capex_usd, 160000.0);
}

TEST(Cost, MachinePricesIncludeTheirOwnAccelerators)
{
    // A system's price_usd is the whole machine, so it must exceed what its
    // own accelerators cost alone; a host-only figure would fail here.
    const Catalog& cat = shipped_catalog();
    for (const char* id : {"hgx-h100-8", "hgx-h800-8", "hgx-h200-8", "hgx-h20-8"}) {
        const System* sys = cat.system(id);
        ASSERT_NE(sys, nullptr) << id;
        const Device* own = cat.device(sys->accelerator);
        ASSERT_NE(own, nullptr) << id;
        ASSERT_GT(sys->price_usd, 0) << id;
        ASSERT_GT(own->price_usd, 0) << id;
        EXPECT_GT(sys->price_usd, own->price_usd * sys->accelerator_count) << id;
    }
}

TEST(Cost, UnpricedHardwareIsUnknownAndSaysWhatIsMissing)
{
    // A machine with no price, and cards without one.
    const Scenario s = make_scenario("deepseek-r1", "q4_k_m", "1x server-pcie+2x l40", "llama.cpp");
    const Cost c = compute_cost(s, shipped_catalog(), fleet_throughput());
    EXPECT_FALSE(c.known);
    ASSERT_FALSE(c.missing.empty());
    bool names_card = false;
    for (const auto& m : c.missing) names_card = names_card || m.find("l40") != std::string::npos;
    EXPECT_TRUE(names_card);
}

TEST(Cost, JsonCarriesTheSplitAndTheApi)
{
    const Cost c = compute_cost(deepseek_fleet(), shipped_catalog(), fleet_throughput());
    const auto j = to_json(c);
    EXPECT_TRUE(j.at("known").get<bool>());
    EXPECT_NEAR(j.at("usd_per_hour").get<double>(), 3628.0, 1e-9);
    EXPECT_TRUE(j.at("split").contains("rental_usd_per_hour"));
    EXPECT_DOUBLE_EQ(j.at("api").at("per_million_output_usd").get<double>(), 2.19);
}

}  // namespace
}  // namespace deepplan
