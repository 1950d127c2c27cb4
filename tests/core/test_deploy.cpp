// Launch files from plans: one golden command per engine, the plan's figures
// reaching the flags, the wired-limit arithmetic, and hostile ids refused.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <tuple>

#include <unistd.h>

#include <gtest/gtest.h>

#include "deepplan/deploy.hpp"
#include "deepplan/number_text.hpp"
#include "../shell_tools.hpp"
#include "test_support.hpp"

namespace deepplan::test {
namespace {

struct Golden {
    Scenario scenario;
    Plan plan;
    Deployment deployment;
};

Golden make(const std::string& model, const std::string& variant, const std::string& pool, const std::string& engine,
            int concurrency = 1, bool mtp = false, OffloadMode offload = OffloadMode::Auto, bool raise_wired = false,
            DeployFormat format = DeployFormat::Shell)
{
    Golden g;
    g.scenario = make_scenario(model, variant, pool, engine);
    g.scenario.workload.concurrency = concurrency;
    g.scenario.workload.mtp = mtp;
    g.scenario.offload = offload;
    g.scenario.apple_raise_wired_limit = raise_wired;
    g.plan = must_plan(g.scenario);
    EXPECT_TRUE(g.plan.fits) << model << " " << variant << " " << pool;
    DeployOptions o;
    o.format = format;
    auto d = make_deployment(g.scenario, g.plan, shipped_catalog(), o);
    EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().describe());
    if (d) g.deployment = d.value();
    return g;
}

const DeployFile* file(const Deployment& d, const std::string& name)
{
    for (const auto& f : d.files) {
        if (f.name == name) return &f;
    }
    ADD_FAILURE() << "no file " << name;
    return nullptr;
}

// The script with its continuation lines joined.
std::string joined(const std::string& text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '\n') {
            i += 1;
            while (i + 1 < text.size() && text[i + 1] == ' ') ++i;
            continue;
        }
        out += text[i];
    }
    return out;
}

// The last command of a script (the service), continuation lines joined.
std::string service_command(const Deployment& d, const std::string& name)
{
    const DeployFile* f = file(d, name);
    if (!f) return {};
    const std::string text = joined(f->content);
    const auto pos = text.rfind("\nexec ");
    if (pos == std::string::npos) return {};
    const auto end = text.find('\n', pos + 1);
    return text.substr(pos + 6, end - pos - 6);
}

TEST(Deploy, VllmAcrossTwoMachinesStartsRayAndServesWithThePlansSizes)
{
    const auto g = make("deepseek-r1", "fp8", "2x hgx-h100-8@ib-ndr400", "vllm", 32);
    ASSERT_EQ(g.plan.layout.tensor_parallel, 8);
    ASSERT_EQ(g.plan.layout.pipeline_parallel, 2);
    EXPECT_EQ(g.deployment.machines, 2);
    EXPECT_EQ(service_command(g.deployment, "node0-head.sh"),
              "vllm serve \"${MODEL_REPO}\" --tensor-parallel-size 8 --pipeline-parallel-size 2 --enable-expert-parallel "
              "--distributed-executor-backend ray --max-model-len 4096 --max-num-seqs 32 --gpu-memory-utilization 0.90 "
              "--trust-remote-code --host 0.0.0.0 --port 8000");
    EXPECT_EQ(service_command(g.deployment, "node1-worker.sh"), "ray start --block --address \"${NODE0_ADDR}:6379\"");
    EXPECT_EQ(g.deployment.repo, "deepseek-ai/DeepSeek-R1");
    EXPECT_NE(file(g.deployment, "node0-head.sh")->content.find("vLLM v0.10.1.1"), std::string::npos);
    EXPECT_NE(file(g.deployment, "node0-head.sh")->content.find("deepseek-ai/DeepSeek-R1"), std::string::npos);
}

TEST(Deploy, SglangAcrossTwoMachinesGivesEachItsRankAndMtpFlags)
{
    const auto g = make("deepseek-r1", "fp8", "2x hgx-h100-8@ib-ndr400", "sglang", 1, true);
    EXPECT_EQ(service_command(g.deployment, "node1-worker.sh"),
              "python3 -m sglang.launch_server --model-path \"${MODEL_REPO}\" --tp 16 --ep-size 16 --nnodes 2 --node-rank 1 "
              "--dist-init-addr \"${NODE0_ADDR}:5000\" --context-length 4096 --max-running-requests 1 "
              "--mem-fraction-static 0.88 --speculative-algorithm EAGLE --speculative-num-steps 1 --speculative-eagle-topk 1 "
              "--speculative-num-draft-tokens 2 --trust-remote-code --host 0.0.0.0 --port 30000");
    EXPECT_NE(service_command(g.deployment, "node0-head.sh").find("--node-rank 0"), std::string::npos);
}

