// `deepplan-cli catalog`: the tables and their JSON.

#include <gtest/gtest.h>

#include "cli_test_support.h"

namespace deepplan::cli::test {
namespace {

using nlohmann::json;

const json* find_id(const json& list, const std::string& id)
{
    for (const auto& entry : list) {
        if (entry.value("id", "") == id) return &entry;
    }
    return nullptr;
}

TEST(CliCatalog, EveryKindAsTable)
{
    const CliRun r = run({"catalog"});
    ASSERT_EQ(r.code, 0) << r.err;
    for (const char* heading : {"Models", "Variants", "Devices", "Systems", "Links", "Engines"}) {
        EXPECT_NE(r.out.find(std::string("\n") + heading + "\n"), std::string::npos) << heading;
    }
    for (const char* id : {"deepseek-r1", "q4_k_m", "ud-iq1_s", "h100-sxm-80g", "hgx-h100-8", "mac-studio-m2-ultra-192g",
                           "ib-ndr400", "tb4", "vllm", "llama.cpp", "ktransformers"}) {
        EXPECT_NE(r.out.find(id), std::string::npos) << id;
    }
}

TEST(CliCatalog, OneKindOnly)
{
    const CliRun r = run({"catalog", "links"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("ib-ndr400"), std::string::npos);
    EXPECT_EQ(r.out.find("deepseek-r1"), std::string::npos);
}

// Engine releases are listed with the release range their efficiencies are for.
TEST(CliCatalog, EnginesListTheirReleases)
{
    const CliRun table = run({"catalog", "engines"});
    ASSERT_EQ(table.code, 0) << table.err;
    EXPECT_NE(table.out.find("sglang@0.4"), std::string::npos);
    EXPECT_NE(table.out.find("vllm@0.6"), std::string::npos);
    const json doc = run_json({"catalog", "engines"});
    const json* old = find_id(doc.at("engines"), "sglang@0.4");
    ASSERT_NE(old, nullptr);
    EXPECT_EQ(old->at("extends"), "sglang");
    EXPECT_FALSE(old->at("release").get<std::string>().empty());
    const json* base = find_id(doc.at("engines"), "sglang");
    ASSERT_NE(base, nullptr);
    EXPECT_TRUE(base->at("extends").is_null());
    EXPECT_NE(base->at("release"), old->at("release"));
}

TEST(CliCatalog, ModelsJsonDerivesParameterCounts)
{
    const json doc = run_json({"catalog", "models"});
    ASSERT_TRUE(doc.contains("models"));
    EXPECT_FALSE(doc.contains("devices"));
    const json* r1 = find_id(doc["models"], "deepseek-r1");
    ASSERT_NE(r1, nullptr);
    // DeepSeek-V3/R1: 671 B parameters in the main model, 37 B active.
    EXPECT_NEAR((*r1)["params_b"].get<double>(), 671.0, 8.0);
    EXPECT_NEAR((*r1)["active_params_b"].get<double>(), 37.0, 2.0);
    EXPECT_EQ((*r1)["moe"]["routed_experts"], 256);
}

TEST(CliCatalog, VariantSizesInGbAndGib)
{
    const json doc = run_json({"catalog", "variants", "--model", "deepseek-r1"});
    const json* q4 = find_id(doc["variants"], "q4_k_m");
    ASSERT_NE(q4, nullptr);
    ASSERT_EQ((*q4)["sizes"].size(), 1U) << "--model keeps one model";
    const json& size = (*q4)["sizes"][0];
    EXPECT_EQ(size["model"], "deepseek-r1");
    const double gb = size["size_gb"].get<double>();
    // Unsloth's DeepSeek-R1 Q4_K_M GGUF is 404 GB.
    EXPECT_GT(gb, 370.0);
    EXPECT_LT(gb, 420.0);
    EXPECT_NEAR(size["size_gib"].get<double>(), gb * 1e9 / (1024.0 * 1024.0 * 1024.0), 1e-6);
    EXPECT_GT(size["bits_per_weight"].get<double>(), 4.3);
    EXPECT_LT(size["bits_per_weight"].get<double>(), 5.0);

    const json* iq1 = find_id(doc["variants"], "ud-iq1_s");
    ASSERT_NE(iq1, nullptr);
    const double iq1_gb = (*iq1)["sizes"][0]["size_gb"].get<double>();
    // Unsloth's 1.58-bit dynamic quant: 131 GB.
    EXPECT_GT(iq1_gb, 120.0);
    EXPECT_LT(iq1_gb, 150.0);
}

TEST(CliCatalog, FormatsIsAnAliasOfVariants)
{
    const CliRun a = run({"catalog", "formats"});
    const CliRun b = run({"catalog", "variants"});
    ASSERT_EQ(a.code, 0);
    EXPECT_EQ(a.out, b.out);
    EXPECT_NE(a.out.find("size GiB"), std::string::npos);
}

TEST(CliCatalog, DevicesSystemsLinksEnginesJson)
{
    const json doc = run_json({"catalog"});
    const json* h100 = find_id(doc["devices"], "h100-sxm-80g");
    ASSERT_NE(h100, nullptr);
    EXPECT_NEAR((*h100)["memory_gb"].get<double>(), 80.0, 0.5);
    const json* hgx = find_id(doc["systems"], "hgx-h100-8");
    ASSERT_NE(hgx, nullptr);
    EXPECT_EQ((*hgx)["accelerator_count"], 8);
    const json* ib = find_id(doc["links"], "ib-ndr400");
    ASSERT_NE(ib, nullptr);
    EXPECT_TRUE((*ib)["rdma"].get<bool>());
    const json* vllm = find_id(doc["engines"], "vllm");
    ASSERT_NE(vllm, nullptr);
    EXPECT_TRUE((*vllm)["parallel"]["tensor"].get<bool>());
    EXPECT_EQ(doc["catalog_dirs"].size(), 1U);
}

TEST(CliCatalog, UserCatalogIsListedAndMarked)
{
    const std::string dir = data_path("catalogs/rtx-4090-48g");
    const json doc = run_json({"catalog", "devices", "--catalog", dir});
    const json* gpu = find_id(doc["devices"], "rtx-4090");
    ASSERT_NE(gpu, nullptr);
    EXPECT_EQ((*gpu)["memory_gb"], 48.0);
    EXPECT_EQ(doc["overridden"], json::array({"devices/rtx-4090"}));
    const CliRun text = run({"catalog", "devices", "--catalog", dir});
    EXPECT_NE(text.out.find("overrides: devices/rtx-4090"), std::string::npos) << text.out;
}

TEST(CliCatalog, Help)
{
    const CliRun r = run({"help", "catalog"});
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("variants"), std::string::npos);
}

}  // namespace
}  // namespace deepplan::cli::test
