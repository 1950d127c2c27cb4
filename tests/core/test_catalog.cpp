// The shipped catalog loads, covers what the project promised, and every bad
// entry is reported with its path.

#include <fstream>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace deepplan {
namespace {

using nlohmann::json;
using test::shipped_catalog;

TEST(Catalog, ShipsThePromisedEntries)
{
    const auto& c = shipped_catalog();
    for (const char* id : {"deepseek-v3", "deepseek-r1", "deepseek-r1-distill-qwen-1.5b", "deepseek-r1-distill-qwen-7b",
                           "deepseek-r1-distill-llama-8b", "deepseek-r1-distill-qwen-14b", "deepseek-r1-distill-qwen-32b",
                           "deepseek-r1-distill-llama-70b"})
        EXPECT_NE(c.model(id), nullptr) << id;
    for (const char* id : {"fp8", "bf16", "int8", "awq-int4", "q8_0", "q6_k", "q4_k_m", "iq4_xs", "mlx-4bit", "ud-iq1_s",
                           "ud-iq1_m", "ud-iq2_xxs", "ud-q2_k_xl"})
        EXPECT_NE(c.format(id), nullptr) << id;
    for (const char* id : {"h100-sxm-80g", "h800-sxm-80g", "h200-sxm-141g", "h20-96g", "a100-sxm-80g", "a800-sxm-80g", "b200",
                           "mi300x", "l40s", "l40", "rtx-a6000", "rtx-5090", "rtx-4090", "rtx-3090", "rtx-3060-12g",
                           "apple-m2-ultra-192g", "apple-m3-ultra-512g", "apple-m4-max-128g", "apple-m4-pro-64g"})
        EXPECT_NE(c.device(id), nullptr) << id;
    for (const char* id : {"hgx-h100-8", "hgx-h800-8", "hgx-h200-8", "hgx-h20-8", "hgx-a100-8", "hgx-a800-8", "hgx-b200-8",
                           "mi300x-8", "mac-studio-m2-ultra-192g", "mac-studio-m3-ultra-512g", "mac-studio-m4-max-128g",
                           "mac-mini-m4-pro-64g", "pc-ddr5", "laptop-16g", "server-epyc-9654-2s", "server-xeon-6454s-2s",
                           "server-xeon-6980p-2s", "server-pcie"})
        EXPECT_NE(c.system(id), nullptr) << id;
    for (const char* id : {"nvlink4", "nvlink4-h800", "pcie4", "pcie5", "ib-ndr400", "ib-hdr200", "roce-200", "eth-10g",
                           "eth-25g", "tb4", "tb5", "tb5-rdma"})
        EXPECT_NE(c.link(id), nullptr) << id;
    for (const char* id : {"vllm", "sglang", "tensorrt-llm", "llama.cpp", "ollama", "mlx", "exo", "ktransformers"})
        EXPECT_NE(c.engine(id), nullptr) << id;
    // CPU memory systems: at least EPYC, Xeon, desktop and laptop classes.
    int cpus = 0;
    for (const auto& [id, d] : c.devices) cpus += d.device_class == DeviceClass::Cpu;
    EXPECT_GE(cpus, 6);
}

TEST(Catalog, EveryEntryCitesASource)
{
    const auto& c = shipped_catalog();
    for (const auto& [id, d] : c.devices) EXPECT_FALSE(d.sources.empty()) << "devices/" << id;
    for (const auto& [id, s] : c.systems) EXPECT_FALSE(s.sources.empty()) << "systems/" << id;
    for (const auto& [id, l] : c.links) EXPECT_FALSE(l.sources.empty()) << "links/" << id;
    for (const auto& [id, e] : c.engines) EXPECT_FALSE(e.sources.empty()) << "engines/" << id;
    for (const auto& [id, m] : c.models) EXPECT_FALSE(m.source.empty()) << "models/" << id;
    for (const auto& [id, f] : c.formats) EXPECT_FALSE(f.source.empty()) << "formats/" << id;
}

TEST(Catalog, BadEntriesAreNamedByPath)
{
    const std::tuple<const char*, const char*, const char*> cases[] = {
        {"devices", R"({"entries": [{"id": "x", "class": "datacenter-gpu", "memory_gb": -8, "memory_bandwidth_gb_s": 1, "tflops_bf16": 1}]})", "devices[0].memory_gb"},
        {"devices", R"({"entries": [{"id": "x", "class": "quantum", "memory_gb": 8, "memory_bandwidth_gb_s": 1, "tflops_bf16": 1}]})", "devices[0].class"},
        {"devices", R"({"entries": [{"id": "ok", "class": "cpu", "memory_bandwidth_gb_s": 1, "tflops_bf16": 1}, {"id": "Bad Id"}]})", "devices[1].id"},
        {"devices", R"({"entries": [{"class": "cpu"}]})", "devices[0].id"},
        {"devices", R"({"entries": [{"id": "x", "class": "cpu", "memory_bandwidth_gb_s": 1, "tflops_bf16": 10, "tflops_bf16_vector": 20}]})", "devices[0].tflops_bf16_vector"},
        {"devices", R"({"entries": [{"id": "x", "class": "cpu", "memory_bandwidth_gb_s": 1, "tflops_bf16": 10, "tops_int8_vector": -1}]})", "devices[0].tops_int8_vector"},
        {"devices", R"({"entries": [{"id": "x", "class": "cpu", "memory_bandwidth_gb_s": 1, "tflops_bf16": 10, "tops_int8_vector": "fast"}]})", "devices[0].tops_int8_vector"},
        {"devices", R"({"entries": [{"id": "x", "class": "consumer-gpu", "memory_gb": 8, "memory_bandwidth_gb_s": 1, "tflops_bf16": 10, "tops_int8_vector": 5}]})", "devices[0].tops_int8_vector"},
        {"devices", R"({"entries": {}})", "devices.entries"},
        {"devices", R"({"entries": [{"id": "x", "class": "consumer-gpu", "form_factor": "mxm", "memory_gb": 8, "memory_bandwidth_gb_s": 1, "tflops_bf16": 1}]})", "devices[0].form_factor"},
        {"systems", R"({"entries": [{"id": "s", "host_cpu": "c", "host_ram_gb": 64, "pcie_slots": -1, "intra_link": "pcie4", "network_link": "eth-10g"}]})", "systems[0].pcie_slots"},
        {"links", R"({"entries": [{"id": "l", "kind": "network", "bandwidth_gb_s": "fast", "latency_us": 1}]})", "links[0].bandwidth_gb_s"},
        {"models", R"({"entries": [{"id": "m", "layers": 0, "hidden_size": 8, "vocab_size": 8, "heads": 1, "dense_ffn": 8, "attention": "gqa"}]})", "models[0].layers"},
        {"systems", R"({"entries": [{"id": "s", "accelerator": "", "accelerator_count": 2, "intra_link": "pcie4", "network_link": "eth-10g"}]})", "systems[0].accelerator_count"},
        {"engines", R"({"entries": [{"id": "e", "formats": ["gguf"], "device_classes": ["cpu"], "efficiency": {}}]})", "engines[0].efficiency"},
        {"formats", R"({"entries": [{"id": "f", "family": "hf", "bits": {"embedding": 16, "attention": 1e9, "dense_ffn": 16, "output_head": 16}}]})", "formats[0].bits.attention"},
        {"links", R"({"entries": [{"id": "l", "kind": "intra", "bandwidth_gb_s": 1, "latency_us": 1, "allreduce_latency_us": -5}]})", "links[0].allreduce_latency_us"},
        {"engines", R"({"entries": [{"id": "e@1", "formats": ["gguf"], "device_classes": ["cpu"], "efficiency": {"cpu": {"eta_mem": 0.5, "eta_flop": 0.3, "eta_prefill": 0.3}}}]})", "engines[0].id"},
        {"engines", R"({"entries": [{"id": "e@1", "extends": "e"}]})", "engines[0].extends"},
        {"engines", R"({"entries": [{"id": "e", "formats": ["gguf"], "device_classes": ["cpu"], "efficiency": {"cpu": {"eta_mem": 0.5, "eta_flop": 0.3, "eta_prefill": 0.3}}}, {"id": "f@1", "extends": "e"}]})", "engines[1].extends"},
        {"engines", R"({"entries": [{"id": "e", "formats": ["gguf"], "device_classes": ["cpu"], "efficiency": {"cpu": {"eta_mem": 0.5, "eta_flop": 0.3, "eta_prefill": 0.3}}}, {"id": "e@1", "extends": "e", "efficiency": {"cpu": {"eta_mem": 7, "eta_flop": 0.3, "eta_prefill": 0.3}}}]})", "engines[1].efficiency.cpu.eta_mem"},
    };
    for (const auto& [kind, text, path] : cases) {
        Catalog c;
        auto err = merge_catalog_json(c, kind, json::parse(text), true);
        ASSERT_TRUE(err.has_value()) << text;
        EXPECT_EQ(err->path, path) << err->describe();
    }
}

// Which GPUs are cards and which machines take them is catalog data, not a
// guess from ids: SXM/OAM modules and integrated GPUs are not added to hosts.
TEST(Catalog, FormFactorsAndPcieSlotsAreData)
{
    const Catalog& c = shipped_catalog();
    EXPECT_EQ(c.device("h100-sxm-80g")->form_factor, FormFactor::Sxm);
    EXPECT_EQ(c.device("h20-96g")->form_factor, FormFactor::Sxm);  // says neither SXM nor PCIe in its name
    EXPECT_EQ(c.device("mi300x")->form_factor, FormFactor::Oam);
    EXPECT_EQ(c.device("h200-nvl-141g")->form_factor, FormFactor::Pcie);
    EXPECT_EQ(c.device("rtx-4090")->form_factor, FormFactor::Pcie);
    EXPECT_EQ(c.device("strix-halo-8060s")->form_factor, FormFactor::Integrated);
    EXPECT_EQ(c.device("apple-m2-ultra-192g")->form_factor, FormFactor::Integrated);  // the default off GPUs
    EXPECT_EQ(c.system("server-pcie")->pcie_slots, 8);
    EXPECT_EQ(c.system("pc-ddr5")->pcie_slots, 1);
    EXPECT_EQ(c.system("laptop-16g")->pcie_slots, 0);
    EXPECT_EQ(c.system("hgx-h100-8")->pcie_slots, 0);
    // A user's card without a form factor is a PCIe card; a CPU is not.
    Catalog user;
    ASSERT_FALSE(merge_catalog_json(user, "devices", json::parse(R"({"entries": [
        {"id": "card", "class": "consumer-gpu", "memory_gb": 8, "memory_bandwidth_gb_s": 1, "tflops_bf16": 1},
        {"id": "mod", "class": "datacenter-gpu", "form_factor": "oam", "memory_gb": 8, "memory_bandwidth_gb_s": 1, "tflops_bf16": 1},
        {"id": "sock", "class": "cpu", "memory_bandwidth_gb_s": 1, "tflops_bf16": 1}]})"), true));
    EXPECT_EQ(user.device("card")->form_factor, FormFactor::Pcie);
    EXPECT_EQ(user.device("mod")->form_factor, FormFactor::Oam);
    EXPECT_EQ(user.device("sock")->form_factor, FormFactor::Integrated);
}

TEST(Catalog, DanglingReferencesAreReported)
{
    Catalog c = shipped_catalog();
    c.systems["pc-ddr5"].host_cpu = "imaginary-cpu";
    auto err = check_references(c);
    ASSERT_TRUE(err.has_value());
    EXPECT_EQ(err->path, "systems/pc-ddr5.host_cpu");
}

class UserCatalog : public ::testing::Test {
protected:
    void SetUp() override
    {
        dir_ = std::filesystem::temp_directory_path() / ("deepplan-user-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                                         "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }
    void write(const std::string& name, const std::string& text) { std::ofstream(dir_ / name) << text; }
    std::filesystem::path dir_;
};

TEST_F(UserCatalog, OverridesABuiltInEntryAndThePlanSaysSo)
{
    write("devices.json", R"json({"kind": "devices", "entries": [{"id": "rtx-4090", "name": "RTX 4090 48 GB (modded)",
        "class": "consumer-gpu", "memory_gb": 48, "memory_bandwidth_gb_s": 1008, "tflops_bf16": 165.2, "sources": {"all": "user"}}]})json");
    auto cat = load_catalog(std::filesystem::path(RESOURCES_DIR) / "catalog", {dir_});
    ASSERT_TRUE(cat.ok()) << cat.error().describe();
    EXPECT_EQ(cat.value().device("rtx-4090")->memory_gb, 48);
    ASSERT_EQ(cat.value().overridden.size(), 1u);
    EXPECT_EQ(cat.value().overridden[0], "devices/rtx-4090");

    auto s = test::make_scenario("deepseek-r1-distill-qwen-32b", "q6_k", "1x pc-ddr5+1x rtx-4090", "llama.cpp");
    s.offload = OffloadMode::None;
    auto stock = plan(s, shipped_catalog());
    auto modded = plan(s, cat.value());
    ASSERT_TRUE(stock.ok() && modded.ok());
    EXPECT_FALSE(stock.value().fits);
    EXPECT_TRUE(modded.value().fits);
    bool said = false;
    for (const auto& w : modded.value().warnings) said = said || w.find("devices/rtx-4090") != std::string::npos;
    EXPECT_TRUE(said);
}