TEST(Deploy, ThePlansPrefillChunkReachesEveryEnginesFlag)
{
    // A plan made with --prefill-chunk 65536 launches with that pass size;
    // without it the engine keeps its default and no flag is written.
    const std::vector<std::tuple<std::string, std::string, std::string, std::string>> cases = {
        {"sglang", "1x hgx-h200-8", "node0-head.sh", "--chunked-prefill-size 65536"},
        {"vllm", "1x hgx-h200-8", "node0-head.sh", "--max-num-batched-tokens 65536"},
        {"tensorrt-llm", "1x hgx-h200-8", "node0-head.sh", "--max_num_tokens 65536"},
    };
    for (const auto& [engine, pool, script, flag] : cases) {
        auto g = make("deepseek-r1", "fp8", pool, engine, 8);
        EXPECT_EQ(service_command(g.deployment, script).find(flag.substr(0, flag.find(' '))), std::string::npos) << engine;
        g.scenario.workload.prefill_chunk_tokens = 65536;
        g.plan = must_plan(g.scenario);
        auto d = make_deployment(g.scenario, g.plan, shipped_catalog(), DeployOptions{});
        ASSERT_TRUE(d.ok()) << d.error().describe();
        EXPECT_NE(service_command(d.value(), script).find(flag), std::string::npos) << engine << ": " << service_command(d.value(), script);
    }
    auto g = make("deepseek-r1-distill-qwen-7b", "q4_k_m", "1x pc-ddr5+1x rtx-4090", "llama.cpp");
    g.scenario.workload.prefill_chunk_tokens = 2048;
    g.plan = must_plan(g.scenario);
    auto d = make_deployment(g.scenario, g.plan, shipped_catalog(), DeployOptions{});
    ASSERT_TRUE(d.ok()) << d.error().describe();
    const std::string cmd = service_command(d.value(), "node0-head.sh");
    EXPECT_NE(cmd.find("--batch-size 2048 --ubatch-size 2048"), std::string::npos) << cmd;
}

TEST(Deploy, SglangDpEnablesDpAttentionWithDpEqualToTp)
{
    const auto g = make("deepseek-r1", "fp8", "1x hgx-h200-8", "sglang-dp", 64);
    EXPECT_EQ(service_command(g.deployment, "node0-head.sh"),
              "python3 -m sglang.launch_server --model-path \"${MODEL_REPO}\" --tp 8 --dp 8 --enable-dp-attention --ep-size 8 "
              "--context-length 4096 --max-running-requests 64 --mem-fraction-static 0.88 --trust-remote-code --host 0.0.0.0 "
              "--port 30000");
}

TEST(Deploy, TensorRtLlmWritesItsExtraOptionsFileWithMtp)
{
    const auto g = make("deepseek-r1", "fp8", "1x hgx-h200-8", "tensorrt-llm", 1, true);
    EXPECT_EQ(service_command(g.deployment, "node0-head.sh"),
              "trtllm-serve \"${MODEL_REPO}\" --backend pytorch --tp_size 8 --pp_size 1 --ep_size 8 --max_batch_size 1 "
              "--max_seq_len 4096 --kv_cache_free_gpu_memory_fraction 0.90 --trust_remote_code --extra_llm_api_options "
              "extra-llm-api-options.yaml --host 0.0.0.0 --port 8000");
    const DeployFile* opts = file(g.deployment, "extra-llm-api-options.yaml");
    ASSERT_NE(opts, nullptr);
    EXPECT_NE(opts->content.find("enable_attention_dp: false"), std::string::npos);
    EXPECT_NE(opts->content.find("decoding_type: MTP"), std::string::npos);
}

TEST(Deploy, LlamaCppExpertOffloadKeepsRoutedExpertsOnTheCpu)
{
    const auto g = make("deepseek-r1", "ud-iq1_s", "1x server-pcie+1x rtx-4090", "llama.cpp", 1, false, OffloadMode::Experts);
    EXPECT_EQ(service_command(g.deployment, "node0-head.sh"),
              "llama-server --model \"${MODEL_FILE}\" --ctx-size 4096 --parallel 1 --n-gpu-layers 62 --override-tensor "
              "'\\.ffn_(up|down|gate)_exps\\.=CPU' --threads \"${THREADS}\" --host 0.0.0.0 --port 8080");
    EXPECT_EQ(g.deployment.repo, "unsloth/DeepSeek-R1-GGUF");
    EXPECT_EQ(g.deployment.file_pattern, "*UD-IQ1_S*");
}

