// deepplan-cli import: a config.json or a GGUF header becomes a model in a
// user catalog that `plan --catalog` then plans like a built-in one.

#include <cstdint>
#include <cstring>
#include <string>

#include "cli_test_support.h"

namespace deepplan::cli::test {
namespace {

std::string u32(std::uint32_t v)
{
    std::string s(4, '\0');
    std::memcpy(s.data(), &v, 4);
    return s;
}
std::string u64(std::uint64_t v)
{
    std::string s(8, '\0');
    std::memcpy(s.data(), &v, 8);
    return s;
}
std::string gstr(const std::string& s) { return u64(s.size()) + s; }

// A GGUF header of a small Qwen2-shaped model (hidden 1536, 28 layers: the
// 1.5B distill's shape) with Q8_0 linear weights, F32 norms.
std::string distill_like_gguf()
{
    const std::uint64_t H = 1536, F = 8960, V = 151936, KV = 256;
    std::string kv;
    int n_kv = 0;
    auto kv_str = [&](const std::string& k, const std::string& v) { kv += gstr(k) + u32(8) + gstr(v); ++n_kv; };
    auto kv_u32 = [&](const std::string& k, std::uint32_t v) { kv += gstr(k) + u32(4) + u32(v); ++n_kv; };
    kv_str("general.architecture", "qwen2");
    kv_str("general.name", "Distill Like 1.5B");
    kv_u32("qwen2.block_count", 28);
    kv_u32("qwen2.embedding_length", 1536);
    kv_u32("qwen2.feed_forward_length", 8960);
    kv_u32("qwen2.attention.head_count", 12);
    kv_u32("qwen2.attention.head_count_kv", 2);
    kv_u32("qwen2.context_length", 131072);
    std::string ts;
    int n_t = 0;
    auto t = [&](const std::string& name, std::vector<std::uint64_t> dims, std::uint32_t type) {
        ts += gstr(name) + u32(static_cast<std::uint32_t>(dims.size()));
        for (auto d : dims) ts += u64(d);
        ts += u32(type) + u64(0);
        ++n_t;
    };
    t("token_embd.weight", {H, V}, 8);
    t("output.weight", {H, V}, 8);
    t("output_norm.weight", {H}, 0);
    for (int l = 0; l < 28; ++l) {
        const std::string b = "blk." + std::to_string(l) + ".";
        t(b + "attn_norm.weight", {H}, 0);
        t(b + "ffn_norm.weight", {H}, 0);
        t(b + "attn_q.weight", {H, H}, 8);
        t(b + "attn_q.bias", {H}, 0);
        t(b + "attn_k.weight", {H, KV}, 8);
        t(b + "attn_k.bias", {KV}, 0);
        t(b + "attn_v.weight", {H, KV}, 8);
        t(b + "attn_v.bias", {KV}, 0);
        t(b + "attn_output.weight", {H, H}, 8);
        t(b + "ffn_gate.weight", {H, F}, 8);
        t(b + "ffn_up.weight", {H, F}, 8);
        t(b + "ffn_down.weight", {F, H}, 8);
    }
    return "GGUF" + u32(3) + u64(static_cast<std::uint64_t>(n_t)) + u64(static_cast<std::uint64_t>(n_kv)) + kv + ts;
}

TEST(CliImport, HfConfigOfADistillPlansLikeTheBuiltInEntry)
{
    TempDir dir;
    const std::string cfg = data_path("hf/DeepSeek-R1-Distill-Qwen-7B/config.json");
    const CliRun r = run({"import", "hf", cfg, "--name", "my-qwen-7b", "--catalog", dir.file("cat")});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Added to"), std::string::npos);
    const auto mine = run_json({"plan", "--catalog", dir.file("cat"), "--model", "my-qwen-7b", "--variant", "my-qwen-7b-bf16", "--pool",
                                "1x hgx-h100-8", "--engine", "vllm"});
    const auto builtin = run_json({"plan", "--model", "deepseek-r1-distill-qwen-7b", "--variant", "bf16", "--pool", "1x hgx-h100-8",
                                   "--engine", "vllm"});
    ASSERT_TRUE(mine.contains("plan"));
    EXPECT_TRUE(mine["plan"]["fits"].get<bool>());
    // Equal but for the norms, which the checkpoint stores in BF16 and the built-in bf16 entry counts as FP32.
    const double w = builtin["plan"]["memory"]["weights_total_gb"].get<double>();
    EXPECT_NEAR(mine["plan"]["memory"]["weights_total_gb"].get<double>(), w, w * 1e-4);
    const double t = builtin["plan"]["decode"]["tokens_per_s"].get<double>();
    EXPECT_NEAR(mine["plan"]["decode"]["tokens_per_s"].get<double>(), t, t * 1e-4);
}

TEST(CliImport, BuiltInIdsAreNotShadowedAndBadFilesAreNamed)
{
    TempDir dir;
    const std::string cfg = data_path("hf/DeepSeek-R1-Distill-Qwen-7B/config.json");
    CliRun r = run({"import", "hf", cfg, "--name", "deepseek-r1", "--catalog", dir.file("cat")});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("built-in"), std::string::npos) << r.err;
    r = run({"import", "hf", dir.write("bad.json", "{\"model_type\": \"llama\", \"hidden_size\": 4096}"), "--name", "x"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("config.num_hidden_layers"), std::string::npos) << r.err;
    r = run({"import", "gguf", dir.write("x.gguf", "GGUX0000")});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("magic"), std::string::npos) << r.err;
    r = run({"import", "gguf", dir.path().string()});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("not a regular file"), std::string::npos) << r.err;
    EXPECT_EQ(run({"import", "safetensors", "x"}).code, 2);
}