TEST_F(UserCatalog, AddsANewSystemUsableAtOnce)
{
    write("systems.json", R"json({"kind": "systems", "entries": [{"id": "my-box", "name": "My box", "accelerator": "rtx-3090",
        "accelerator_count": 4, "host_cpu": "desktop-ddr5-2ch", "host_ram_gb": 256, "intra_link": "pcie4", "network_link": "eth-10g",
        "sources": {"all": "user"}}]})json");
    auto cat = load_catalog(std::filesystem::path(RESOURCES_DIR) / "catalog", {dir_});
    ASSERT_TRUE(cat.ok()) << cat.error().describe();
    auto p = plan(test::make_scenario("deepseek-r1-distill-llama-70b", "q4_k_m", "1x my-box"), cat.value());
    ASSERT_TRUE(p.ok()) << p.error().describe();
    EXPECT_TRUE(p.value().fits);
    EXPECT_EQ(p.value().devices, 4);
}

TEST_F(UserCatalog, MalformedUserFileIsReportedNotCrashed)
{
    write("links.json", "{\"kind\": \"links\", \"entries\": [ {\"id\": ");
    auto cat = load_catalog(std::filesystem::path(RESOURCES_DIR) / "catalog", {dir_});
    ASSERT_FALSE(cat.ok());
    EXPECT_NE(cat.error().path.find("links.json"), std::string::npos) << cat.error().describe();
}