TEST(Deploy, LlamaCppLayerOffloadPutsThePlannedLayersOnTheGpu)
{
    auto g = make("deepseek-r1-distill-llama-70b", "q4_k_m", "1x server-pcie+1x rtx-4090", "llama.cpp", 1, false, OffloadMode::Layers);
    int on_gpu = 0;
    for (const auto& st : g.plan.layout.stages) {
        if (!st.on_host) on_gpu += st.end_layer - st.first_layer;
    }
    ASSERT_GT(on_gpu, 0);
    ASSERT_LT(on_gpu, 80);
    EXPECT_NE(service_command(g.deployment, "node0-head.sh").find("--n-gpu-layers " + std::to_string(on_gpu) + " "), std::string::npos);
}

TEST(Deploy, LlamaCppAcrossMacsSplitsLayersInThePlansProportionsOverRpc)
{
    const auto g = make("deepseek-r1", "q4_k_m", "3x mac-studio-m2-ultra-192g@tb4", "llama.cpp");
    std::vector<int> layers(3, 0);
    for (const auto& st : g.plan.layout.stages) layers[static_cast<std::size_t>(st.node)] += st.end_layer - st.first_layer;
    // llama.cpp numbers the RPC devices first, then its own.
    const std::string split = std::to_string(layers[1]) + "," + std::to_string(layers[2]) + "," + std::to_string(layers[0]);
    EXPECT_EQ(service_command(g.deployment, "node0-head.sh"),
              "llama-server --model \"${MODEL_FILE}\" --ctx-size 4096 --parallel 1 --n-gpu-layers 62 --tensor-split " + split +
                  " --rpc \"${NODE1_ADDR}:50052,${NODE2_ADDR}:50052\" --threads \"${THREADS}\" --host 0.0.0.0 --port 8080");
    EXPECT_EQ(split, "20,19,22");
    EXPECT_EQ(service_command(g.deployment, "node2-worker.sh"), "rpc-server --host 0.0.0.0 --port 50052");
}

TEST(Deploy, OllamaModelfileCarriesContextAndGpuLayers)
{
    const auto g = make("deepseek-r1-distill-qwen-7b", "q4_k_m", "1x pc-ddr5+1x rtx-4090", "ollama");
    const DeployFile* mf = file(g.deployment, "Modelfile");
    ASSERT_NE(mf, nullptr);
    EXPECT_NE(mf->content.find("PARAMETER num_ctx 4096\n"), std::string::npos);
    EXPECT_NE(mf->content.find("PARAMETER num_gpu 29\n"), std::string::npos);  // 28 layers + output
    EXPECT_EQ(service_command(g.deployment, "node0-head.sh"), "ollama run deepseek-r1-distill-qwen-7b-q4_k_m");
    EXPECT_EQ(g.deployment.repo, "unsloth/DeepSeek-R1-Distill-Qwen-7B-GGUF");
}

TEST(Deploy, MlxAcrossMacsLaunchesThePipelineAndRaisesTheWiredLimitInMiB)
{
    const auto g = make("deepseek-r1", "mlx-4bit", "3x mac-studio-m2-ultra-192g@tb4", "mlx", 1, false, OffloadMode::Auto, true);
    EXPECT_EQ(service_command(g.deployment, "node0-head.sh"),
              "mlx.launch --hostfile hosts.json --backend ring \"${PIPELINE_SCRIPT}\" --model \"${MODEL_REPO}\" --max-tokens 512 "
              "--prompt Hello");
    const Device* mac = shipped_catalog().device("apple-m2-ultra-192g");
    ASSERT_NE(mac, nullptr);
    // 192 GiB less the 6 GiB the OS keeps = 186 GiB = 186 * 1024 MiB.
    const long mib = static_cast<long>((mac->memory_gb - mac->os_reserve_gb) * 1024);
    EXPECT_EQ(mib, 190464);
    for (const auto& name : {"node0-head.sh", "node1-worker.sh", "node2-worker.sh"}) {
        EXPECT_NE(file(g.deployment, name)->content.find("sudo sysctl iogpu.wired_limit_mb=190464\n"), std::string::npos) << name;
    }
    ASSERT_NE(file(g.deployment, "hosts.json"), nullptr);
    EXPECT_EQ(g.deployment.repo, "mlx-community/DeepSeek-R1-4bit");
}