TEST(CliImport, GgufHeaderAddsModelAndVariantThatPlans)
{
    TempDir dir;
    const std::string file = dir.write("distill-like-00001-of-00001.gguf", distill_like_gguf());
    const CliRun r = run({"import", "gguf", file, "--catalog", dir.file("cat")});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Model distill-like-1.5b"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("check passed"), std::string::npos) << r.out;
    const auto p = run_json({"plan", "--catalog", dir.file("cat"), "--model", "distill-like-1.5b", "--variant", "distill-like-1.5b-gguf",
                             "--pool", "1x pc-ddr5+1x rtx-4090", "--engine", "llama.cpp"});
    EXPECT_TRUE(p["plan"]["fits"].get<bool>());
    // Q8_0 (34 bytes per 32 weights) for the 1.78 B parameters: about 1.89 GB.
    EXPECT_NEAR(p["plan"]["memory"]["weights_total_gb"].get<double>(), 1.89, 0.02);
}

TEST(CliImport, PlanFilesCarryCustomDefinitionsAndReplanWithoutTheUserCatalog)
{
    TempDir dir;
    // A custom GPU and machine, and an imported model, all in the user catalog.
    std::filesystem::create_directories(dir.path() / "cat");
    dir.write("cat/devices.json", R"({"kind": "devices", "entries": [{"id": "my-gpu-40g", "name": "My GPU 40 GB",
        "class": "consumer-gpu", "memory_gb": 40, "memory_bandwidth_gb_s": 900, "tflops_bf16": 120, "power_w": 350,
        "sources": {"all": "test data"}}]})");
    dir.write("cat/systems.json", R"({"kind": "systems", "entries": [{"id": "my-box", "name": "My box",
        "accelerator": "my-gpu-40g", "accelerator_count": 4, "host_cpu": "epyc-9654", "host_sockets": 1,
        "host_ram_gb": 256, "intra_link": "pcie4", "network_link": "eth-25g", "sources": {"all": "test data"}}]})");
    ASSERT_EQ(run({"import", "hf", data_path("hf/Mixtral-8x7B-v0.1/config.json"), "--name", "my-mixtral", "--catalog", dir.file("cat")}).code, 0);
    const CliRun made = run({"plan", "--catalog", dir.file("cat"), "--model", "my-mixtral", "--variant", "my-mixtral-bf16", "--pool",
                             "1x my-box", "--engine", "vllm", "--out", dir.file("plan.json")});
    ASSERT_EQ(made.code, 0) << made.err;
    const auto file = nlohmann::json::parse(read_file(dir.file("plan.json")));
    ASSERT_TRUE(file.contains("definitions"));
    EXPECT_EQ(file["definitions"]["systems"][0]["id"], "my-box");
    EXPECT_EQ(file["definitions"]["devices"][0]["id"], "my-gpu-40g");
    EXPECT_EQ(file["definitions"]["models"][0]["id"], "my-mixtral");
    EXPECT_EQ(file["definitions"]["formats"][0]["id"], "my-mixtral-bf16");
    EXPECT_FALSE(file["definitions"].contains("links"));  // built-in links are not copied

    // Another machine: no user catalog, the same plan.
    const auto again = run_json({"plan", "--scenario", dir.file("plan.json")});
    ASSERT_TRUE(again.contains("plan"));
    EXPECT_EQ(again["plan"], file["plan"]);
    const CliRun deploy = run({"deploy", dir.file("plan.json")});
    EXPECT_EQ(deploy.code, 0) << deploy.err;
    EXPECT_NE(deploy.out.find("--tensor-parallel-size 4"), std::string::npos) << deploy.out;

    // Without the definitions it is the old failure.
    auto stripped = file;
    stripped.erase("definitions");
    const CliRun bare = run({"plan", "--scenario", dir.write("bare.json", stripped.dump())});
    EXPECT_EQ(bare.code, 1);
    EXPECT_NE(bare.err.find("unknown"), std::string::npos) << bare.err;

    // A plan without custom entries carries no definitions.
    ASSERT_EQ(run({"plan", "--out", dir.file("builtin.json")}).code, 0);
    EXPECT_FALSE(nlohmann::json::parse(read_file(dir.file("builtin.json"))).contains("definitions"));

    // Malformed definitions are named.
    auto broken = file;
    broken["definitions"]["systems"][0]["accelerator"] = "no-such-gpu";
    const CliRun b = run({"plan", "--scenario", dir.write("broken.json", broken.dump())});
    EXPECT_EQ(b.code, 1);
    EXPECT_NE(b.err.find("definitions"), std::string::npos) << b.err;
}

}  // namespace
}  // namespace deepplan::cli::test
