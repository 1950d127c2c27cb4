// Launch files from plans: one golden command per engine, the plan's figures
// reaching the flags, the wired-limit arithmetic, and hostile ids refused.

#include <algorithm>
#include <string>
#include <tuple>

#include <gtest/gtest.h>

#include "deepplan/deploy.hpp"
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

// The last command of a script (the service), continuation lines joined.
std::string service_command(const Deployment& d, const std::string& name)
{
    const DeployFile* f = file(d, name);
    if (!f) return {};
    std::string text = f->content;
    std::string joined;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '\n') {
            i += 1;
            while (i + 1 < text.size() && text[i + 1] == ' ') ++i;
            continue;
        }
        joined += text[i];
    }
    const auto pos = joined.rfind("\nexec ");
    if (pos == std::string::npos) return {};
    const auto end = joined.find('\n', pos + 1);
    return joined.substr(pos + 6, end - pos - 6);
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
    ASSERT_EQ(multi.deployment.files.size(), 1u);
    EXPECT_EQ(multi.deployment.files[0].name, "leaderworkerset.yaml");
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

}  // namespace
}  // namespace deepplan::test