TEST(Deploy, NoWiredLimitLineWhenThePlanKeepsTheDefault)
{
    const auto g = make("deepseek-r1-distill-qwen-7b", "mlx-4bit", "1x mac-mini-m4-pro-64g", "mlx");
    EXPECT_EQ(file(g.deployment, "node0-head.sh")->content.find("iogpu.wired_limit_mb"), std::string::npos);
    EXPECT_EQ(service_command(g.deployment, "node0-head.sh"), "mlx_lm.server --model \"${MODEL_REPO}\" --host 0.0.0.0 --port 8080");
}

TEST(Deploy, ExoStartsOnEveryMac)
{
    const auto g = make("deepseek-r1", "mlx-4bit", "3x mac-studio-m2-ultra-192g@tb4", "exo", 1, false, OffloadMode::Auto, true);
    EXPECT_EQ(g.deployment.machines, 3);
    EXPECT_EQ(service_command(g.deployment, "node1-worker.sh"), "exo --inference-engine mlx");
}

TEST(Deploy, KTransformersRulesPutRoutedExpertsOnTheCpuForExpertOffload)
{
    const auto g = make("deepseek-r1", "q4_k_m", "1x server-xeon-6454s-2s+1x rtx-4090", "ktransformers", 1, false, OffloadMode::Experts);
    EXPECT_EQ(service_command(g.deployment, "node0-head.sh"),
              "python3 -m ktransformers.server.main --model_path \"${CONFIG_REPO}\" --gguf_path \"${MODEL_DIR}\" "
              "--optimize_config_path optimize-rules.yaml --cpu_infer \"${THREADS}\" --cache_lens 4096 --max_new_tokens 512 "
              "--host 0.0.0.0 --port 10002");
    const DeployFile* rules = file(g.deployment, "optimize-rules.yaml");
    ASSERT_NE(rules, nullptr);
    EXPECT_NE(rules->content.find("generate_op: \"KExpertsCPU\""), std::string::npos);
    EXPECT_NE(rules->content.find("generate_device: \"cpu\""), std::string::npos);
}

TEST(Deploy, KubernetesUsesLeaderWorkerSetAcrossMachinesAndDeploymentOnOne)
{
    const auto multi = make("deepseek-r1", "fp8", "2x hgx-h100-8@ib-ndr400", "sglang", 1, false, OffloadMode::Auto, false,
                            DeployFormat::Kubernetes);
    // One manifest for the whole pool, then the kit's check.sh and README.md.
    ASSERT_EQ(multi.deployment.files.size(), 3u);
    EXPECT_EQ(multi.deployment.files[0].name, "leaderworkerset.yaml");
    EXPECT_EQ(multi.deployment.files[1].name, "check.sh");
    EXPECT_EQ(multi.deployment.files[2].name, "README.md");
    EXPECT_NE(multi.deployment.files[2].content.find("`leaderworkerset.yaml`: kubectl apply -f leaderworkerset.yaml"), std::string::npos);
    const std::string& y = multi.deployment.files[0].content;
    EXPECT_NE(y.find("kind: LeaderWorkerSet"), std::string::npos);
    EXPECT_NE(y.find("size: 2"), std::string::npos);
    EXPECT_NE(y.find("--node-rank \\\"${LWS_WORKER_INDEX}\\\""), std::string::npos);
    EXPECT_NE(y.find("${LWS_LEADER_ADDRESS}:5000"), std::string::npos);
    const auto one = make("deepseek-r1", "fp8", "1x hgx-h200-8", "vllm", 1, false, OffloadMode::Auto, false, DeployFormat::Kubernetes);
    EXPECT_EQ(one.deployment.files[0].name, "deployment.yaml");
    EXPECT_NE(one.deployment.files[0].content.find("kind: Deployment"), std::string::npos);
    EXPECT_NE(one.deployment.files[0].content.find("nvidia.com/gpu: \"8\""), std::string::npos);
}

TEST(Deploy, ContainerFormatsRefuseEnginesWithoutAnImage)
{
    auto s = make_scenario("deepseek-r1-distill-qwen-7b", "mlx-4bit", "1x mac-mini-m4-pro-64g", "mlx");
    const Plan p = must_plan(s);
    DeployOptions o;
    o.format = DeployFormat::Compose;
    auto d = make_deployment(s, p, shipped_catalog(), o);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().path, "--format");
}

TEST(Deploy, APlanThatDoesNotFitIsRefused)
{
    auto s = make_scenario("deepseek-r1", "ud-iq1_s", "1x pc-ddr5+1x rtx-4090", "llama.cpp");
    const Plan p = must_plan(s);
    ASSERT_FALSE(p.fits);
    auto d = make_deployment(s, p, shipped_catalog());
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().path, "plan");
}

