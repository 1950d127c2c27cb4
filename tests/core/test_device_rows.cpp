// Memory per device as a caller asks for it (issue 13 item 4): the plan file
// lists every device; a summary gets a stage's identical devices, and runs of
// stages that hold the same, as one row with a count, so the rows of a plan
// grow with the model's layers and not with the pool's cards. A quick plan
// (the optimizer's) builds no rows and no roofline at all.

#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace deepplan::test {
namespace {

PlanOptions rows(DeviceRows kind)
{
    PlanOptions o;
    o.find_min_nodes = false;
    o.device_rows = kind;
    return o;
}

long long devices_in(const Plan& p)
{
    long long n = 0;
    for (const auto& d : p.memory.per_device) n += d.count;
    return n;
}

// Grouped rows, expanded by their counts, are the per-device rows: same
// device, same figures, same contents, on a machine within the row's range.
void expect_grouped_matches_each(const Scenario& s)
{
    SCOPED_TRACE(s.model + " " + s.variant + " " + s.engine);
    const Plan each = must_plan(s, rows(DeviceRows::Each));
    const Plan grouped = must_plan(s, rows(DeviceRows::Grouped));
    ASSERT_FALSE(each.memory.per_device.empty());
    ASSERT_FALSE(grouped.memory.per_device.empty());
    EXPECT_LE(grouped.memory.per_device.size(), each.memory.per_device.size());
    ASSERT_EQ(devices_in(grouped), static_cast<long long>(each.memory.per_device.size()));
    std::size_t k = 0;
    for (const auto& g : grouped.memory.per_device) {
        ASSERT_GE(g.count, 1);
        ASSERT_GE(g.last_node, g.node);
        for (int c = 0; c < g.count; ++c, ++k) {
            const DeviceMemory& e = each.memory.per_device[k];
            EXPECT_EQ(e.count, 1);
            EXPECT_EQ(e.last_node, e.node);
            EXPECT_EQ(e.device, g.device) << k;
            EXPECT_EQ(e.name, g.name) << k;
            EXPECT_EQ(e.holds, g.holds) << k;
            EXPECT_EQ(e.usable_gb, g.usable_gb) << k;
            EXPECT_EQ(e.weights_gb, g.weights_gb) << k;
            EXPECT_EQ(e.kv_cache_gb, g.kv_cache_gb) << k;
            EXPECT_EQ(e.free_gb, g.free_gb) << k;
            EXPECT_GE(e.node, g.node) << k;
            EXPECT_LE(e.node, g.last_node) << k;
            if (c == 0) {
                EXPECT_EQ(e.node, g.node) << k;
                EXPECT_EQ(e.index, g.index) << k;
            }
        }
    }
    // The rest of the plan does not depend on how the rows are listed.
    EXPECT_EQ(each.decode.tokens_per_s, grouped.decode.tokens_per_s);
    EXPECT_EQ(each.memory.used_gb, grouped.memory.used_gb);
    EXPECT_EQ(each.layout.stages.size(), grouped.layout.stages.size());
}

TEST(DeviceRows, GroupedRowsAreTheDevicesCounted)
{
    // Tensor-parallel in one machine: the 8 cards are one row of 8.
    const auto tp = make_scenario("deepseek-r1", "fp8", "1x hgx-h200-8", "sglang");
    expect_grouped_matches_each(tp);
    const Plan one = must_plan(tp, rows(DeviceRows::Grouped));
    ASSERT_EQ(one.memory.per_device.size(), 1U);
    EXPECT_EQ(one.memory.per_device[0].count, 8);
    EXPECT_EQ(one.memory.per_device[0].last_node, 0);

    // Pipeline over machines, tensor-parallel inside each.
    expect_grouped_matches_each(make_scenario("deepseek-r1", "fp8", "16x hgx-h100-8@ib-ndr400", "vllm"));
    // A layer split over cards of one machine (a stage per card) and a host stage.
    expect_grouped_matches_each(make_scenario("deepseek-r1-distill-llama-70b", "q4_k_m", "1x pc-ddr5+8x rtx-3090", "llama.cpp"));
    // Routed experts in host RAM.
    expect_grouped_matches_each(make_scenario("deepseek-r1", "q4_k_m", "1x server-xeon-6454s-2s+1x rtx-4090", "ktransformers"));
}

// The two largest pools the bound admits (docs/HOSTILE-INPUTS.md): a row per
// card would be 32,768 and 65,536 rows; grouped, a few per layer.
TEST(DeviceRows, LargestPoolsHaveRowsPerLayerNotPerCard)
{
    for (const std::string pool : {"4096x hgx-h100-8@ib-ndr400", "64x pc-ddr5+1024x rtx-4090"}) {
        SCOPED_TRACE(pool);
        const auto s = make_scenario("deepseek-r1", "fp8", pool);
        const Plan p = must_plan(s, rows(DeviceRows::Grouped));
        const int layers = shipped_catalog().model("deepseek-r1")->layers;
        EXPECT_GE(p.devices, 32768);
        EXPECT_EQ(devices_in(p), p.devices);
        EXPECT_LE(p.memory.per_device.size(), static_cast<std::size_t>(2 * layers + 3));
    }
}

// What the optimizer and the what-if charts call: the figures they rank and
// draw, none of the report.
TEST(DeviceRows, QuickPlanBuildsNoDetail)
{
    const auto s = make_scenario("deepseek-r1", "fp8", "2x hgx-h100-8@ib-ndr400", "vllm");
    PlanOptions quick;
    quick.detail = false;
    quick.find_min_nodes = false;
    const Plan q = must_plan(s, quick);
    const Plan full = must_plan(s, rows(DeviceRows::Each));
    EXPECT_TRUE(q.memory.per_device.empty());
    EXPECT_TRUE(q.layout.stages.empty());
    EXPECT_TRUE(q.assumptions.empty());
    EXPECT_EQ(q.decode.roofline_tokens_per_s, 0);
    EXPECT_GT(full.decode.roofline_tokens_per_s, 0);
    EXPECT_EQ(full.memory.per_device.size(), 16U);
    // The figures a quick plan does give are the detailed plan's, to the bit.
    EXPECT_EQ(q.fits, full.fits);
    EXPECT_EQ(q.decode.tokens_per_s, full.decode.tokens_per_s);
    EXPECT_EQ(q.decode.aggregate_tokens_per_s, full.decode.aggregate_tokens_per_s);
    EXPECT_EQ(q.prefill.ttft_s, full.prefill.ttft_s);
    EXPECT_EQ(q.serving.output_tokens_per_s, full.serving.output_tokens_per_s);
    EXPECT_EQ(q.memory.used_gb, full.memory.used_gb);
    EXPECT_EQ(q.cost.per_million_output_usd, full.cost.per_million_output_usd);
}

}  // namespace
}  // namespace deepplan::test
