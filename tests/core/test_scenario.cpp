// Pool specs and scenario JSON: what users type and what files hold.

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace deepplan {
namespace {

TEST(PoolSpec, ExamplesFromTheContractParse)
{
    struct Case {
        const char* spec;
        std::size_t groups;
        int count;
        const char* system;
        int accel_count;
        const char* accel;
        const char* link;
    };
    const Case cases[] = {
        {"2x hgx-h100-8@ib-ndr400", 1, 2, "hgx-h100-8", -1, "", "ib-ndr400"},
        {"3x mac-studio-m2-ultra-192g@tb4", 1, 3, "mac-studio-m2-ultra-192g", -1, "", "tb4"},
        {"1x server-xeon-6454s-2s+1x rtx-4090", 1, 1, "server-xeon-6454s-2s", 1, "rtx-4090", ""},
        {"1x server-pcie+8x rtx-a6000", 1, 1, "server-pcie", 8, "rtx-a6000", ""},
        {"1x pc-ddr5+1x rtx-3090", 1, 1, "pc-ddr5", 1, "rtx-3090", ""},
        {"1x hgx-h100-8,1x hgx-h200-8@ib-ndr400", 2, 1, "hgx-h100-8", -1, "", ""},
        {"2x  hgx-h100-8", 1, 2, "hgx-h100-8", -1, "", ""},
        {" 4X server-pcie + 2x l40s @ eth-25g ", 1, 4, "server-pcie", 2, "l40s", "eth-25g"},
    };
    for (const auto& c : cases) {
        auto r = parse_pool_spec(c.spec);
        ASSERT_TRUE(r.ok()) << c.spec << ": " << r.error().describe();
        const auto& pool = r.value();
        ASSERT_EQ(pool.groups.size(), c.groups) << c.spec;
        const auto& g = pool.groups[0];
        EXPECT_EQ(g.count, c.count) << c.spec;
        EXPECT_EQ(g.system, c.system) << c.spec;
        EXPECT_EQ(g.accelerator_count, c.accel_count) << c.spec;
        EXPECT_EQ(g.accelerator, c.accel) << c.spec;
        EXPECT_EQ(g.link, c.link) << c.spec;
        // The canonical spec parses back to the same pool.
        auto again = parse_pool_spec(to_spec(pool));
        ASSERT_TRUE(again.ok()) << to_spec(pool);
        EXPECT_EQ(again.value(), pool) << to_spec(pool);
    }
    EXPECT_EQ(parse_pool_spec("1x hgx-h100-8,1x hgx-h200-8@ib-ndr400").value().groups[1].link, "ib-ndr400");
}

TEST(PoolSpec, GarbleIsRejectedWithAMessage)
{
    for (const char* bad : {"", "   ", "2y hgx-h100-8", "x hgx-h100-8", "-1x hgx-h100-8", "0x hgx-h100-8", "2x",
                            "2x hgx-h100-8@", ",,", "1x a+", "1x a+0x b", "99999999999x hgx-h100-8", "5000x hgx-h100-8",
                            "1x hgx-h100-8,", "1x HGX_H100", "1x hgx-h100-8+2x h100+2x h200", "1x a+2000x b",
                            "2x hgx h100", "\x01\x02", "2x-nope", "1x a@-b", "1x a+1x _b"}) {
        auto r = parse_pool_spec(bad);
        EXPECT_FALSE(r.ok()) << "accepted \"" << bad << "\"";
        if (!r.ok()) {
            EXPECT_FALSE(r.error().message.empty());
            EXPECT_NE(r.error().path.find("pool"), std::string::npos) << r.error().describe();
        }
    }
}

TEST(ScenarioJson, RoundTripsExactly)
{
    auto s = test::make_scenario("deepseek-r1", "ud-iq1_s", "1x server-pcie+2x h100-sxm-80g,2x hgx-h200-8@ib-ndr400", "llama.cpp");
    s.workload = {32768, 2000, 800, 4, true};
    s.workload.prefill_chunk_tokens = 524288;
    s.workload.arrivals = Arrivals::Together;
    s.offload = OffloadMode::Layers;
    s.apple_raise_wired_limit = true;
    s.economics.rented = true;
    s.economics.usd_per_gpu_hour = 2.5;
    auto back = scenario_from_json(to_json(s));
    ASSERT_TRUE(back.ok()) << back.error().describe();
    EXPECT_EQ(back.value(), s);
}

TEST(ScenarioJson, AcceptsAPoolSpecString)
{
    const auto j = nlohmann::json::parse(R"({"model": "deepseek-r1", "variant": "fp8", "pool": "2x hgx-h100-8@ib-ndr400"})");
    auto s = scenario_from_json(j);
    ASSERT_TRUE(s.ok()) << s.error().describe();
    EXPECT_EQ(s.value().pool.groups[0].count, 2);
    EXPECT_EQ(s.value().engine, "auto");
}

TEST(ScenarioJson, BadFieldsAreNamed)
{
    const std::pair<const char*, const char*> cases[] = {
        {R"({"variant": "fp8", "pool": "1x hgx-h100-8"})", "scenario.model"},
        {R"({"model": 7, "variant": "fp8", "pool": "1x hgx-h100-8"})", "scenario.model"},
        {R"({"model": "deepseek-r1", "variant": "fp8", "pool": "1x"})", "scenario.pool"},
        {R"({"model": "deepseek-r1", "variant": "fp8", "pool": [{"count": -2, "system": "hgx-h100-8"}]})", "scenario.pool[0].count"},
        {R"({"model": "deepseek-r1", "variant": "fp8", "pool": [{"count": 1.5, "system": "hgx-h100-8"}]})", "scenario.pool[0].count"},
        {R"({"model": "deepseek-r1", "variant": "fp8", "pool": "1x hgx-h100-8", "workload": {"context": -1}})", "scenario.workload.context"},
        {R"({"model": "deepseek-r1", "variant": "fp8", "pool": "1x hgx-h100-8", "workload": {"context": 1e300}})", "scenario.workload.context"},
        {R"({"model": "deepseek-r1", "variant": "fp8", "pool": "1x hgx-h100-8", "workload": {"concurrency": "many"}})", "scenario.workload.concurrency"},
        {R"({"model": "deepseek-r1", "variant": "fp8", "pool": "1x hgx-h100-8", "offload": "sometimes"})", "scenario.offload"},
        {R"({"model": "deepseek-r1", "variant": "fp8", "pool": "1x hgx-h100-8", "economics": {"pue": 0.2}})", "scenario.economics.pue"},
        {R"({"model": "deepseek-r1", "variant": "fp8", "pool": "1x hgx-h100-8", "workload": {"mtp": "yes"}})", "scenario.workload.mtp"},
        {R"({"model": "deepseek-r1", "variant": "fp8", "pool": "1x hgx-h100-8", "workload": {"prefill_chunk_tokens": -8192}})", "scenario.workload.prefill_chunk_tokens"},
        {R"({"model": "deepseek-r1", "variant": "fp8", "pool": "1x hgx-h100-8", "workload": {"prefill_chunk_tokens": 1e12}})", "scenario.workload.prefill_chunk_tokens"},
        {R"({"model": "deepseek-r1", "variant": "fp8", "pool": "1x hgx-h100-8", "workload": {"arrivals": "sometimes"}})", "scenario.workload.arrivals"},
        {R"({"model": "deepseek-r1", "variant": "fp8", "pool": "1x hgx-h100-8", "workload": {"arrivals": 1}})", "scenario.workload.arrivals"},
        {R"([1, 2, 3])", "scenario"},
    };
    for (const auto& [text, path] : cases) {
        auto r = scenario_from_json(nlohmann::json::parse(text));
        ASSERT_FALSE(r.ok()) << text;
        EXPECT_EQ(r.error().path.substr(0, std::string(path).size()), path) << r.error().describe();
    }
}

TEST(ScenarioJson, AWordThatIsNoneOfTheChoicesIsQuotedAndCut)
{
    // 5,000 characters ending in an escape sequence: the message shows the
    // start of it, says how long it was, and carries no control character.
    for (const char* key : {"arrivals", "offload"}) {
        nlohmann::json j = nlohmann::json::parse(R"({"model": "deepseek-r1", "variant": "fp8", "pool": "1x hgx-h100-8"})");
        const std::string word = std::string(5000, 's') + "\x1b[2J";
        if (std::string(key) == "arrivals") j["workload"]["arrivals"] = word;
        else j["offload"] = word;
        auto r = scenario_from_json(j);
        ASSERT_FALSE(r.ok()) << key;
        const std::string msg = r.error().describe();
        EXPECT_LT(msg.size(), 300U) << msg;
        EXPECT_NE(msg.find("(5004 bytes)"), std::string::npos) << msg;
        EXPECT_EQ(msg.find('\x1b'), std::string::npos) << key;
    }
}

}  // namespace
}  // namespace deepplan