TEST(Deploy, WiredLimitConvertsCapacityGibToMib)
{
    EXPECT_EQ(wired_limit_mib(1.0), 1024);
    EXPECT_EQ(wired_limit_mib(186.0), 190464);
    EXPECT_EQ(wired_limit_mib(0.5), 512);
    EXPECT_EQ(wired_limit_mib(-3), 0);
}

TEST(Deploy, HostileHostsAreRefusedNamingTheHost)
{
    auto s = make_scenario("deepseek-r1", "fp8", "2x hgx-h100-8@ib-ndr400", "sglang");
    const Plan p = must_plan(s);
    for (const std::string bad : {"a b", "a;reboot", "$(touch /tmp/x)", "a'b", "a\"b", "a\nb", "`id`", "-oProxyCommand=x", "", "a|b"}) {
        DeployOptions o;
        o.hosts = {"10.0.0.1", bad};
        auto d = make_deployment(s, p, shipped_catalog(), o);
        ASSERT_FALSE(d.ok()) << bad;
        EXPECT_EQ(d.error().path, "--hosts[1]") << bad;
    }
    DeployOptions good;
    good.hosts = {"10.0.0.1", "gpu-node-2.lan"};
    auto d = make_deployment(s, p, shipped_catalog(), good);
    ASSERT_TRUE(d.ok());
    EXPECT_NE(d.value().files[1].content.find("NODE1_ADDR=${NODE1_ADDR:-'gpu-node-2.lan'}"), std::string::npos);
}

TEST(Deploy, HostileIdsAndRepositoriesAreRefused)
{
    Catalog cat = shipped_catalog();
    ModelArch evil = *cat.model("deepseek-r1-distill-qwen-7b");
    evil.id = "x$(reboot)";
    cat.models[evil.id] = evil;
    cat.formats["q4_k_m"].models.push_back(evil.id);
    auto s = make_scenario(evil.id, "q4_k_m", "1x pc-ddr5+1x rtx-4090", "llama.cpp");
    auto p = plan(s, cat);
    ASSERT_TRUE(p.ok() && p.value().fits);
    auto d = make_deployment(s, p.value(), cat);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().path, "scenario.model");

    Catalog cat2 = shipped_catalog();
    for (auto& r : cat2.formats["q4_k_m"].repos) {
        if (r.model == "deepseek-r1-distill-qwen-7b") r.repo = "unsloth/x';reboot;'";
    }
    auto s2 = make_scenario("deepseek-r1-distill-qwen-7b", "q4_k_m", "1x pc-ddr5+1x rtx-4090", "llama.cpp");
    auto p2 = plan(s2, cat2);
    ASSERT_TRUE(p2.ok());
    auto d2 = make_deployment(s2, p2.value(), cat2);
    ASSERT_FALSE(d2.ok());
    EXPECT_EQ(d2.error().path, "formats/q4_k_m.repos");
}

TEST(Deploy, ShellQuoteWrapsEveryCharacter)
{
    EXPECT_EQ(shell_quote("a b"), "'a b'");
    EXPECT_EQ(shell_quote("it's"), "'it'\\''s'");
    EXPECT_EQ(shell_quote(""), "''");
    EXPECT_TRUE(is_safe_repo("unsloth/DeepSeek-R1-GGUF"));
    EXPECT_FALSE(is_safe_repo("unsloth/../x/y"));
    EXPECT_FALSE(is_safe_repo("-x/y"));
    EXPECT_FALSE(is_safe_id("a b"));
    EXPECT_TRUE(is_safe_id("deepseek-r1-distill-qwen-1.5b"));
}

TEST(Deploy, EveryEngineInTheCatalogHasAGeneratorAndARelease)
{
    for (const auto& [id, e] : shipped_catalog().engines) {
        // A release profile (sglang@0.4) is launched with its base engine's generator.
        const std::string engine = e.base.empty() ? id : e.base;
        const auto& rel = engine_releases();
        const bool found = std::any_of(rel.begin(), rel.end(), [&](const EngineRelease& r) { return r.engine == engine; });
        EXPECT_TRUE(found) << id;
    }
}