TEST(Catalog, MissingDirectoryIsAnError)
{
    auto cat = load_catalog("/nonexistent/deepplan/catalog");
    ASSERT_FALSE(cat.ok());
    EXPECT_NE(cat.error().describe().find("missing"), std::string::npos);
}


// Engine generations: a release entry extends its base engine, inherits every
// field it does not state and brings its own efficiencies and release range;
// the plain id stays the newest release.
TEST(Catalog, EngineReleasesExtendTheirBaseEngine)
{
    const Catalog& c = shipped_catalog();
    const EngineProfile* base = c.engine("sglang");
    const EngineProfile* old = c.engine("sglang@0.4");
    ASSERT_NE(base, nullptr);
    ASSERT_NE(old, nullptr);
    EXPECT_EQ(old->base, "sglang");
    EXPECT_TRUE(base->base.empty());
    EXPECT_NE(old->release, base->release);
    EXPECT_FALSE(old->release.empty());
    EXPECT_FALSE(old->released.empty());
    // Inherited: parallelism, formats, MTP, memory fraction.
    EXPECT_EQ(old->formats, base->formats);
    EXPECT_EQ(old->tensor_parallel, base->tensor_parallel);
    EXPECT_EQ(old->mtp, base->mtp);
    EXPECT_EQ(old->memory_fraction, base->memory_fraction);
    // Its own efficiencies, for datacenter GPUs only.
    ASSERT_NE(old->efficiency_for(DeviceClass::DatacenterGpu), nullptr);
    EXPECT_EQ(old->efficiency_for(DeviceClass::Cpu), nullptr);
    const EngineProfile* v0 = c.engine("vllm@0.6");
    ASSERT_NE(v0, nullptr);
    EXPECT_EQ(v0->base, "vllm");
    EXPECT_GT(v0->efficiency_for(DeviceClass::DatacenterGpu)->step_overhead_us,
              c.engine("vllm")->efficiency_for(DeviceClass::DatacenterGpu)->step_overhead_us)
        << "vLLM V0's synchronous step loop costs more per step than V1";
}
}  // namespace
}  // namespace deepplan