TEST(Deploy, AnOlderReleaseProfileRunsTheBaseEnginesCommandsAndSaysSo)
{
    const Golden older = make("deepseek-r1", "fp8", "1x hgx-h200-8", "sglang@0.4");
    const Golden newest = make("deepseek-r1", "fp8", "1x hgx-h200-8", "sglang");
    ASSERT_EQ(older.plan.engine, "sglang@0.4");
    ASSERT_FALSE(older.deployment.files.empty());
    EXPECT_EQ(older.deployment.engine, "sglang");
    EXPECT_EQ(service_command(older.deployment, older.deployment.files.front().name),
              service_command(newest.deployment, newest.deployment.files.front().name));
    EXPECT_NE(older.deployment.files.front().content.find("an older release's profile"), std::string::npos);
    EXPECT_NE(older.deployment.files.front().content.find(older.plan.engine_release), std::string::npos);
}

// ---------------------------------------------------------------------------
// check.sh: the engine's benchmark client with the plan's workload.

// A plan for `concurrency` clients of 1,000-token prompts and outputs.
Golden make_serving(const std::string& pool, const std::string& engine, int concurrency, Arrivals arrivals)
{
    Golden g;
    g.scenario = make_scenario("deepseek-r1", "fp8", pool, engine);
    g.scenario.workload.concurrency = concurrency;
    g.scenario.workload.prompt = 1000;
    g.scenario.workload.output = 1000;
    g.scenario.workload.arrivals = arrivals;
    g.plan = must_plan(g.scenario);
    EXPECT_TRUE(g.plan.fits) << engine << " on " << pool;
    auto d = make_deployment(g.scenario, g.plan, shipped_catalog());
    EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().describe());
    if (d) g.deployment = d.value();
    return g;
}


// The figure on the line of `label` in the block printed before the run.
std::string printed_figure(const std::string& script, const std::string& label)
{
    const auto at = script.find("  " + label + ":");
    if (at == std::string::npos) return "<no line " + label + ">";
    const auto start = script.find_first_not_of(' ', at + 2 + label.size() + 1);
    const auto end = script.find_first_of(" \n", start);
    return script.substr(start, end - start);
}

using deepplan::shell_tools::capture;
using deepplan::shell_tools::have;

// A directory of its own under the system temp directory, removed at the end.
struct ScratchDir {
    std::filesystem::path path;
    ScratchDir()
    {
        path = std::filesystem::temp_directory_path() /
               ("deepplan-check-" + std::to_string(::getpid()) + "-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        std::filesystem::create_directories(path);
    }
    ~ScratchDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    std::string write(const std::string& name, const std::string& content, bool executable) const
    {
        const auto f = path / name;
        std::ofstream(f) << content;
        if (executable) std::filesystem::permissions(f, std::filesystem::perms::owner_all, std::filesystem::perm_options::add);
        return f.string();
    }
};

TEST(DeployCheck, SglangRunsItsBenchmarkClientWithThePlansWorkloadAndFiguresForBothArrivals)
{
    const Golden together = make_serving("1x hgx-h200-8", "sglang", 16, Arrivals::Together);
    const Golden staggered = make_serving("1x hgx-h200-8", "sglang", 16, Arrivals::Staggered);
    // The plans differ by arrivals, and so must the figures the scripts print.
    ASSERT_GT(together.plan.serving.output_tokens_per_s, 0);
    ASSERT_GT(staggered.plan.serving.output_tokens_per_s, 0);
    ASSERT_NE(together.plan.serving.ttft_s, staggered.plan.serving.ttft_s);
    for (const Golden* g : {&together, &staggered}) {
        const DeployFile* check = file(g->deployment, "check.sh");
        ASSERT_NE(check, nullptr);
        EXPECT_TRUE(check->executable);
        EXPECT_EQ(check->machine, 0);
        const std::string cmd = joined(check->content);
        EXPECT_NE(cmd.find("python3 -m sglang.bench_serving --backend sglang --host \"${HOST}\" --port \"${PORT}\" --model \"${MODEL_REPO}\" "
                           "--dataset-name random"),
                  std::string::npos)
            << cmd;
        EXPECT_NE(cmd.find("--max-concurrency 16 --request-rate inf"), std::string::npos) << cmd;
        EXPECT_NE(cmd.find("--num-prompts 80 "), std::string::npos) << cmd;  // 5 per client
        EXPECT_NE(cmd.find("PORT=${PORT:-30000}"), std::string::npos);
        EXPECT_NE(cmd.find("MODEL_REPO=${MODEL_REPO:-'deepseek-ai/DeepSeek-R1'}"), std::string::npos) << cmd;
        EXPECT_EQ(cmd.find("--ignore-eos"), std::string::npos) << "SGLang's client has no --ignore-eos; it ignores EOS by default";
        // The plan's own serving figures, formatted as the summary formats them.
        const auto& sv = g->plan.serving;
        EXPECT_EQ(printed_figure(check->content, "Output token throughput (tok/s)"), number_text::sensible(sv.output_tokens_per_s));
        EXPECT_EQ(printed_figure(check->content, "Mean TTFT (ms)"), number_text::sensible(sv.ttft_s * 1000.0));
        EXPECT_EQ(printed_figure(check->content, "Mean TPOT (ms)"), number_text::sensible(sv.tpot_ms));
        EXPECT_EQ(check->content.find("decode tok/s"), std::string::npos) << "per-stream lines are for one client only";
    }
    // together: every prompt and output exactly 1,000 tokens (SGLang ratio 1 = [L, L]).
    EXPECT_NE(joined(file(together.deployment, "check.sh")->content)
                  .find("--random-input-len 1000 --random-output-len 1000 --random-range-ratio 1 "),
              std::string::npos);
    // staggered: SGLang samples over [0.8 L, L], so L = 1,000 / 0.9 = 1,111 centres
    // the lengths (888 to 1,111 tokens) on the plan's 1,000.
    const std::string st = joined(file(staggered.deployment, "check.sh")->content);
    EXPECT_NE(st.find("--random-input-len 1111 --random-output-len 1111 --random-range-ratio 0.8 "), std::string::npos) << st;
    EXPECT_NE(st.find("prompts of 888 to 1,111 tokens"), std::string::npos) << st;
    EXPECT_NE(together.deployment.files.back().content.find("## Check it"), std::string::npos);
    EXPECT_EQ(together.deployment.files.back().name, "README.md");
}

TEST(DeployCheck, VllmUsesVllmBenchServeWithItsSymmetricRangeRatio)
{
    const Golden together = make_serving("1x hgx-h200-8", "vllm", 16, Arrivals::Together);
    const Golden staggered = make_serving("1x hgx-h200-8", "vllm", 16, Arrivals::Staggered);
    for (const Golden* g : {&together, &staggered}) {
        const DeployFile* check = file(g->deployment, "check.sh");
        ASSERT_NE(check, nullptr);
        const std::string cmd = joined(check->content);
        EXPECT_NE(cmd.find("vllm bench serve --backend vllm --host \"${HOST}\" --port \"${PORT}\""), std::string::npos) << cmd;
        EXPECT_NE(cmd.find("--random-input-len 1000 --random-output-len 1000 "), std::string::npos) << cmd;
        EXPECT_NE(cmd.find("--num-prompts 80 --max-concurrency 16 --request-rate inf --ignore-eos\n"), std::string::npos) << cmd;
        EXPECT_NE(cmd.find("PORT=${PORT:-8000}"), std::string::npos);
        EXPECT_EQ(printed_figure(check->content, "Output token throughput (tok/s)"),
                  number_text::sensible(g->plan.serving.output_tokens_per_s));
        EXPECT_EQ(printed_figure(check->content, "Mean TTFT (ms)"), number_text::sensible(g->plan.serving.ttft_s * 1000.0));
        EXPECT_EQ(printed_figure(check->content, "Mean TPOT (ms)"), number_text::sensible(g->plan.serving.tpot_ms));
    }
    // vLLM samples over [L (1 - r), L (1 + r)]: 0 fixes the lengths, 0.1 spreads them 900 to 1,100.
    EXPECT_NE(joined(file(together.deployment, "check.sh")->content).find("--random-range-ratio 0 "), std::string::npos);
    const std::string st = joined(file(staggered.deployment, "check.sh")->content);
    EXPECT_NE(st.find("--random-range-ratio 0.1 "), std::string::npos);
    EXPECT_NE(st.find("prompts of 900 to 1,100 tokens"), std::string::npos) << st;
}

TEST(DeployCheck, OneClientAlsoPrintsThePlansDecodeRateAndTtft)
{
    const Golden one = make_serving("1x hgx-h200-8", "vllm", 1, Arrivals::Staggered);
    const DeployFile* check = file(one.deployment, "check.sh");
    ASSERT_NE(check, nullptr);
    ASSERT_GT(one.plan.decode.tokens_per_s, 0);
    EXPECT_EQ(printed_figure(check->content, "decode tok/s (1000 / Mean TPOT)"), number_text::sensible(one.plan.decode.tokens_per_s));
    EXPECT_EQ(printed_figure(check->content, "TTFT of one prompt (ms)"), number_text::sensible(one.plan.prefill.ttft_s * 1000.0));
    // At least ten prompts, whatever the concurrency.
    EXPECT_NE(joined(check->content).find("--num-prompts 10 --max-concurrency 1 "), std::string::npos);
}

TEST(DeployCheck, TensorRtLlmUsesItsOwnServingBenchmark)
{
    const Golden g = make_serving("1x hgx-h200-8", "tensorrt-llm", 8, Arrivals::Together);
    const DeployFile* check = file(g.deployment, "check.sh");
    ASSERT_NE(check, nullptr);
    const std::string cmd = joined(check->content);
    EXPECT_NE(cmd.find("python3 -m tensorrt_llm.serve.scripts.benchmark_serving --backend openai"), std::string::npos) << cmd;
    EXPECT_NE(cmd.find("--random-range-ratio 0 --num-prompts 40 --max-concurrency 8 --request-rate inf --ignore-eos"),
              std::string::npos)
        << cmd;
    // A compose kit holds the same check, and its README says how to start the service.
    DeployOptions compose;
    compose.format = DeployFormat::Compose;
    auto dc = make_deployment(g.scenario, g.plan, shipped_catalog(), compose);
    ASSERT_TRUE(dc.ok()) << dc.error().describe();
    EXPECT_EQ(file(dc.value(), "check.sh")->content, check->content);
    EXPECT_NE(file(dc.value(), "README.md")->content.find("- `node0-head.compose.yaml`: `docker compose -f node0-head.compose.yaml up` on machine 0"),
              std::string::npos);
}

TEST(DeployCheck, LlamaCppKitsHaveNoCheckScriptAndTheReadmeSaysWhy)
{
    auto s = make_scenario("deepseek-r1", "ud-iq1_s", "1x server-pcie+1x rtx-4090", "llama.cpp");
    s.offload = OffloadMode::Experts;
    s.workload.concurrency = 2;
    const Plan p = must_plan(s);
    ASSERT_TRUE(p.fits);
    auto d = make_deployment(s, p, shipped_catalog());
    ASSERT_TRUE(d.ok()) << d.error().describe();
    for (const auto& f : d.value().files) EXPECT_NE(f.name, "check.sh");
    const DeployFile* readme = file(d.value(), "README.md");
    ASSERT_NE(readme, nullptr);
    const std::string& r = readme->content;
    const auto check_it = r.find("## Check it");
    ASSERT_NE(check_it, std::string::npos) << r;
    EXPECT_NE(r.find("No `check.sh` here: llama.cpp ships no standard benchmark client", check_it), std::string::npos) << r;
    // It still states what the plan expects, from the plan.
    EXPECT_NE(r.find("Output token throughput (tok/s):    " + number_text::sensible(p.serving.output_tokens_per_s), check_it),
              std::string::npos)
        << r;
    EXPECT_NE(r.find("`node0-head.sh`: run on machine 0 (the head)"), std::string::npos) << r;
}

TEST(DeployCheck, TheScriptPassesShellcheckAndRunsTheClientThenSaysWhatToCompare)
{
    if (!have("bash")) GTEST_SKIP() << "needs bash";
    const Golden g = make_serving("1x hgx-h200-8", "sglang", 16, Arrivals::Staggered);
    const DeployFile* check = file(g.deployment, "check.sh");
    ASSERT_NE(check, nullptr);
    ScratchDir dir;
    const std::string script = dir.write("check.sh", check->content, true);
    if (have("shellcheck")) {
        const std::string sc = capture("shellcheck '" + script + "' 2>&1");
        EXPECT_EQ(sc, "") << sc;
    }
    // A stand-in python3 first on PATH prints the arguments the client got.
    dir.write("python3", "#!/usr/bin/env bash\necho \"CLIENT $*\"\n", true);
    const std::string out = capture("PATH='" + dir.path.string() + "':\"$PATH\" HOST=10.1.2.3 bash '" + script + "' 2>&1; echo \"rc=$?\"");
    EXPECT_NE(out.find("rc=0"), std::string::npos) << out;
    const auto expect = out.find("What the plan expects for 16 clients");
    const auto client = out.find("CLIENT -m sglang.bench_serving --backend sglang --host 10.1.2.3 --port 30000 "
                                 "--model deepseek-ai/DeepSeek-R1 --dataset-name random --random-input-len 1111");
    const auto compare = out.find("Compare the client's lines above with the plan's figures:");
    ASSERT_NE(expect, std::string::npos) << out;
    ASSERT_NE(client, std::string::npos) << out;
    ASSERT_NE(compare, std::string::npos) << out;
    EXPECT_LT(expect, client);
    EXPECT_LT(client, compare);
    EXPECT_NE(out.find("Mean TPOT (ms):", compare), std::string::npos);
}

}  // namespace
}  // namespace deepplan::test
