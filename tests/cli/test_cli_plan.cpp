// `deepplan-cli plan`: real scenarios with real figures, the JSON contract,
// the readable summary, plan files and user catalogs.

#include <algorithm>
#include <cctype>

#include <gtest/gtest.h>

#include "cli_test_support.h"
#include "number_format.h"

namespace deepplan::cli::test {
namespace {

using nlohmann::json;

// Whether `word` appears in `text` as a whole word (between non-letters).
bool has_word(const std::string& text, const std::string& word)
{
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
        const std::size_t end = at + word.size();
        const bool ends = end == text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
        if (starts && ends) return true;
    }
    return false;
}

json plan_of(const json& file)
{
    EXPECT_TRUE(file.contains("plan")) << file.dump().substr(0, 200);
    return file.value("plan", json::object());
}

TEST(CliPlan, DefaultScenarioWithoutFlags)
{
    const CliRun r = run({"plan"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("DeepSeek-R1"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("3x mac-studio-m2-ultra-192g@tb4"), std::string::npos) << r.out;
    const json file = run_json({"plan"});
    EXPECT_EQ(file["scenario"]["model"], "deepseek-r1");
    EXPECT_EQ(file["scenario"]["variant"], "q4_k_m");
    EXPECT_EQ(file["scenario"]["pool_spec"], "3x mac-studio-m2-ultra-192g@tb4");
}

// `--engine sglang@0.4` plans with that release's efficiencies, and the
// summary and the plan file say which release the figures are for.
TEST(CliPlan, AnOlderEngineReleaseIsNamed)
{
    const std::vector<std::string> args = {"plan", "--model", "deepseek-r1", "--variant", "fp8", "--pool", "1x hgx-h200-8", "--engine"};
    auto with = [&](const std::string& engine) {
        auto a = args;
        a.push_back(engine);
        return a;
    };
    const CliRun r = run(with("sglang@0.4"));
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("engine release"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("0.4"), std::string::npos) << r.out;
    const json old = plan_of(run_json(with("sglang@0.4")));
    const json newest = plan_of(run_json(with("sglang")));
    EXPECT_EQ(old["engine"], "sglang@0.4");
    EXPECT_EQ(newest["engine"], "sglang");
    EXPECT_NE(old["engine_release"], newest["engine_release"]);
    EXPECT_FALSE(old["engine_release"].get<std::string>().empty());
}

TEST(CliPlan, R1Fp8DoesNotFitOneHgxH100)
{
    const json p = plan_of(run_json({"plan", "--model", "deepseek-r1", "--variant", "fp8", "--engine", "vllm", "--pool",
                                     "1x hgx-h100-8"}));
    EXPECT_FALSE(p["fits"].get<bool>());
    EXPECT_FALSE(p["reasons"].empty());
    EXPECT_EQ(p["devices"], 8);
    EXPECT_EQ(p["min_nodes"], 2);
}

TEST(CliPlan, R1Fp8FitsTwoHgxH100OverInfiniBand)
{
    const json p = plan_of(run_json({"plan", "--model", "deepseek-r1", "--variant", "fp8", "--engine", "vllm", "--pool",
                                     "2x hgx-h100-8@ib-ndr400"}));
    EXPECT_TRUE(p["fits"].get<bool>()) << p["reasons"].dump();
    EXPECT_TRUE(p["reasons"].empty());
    EXPECT_EQ(p["nodes"], 2);
    EXPECT_EQ(p["devices"], 16);
    EXPECT_EQ(p["min_nodes"], 2);
    // 671 B parameters at about a byte each: the weights alone are 650-720 GB.
    const double weights = p["memory"]["weights_total_gb"].get<double>();
    EXPECT_GT(weights, 640.0);
    EXPECT_LT(weights, 720.0);
    EXPECT_EQ(p["memory"]["per_device"].size(), 16U);
    EXPECT_GT(p["decode"]["tokens_per_s"].get<double>(), 1.0);
}

TEST(CliPlan, R1Fp8FitsOneHgxH200)
{
    const json p = plan_of(run_json({"plan", "--model", "deepseek-r1", "--variant", "fp8", "--engine", "vllm", "--pool",
                                     "1x hgx-h200-8"}));
    EXPECT_TRUE(p["fits"].get<bool>()) << p["reasons"].dump();
    EXPECT_EQ(p["min_nodes"], 1);
    for (const auto& d : p["memory"]["per_device"]) {
        EXPECT_GE(d["free_gb"].get<double>(), 0.0) << d.dump();
    }
}

TEST(CliPlan, R1Q4OnMacStudios)
{
    const json two = plan_of(run_json({"plan", "--model", "deepseek-r1", "--variant", "q4_k_m", "--pool",
                                       "2x mac-studio-m2-ultra-192g@tb4"}));
    EXPECT_FALSE(two["fits"].get<bool>());
    EXPECT_EQ(two["min_nodes"], 3);

    const json three = plan_of(run_json({"plan", "--model", "deepseek-r1", "--variant", "q4_k_m", "--pool",
                                         "3x mac-studio-m2-ultra-192g@tb4"}));
    EXPECT_TRUE(three["fits"].get<bool>()) << three["reasons"].dump();
    const double tps = three["decode"]["tokens_per_s"].get<double>();
    EXPECT_GT(tps, 5.0);
    EXPECT_LT(tps, 20.0);
}

TEST(CliPlan, TinyQuantDoesNotFitOneRtx4090WithoutOffload)
{
    const json p = plan_of(run_json({"plan", "--model", "deepseek-r1", "--variant", "ud-iq1_s", "--pool",
                                     "1x pc-ddr5+1x rtx-4090", "--offload", "none"}));
    EXPECT_FALSE(p["fits"].get<bool>());
    EXPECT_EQ(p["offload"], "none");
}

TEST(CliPlan, JsonHasEveryContractField)
{
    const json file = run_json({"plan", "--model", "deepseek-r1", "--variant", "fp8", "--engine", "vllm", "--pool",
                                "2x hgx-h100-8@ib-ndr400"});
    EXPECT_EQ(file["schema_version"], 1);
    EXPECT_EQ(file["generated_by"].get<std::string>().rfind("deepplan-cli ", 0), 0U);
    ASSERT_TRUE(file.contains("scenario"));
    const json p = plan_of(file);
    for (const char* key : {"fits", "reasons", "nodes", "devices", "min_nodes", "memory", "layout", "decode", "prefill",
                            "warnings", "assumptions"}) {
        EXPECT_TRUE(p.contains(key)) << key;
    }
    EXPECT_TRUE(p["memory"]["weights_total_gb"].is_number());
    EXPECT_TRUE(p["memory"]["kv_per_token_bytes"].is_number());
    ASSERT_FALSE(p["memory"]["per_device"].empty());
    for (const auto& d : p["memory"]["per_device"]) {
        EXPECT_TRUE(d["device"].is_string());
        for (const char* key : {"node", "usable_gb", "weights_gb", "kv_cache_gb", "activations_gb", "overhead_gb", "free_gb"}) {
            EXPECT_TRUE(d[key].is_number()) << key;
        }
    }
    EXPECT_TRUE(p["layout"]["mode"].is_string());
    EXPECT_TRUE(p["layout"]["tensor_parallel"].is_number_integer());
    EXPECT_TRUE(p["decode"]["tokens_per_s"].is_number());
    EXPECT_TRUE(p["decode"]["aggregate_tokens_per_s"].is_number());
    EXPECT_TRUE(p["decode"]["bottleneck"].is_string());
    EXPECT_TRUE(p["prefill"]["tokens_per_s"].is_number());
    EXPECT_TRUE(p["prefill"]["ttft_s"].is_number());
    EXPECT_TRUE(p["warnings"].is_array());
    ASSERT_FALSE(p["assumptions"].empty());
    for (const auto& a : p["assumptions"]) {
        EXPECT_TRUE(a["name"].is_string());
        EXPECT_TRUE(a["value"].is_number());
        EXPECT_TRUE(a["unit"].is_string());
        EXPECT_TRUE(a["source"].is_string());
    }
    // MLA with a latent cache: (512 + 64) x 61 layers x 2 bytes = 70,272 bytes per token.
    EXPECT_NEAR(p["memory"]["kv_per_token_bytes"].get<double>(), 70272.0, 1.0);
}

TEST(CliPlan, RaisedWiredLimitGivesAppleGpusMoreMemory)
{
    const std::vector<std::string> base = {"plan", "--model", "deepseek-r1", "--variant", "q4_k_m", "--pool",
                                           "2x mac-studio-m2-ultra-192g@tb4"};
    const json normal = plan_of(run_json(base));
    std::vector<std::string> raised_args = base;
    raised_args.emplace_back("--apple-raise-wired-limit");
    const json file = run_json(raised_args);
    EXPECT_TRUE(file["scenario"]["apple_raise_wired_limit"].get<bool>());
    const json raised = plan_of(file);
    EXPECT_GT(raised["memory"]["usable_gb"].get<double>(), normal["memory"]["usable_gb"].get<double>() + 20.0);
}

TEST(CliPlan, WorkloadFlagsReachTheScenario)
{
    const json file = run_json({"plan", "--model", "deepseek-r1", "--variant", "fp8", "--engine", "sglang", "--pool",
                                "1x hgx-h200-8", "--context", "32768", "--prompt", "2000", "--output", "1000",
                                "--concurrency", "8", "--mtp", "--offload", "none"});
    const auto& w = file["scenario"]["workload"];
    EXPECT_EQ(w["context"], 32768);
    EXPECT_EQ(w["prompt"], 2000);
    EXPECT_EQ(w["output"], 1000);
    EXPECT_EQ(w["concurrency"], 8);
    EXPECT_EQ(w["mtp"], true);
    EXPECT_EQ(file["scenario"]["offload"], "none");
    EXPECT_EQ(file["scenario"]["engine"], "sglang");
    const json p = plan_of(file);
    EXPECT_EQ(p["engine"], "sglang");
    // Eight streams share a step: the aggregate is above one stream's rate.
    EXPECT_GT(p["decode"]["aggregate_tokens_per_s"].get<double>(), p["decode"]["tokens_per_s"].get<double>());
    EXPECT_EQ(w["prefill_chunk_tokens"], 0);  // the engine's own chunk
}

TEST(CliPlan, PrefillChunkFlagSetsThePassSize)
{
    // 64 prompts of 4,000 tokens: SGLang's default 8,192-token chunk takes 32
    // passes; a run with --chunked-prefill-size 65536 takes 4.
    const std::vector<std::string> base = {"plan", "--model", "deepseek-r1", "--variant", "fp8", "--engine", "sglang", "--pool",
                                           "1x hgx-h200-8", "--prompt", "4000", "--concurrency", "64", "--context", "5000"};
    const json a = run_json(base);
    auto args = base;
    args.insert(args.end(), {"--prefill-chunk", "65536"});
    const json b = run_json(args);
    EXPECT_EQ(b["scenario"]["workload"]["prefill_chunk_tokens"], 65536);
    EXPECT_EQ(plan_of(a)["prefill"]["chunks"], 32);
    EXPECT_EQ(plan_of(b)["prefill"]["chunks"], 4);
    const CliRun bad = run({"plan", "--prefill-chunk", "-5"});
    EXPECT_EQ(bad.code, 2);
    EXPECT_NE(bad.err.find("--prefill-chunk"), std::string::npos) << bad.err;
}

// DeepSeek-R1 FP8 on SGLang on one HGX B200 at 16 clients of 500 + 500
// tokens (the SGLang cookbook's B200 setting, MODEL.md §5).
std::vector<std::string> b200_sixteen_clients()
{
    return {"plan", "--model", "deepseek-r1", "--variant", "fp8", "--engine", "sglang", "--pool", "1x hgx-b200-8",
            "--concurrency", "16", "--prompt", "500", "--output", "500"};
}

TEST(CliPlan, ArrivalsFlagReachesThePlanFileAndChangesTheServingFigures)
{
    const json staggered = run_json(b200_sixteen_clients());
    EXPECT_EQ(staggered["scenario"]["workload"]["arrivals"], "staggered");  // the default
    auto args = b200_sixteen_clients();
    args.insert(args.end(), {"--arrivals", "together"});
    const json together = run_json(args);
    EXPECT_EQ(together["scenario"]["workload"]["arrivals"], "together");
    const json st = plan_of(staggered)["serving"];
    const json tg = plan_of(together)["serving"];
    // Together, the 16 prompts share one prefill pass a wave; staggered, a
    // prompt mostly comes alone (1-2 a pass) and its pass stalls the other
    // 15 clients' decoding: fewer tokens/s and a longer time per token.
    EXPECT_DOUBLE_EQ(tg["prompts_per_pass"].get<double>(), 16.0);
    EXPECT_GT(st["prompts_per_pass"].get<double>(), 1.0);
    EXPECT_LT(st["prompts_per_pass"].get<double>(), 2.0);
    EXPECT_LT(st["output_tokens_per_s"].get<double>(), 0.9 * tg["output_tokens_per_s"].get<double>());
    EXPECT_GT(st["tpot_ms"].get<double>(), 1.1 * tg["tpot_ms"].get<double>());
    // Together, a client's first token comes after the burst's mean TTFT.
    EXPECT_DOUBLE_EQ(tg["ttft_s"].get<double>(), plan_of(together)["prefill"]["ttft_s_at_concurrency"].get<double>());
    // The decode figures and the memory do not depend on how requests come.
    EXPECT_EQ(plan_of(staggered)["decode"], plan_of(together)["decode"]);
    EXPECT_EQ(plan_of(staggered)["memory"], plan_of(together)["memory"]);

    // A plan file keeps the arrivals; a flag overrides the file's.
    TempDir dir;
    const std::string file = dir.write("together.json", together.dump());
    const json reread = run_json({"plan", "--scenario", file});
    EXPECT_EQ(reread["scenario"]["workload"]["arrivals"], "together");
    EXPECT_EQ(plan_of(reread)["serving"], tg);
    const json overridden = run_json({"plan", "--scenario", file, "--arrivals", "staggered"});
    EXPECT_EQ(overridden["scenario"]["workload"]["arrivals"], "staggered");
    EXPECT_EQ(plan_of(overridden)["serving"], st);
}

TEST(CliPlan, BadArrivalsNameTheFlagOrTheField)
{
    for (const char* value : {"sometimes", "Together", "1", " staggered"}) {
        const CliRun bad = run({"plan", "--arrivals", value});
        EXPECT_EQ(bad.code, 2) << value;
        EXPECT_NE(bad.err.find("--arrivals: must be staggered or together; got \"" + std::string(value) + "\""), std::string::npos)
            << bad.err;
        EXPECT_TRUE(bad.out.empty()) << bad.out;
    }
    const CliRun empty = run({"plan", "--arrivals", ""});
    EXPECT_EQ(empty.code, 2);
    EXPECT_NE(empty.err.find("--arrivals: needs a value"), std::string::npos) << empty.err;
    TempDir dir;
    for (const char* value : {"7", "\"sometimes\"", "[\"together\"]"}) {
        const std::string file = dir.write("bad.json", std::string(R"({"model": "deepseek-r1", "variant": "fp8", )") +
                                                           R"("pool": "1x hgx-h200-8", "workload": {"arrivals": )" + value + "}}");
        const CliRun bad = run({"plan", "--scenario", file});
        EXPECT_EQ(bad.code, 1) << value << ": " << bad.err;
        EXPECT_NE(bad.err.find("scenario.workload.arrivals"), std::string::npos) << bad.err;
    }
}

TEST(CliPlan, SummaryUnderLoadLineHasThePlanFilesServingFigures)
{
    for (const char* arrivals : {"staggered", "together"}) {
        auto args = b200_sixteen_clients();
        args.insert(args.end(), {"--arrivals", arrivals});
        const CliRun r = run(args);
        ASSERT_EQ(r.code, 0) << r.err;
        const json serving = plan_of(run_json(args))["serving"];
        const double ttft_s = serving["ttft_s"].get<double>();
        ASSERT_LT(ttft_s, 1.0);  // shown in ms
        const bool staggered = std::string(arrivals) == "staggered";
        const std::string line = "under load      TTFT " + sensible(ttft_s * 1000.0) + " ms, then " +
                                 sensible(serving["tpot_ms"].get<double>()) + " ms a token (16 clients sending " +
                                 (staggered ? "on their own; " + sensible(serving["prompts_per_pass"].get<double>()) + " prompts"
                                            : std::string("together; 16 prompts")) +
                                 " a prefill pass)\n";
        EXPECT_NE(r.out.find(line), std::string::npos) << "missing \"" << line << "\" in:\n" << r.out;
        // The burst figure stays beside it.
        EXPECT_NE(r.out.find("TTFT queued"), std::string::npos) << r.out;
        EXPECT_NE(r.out.find("serving         " + grouped(std::llround(serving["output_tokens_per_s"].get<double>())) +
                             " tok/s output of 16 clients"),
                  std::string::npos)
            << r.out;
    }
    // The cookbook's B200 run (staggered): TTFT 170 ms, 18.9 ms a token.
    const CliRun r = run(b200_sixteen_clients());
    EXPECT_NE(r.out.find("under load      TTFT 170 ms, then 18.9 ms a token (16 clients sending on their own; 1.25 prompts"),
              std::string::npos)
        << r.out;
    // One client has no load to speak of: no such line.
    const CliRun one = run({"plan", "--model", "deepseek-r1", "--variant", "fp8", "--engine", "sglang", "--pool", "1x hgx-b200-8"});
    ASSERT_EQ(one.code, 0) << one.err;
    EXPECT_EQ(one.out.find("under load"), std::string::npos) << one.out;
}

TEST(CliPlan, MoreContextMeansMoreKvCache)
{
    auto kv = [](const char* context) {
        const json p = plan_of(run_json({"plan", "--model", "deepseek-r1", "--variant", "fp8", "--engine", "vllm",
                                         "--pool", "1x hgx-h200-8", "--context", context}));
        return p["memory"]["kv_total_gb"].get<double>();
    };
    EXPECT_GT(kv("65536"), kv("4096") * 8.0);
}

TEST(CliPlan, ReadableSummaryStatesTheHandDerivedFigures)
{
    // The frozen catalog's dense model on one GPU, whose figures
    // tests/core/test_roofline.cpp derives by hand: the summary must print
    // those numbers, per stream, in the units it names.
    const CliRun r = run({"plan", "--catalog", data_path("catalogs/frozen"), "--model", "frozen-dense", "--variant",
                          "frozen-bf16", "--engine", "frozen-serve", "--pool", "1x frozen-1gpu", "--offload", "none",
                          "--context", "4096", "--prompt", "1024", "--output", "256", "--concurrency", "1"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("FITS: ", 0), 0U) << r.out.substr(0, 200);
    for (const char* text : {
             "14.5 GB (13.5 GiB)",  // 32 x 436.24 MB layers + 2 x 262.14 MB embedding and head + 16 KB final norm
             "131,072 bytes",       // KV per token: 32 layers x 2 x 8 KV heads x 128 x 2 bytes
             "104 tok/s per stream",  // 1 / 9.644 ms
             "memory-bandwidth, step 9.64 ms",
             "16,752 tok/s",  // prefill: 1024 prompt tokens / 61.13 ms
             "61.1 ms",       // time to first token
             // the hardware's limit: 14.76 GB a step reads at 2,000 GB/s = 7.38 ms; 104 / 135.5 tok/s
             "hardware limit  136 tok/s per stream; the plan is 76.5 % of the hardware's limit",
             "serving         102 tok/s output of 1 client",  // 256 / (61.1 ms + 255 x 9.644 ms): the prefill gives token 1
             "61.8",          // usable GB of the GPU: 64 GiB x 0.9
             "1 x frozen-1gpu",  // min nodes
         }) {
        EXPECT_NE(r.out.find(text), std::string::npos) << "missing \"" << text << "\" in:\n" << r.out;
    }
    EXPECT_TRUE(r.err.empty()) << r.err;
    EXPECT_FALSE(has_word(r.out, "nan") || has_word(r.out, "inf")) << "a number went bad:\n" << r.out;

    const CliRun no = run({"plan", "--model", "deepseek-r1", "--variant", "fp8", "--engine", "vllm", "--pool", "1x hgx-h100-8"});
    ASSERT_EQ(no.code, 0) << no.err;
    EXPECT_EQ(no.out.rfind("DOES NOT FIT: ", 0), 0U) << no.out.substr(0, 200);
    EXPECT_NE(no.out.find("\n  - h100-sxm-80g on machine 1 needs "), std::string::npos) << "the overflowing device is named:\n"
                                                                                      << no.out;
}

TEST(CliPlan, DatacenterServerHasAKnownCost)
{
    // The HGX H200 server is priced whole in the catalog (366,000 USD), so
    // the plan prices itself instead of listing a missing host price.
    const std::vector<std::string> args = {"plan", "--model", "deepseek-r1", "--variant", "fp8", "--engine", "sglang",
                                           "--pool", "1x hgx-h200-8"};
    const CliRun r = run(args);
    ASSERT_EQ(r.code, 0) << r.err;
    for (const char* text : {"own hardware", "per M tokens", "hosted API"}) {
        EXPECT_NE(r.out.find(text), std::string::npos) << "missing \"" << text << "\" in:\n" << r.out;
    }
    EXPECT_EQ(r.out.find("the catalog lacks prices"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("- missing:"), std::string::npos) << r.out;

    const json cost = plan_of(run_json(args))["cost"];
    EXPECT_TRUE(cost["known"].get<bool>());
    EXPECT_DOUBLE_EQ(cost["capex_usd"].get<double>(), 366000.0);
    EXPECT_TRUE(cost["missing"].empty());
    EXPECT_GT(cost["per_million_output_usd"].get<double>(), 0.0);
}

TEST(CliPlan, OutWritesThePlanFileAndRoundTrips)
{
    TempDir dir;
    const std::string file = dir.file("r1.deepplan.json");
    const std::vector<std::string> args = {"plan", "--model", "deepseek-r1", "--variant", "fp8", "--engine", "vllm",
                                           "--pool", "2x hgx-h100-8@ib-ndr400", "--context", "16384", "--out", file};
    const CliRun first = run(args);
    ASSERT_EQ(first.code, 0) << first.err;
    EXPECT_EQ(first.out.rfind("FITS", 0), 0U) << "the summary is still printed";
    const json written = json::parse(read_file(file));
    EXPECT_EQ(written["scenario"]["workload"]["context"], 16384);

    const CliRun again = run({"plan", "--scenario", file, "--json"});
    ASSERT_EQ(again.code, 0) << again.err;
    EXPECT_TRUE(again.err.empty()) << "no stale-plan warning for a fresh file: " << again.err;
    EXPECT_EQ(json::parse(again.out), written);
    EXPECT_EQ(again.out, read_file(file));
}

TEST(CliPlan, JsonAndOutGiveTheSameText)
{
    TempDir dir;
    const std::string file = dir.file("default.json");
    const CliRun r = run({"plan", "--json", "--out", file});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, read_file(file));
}

TEST(CliPlan, ScenarioFlagsOverrideTheFile)
{
    const json p = run_json({"plan", "--scenario", data_path("plans/bare-scenario.json"), "--pool", "1x hgx-h100-8"});
    EXPECT_EQ(p["scenario"]["pool_spec"], "1x hgx-h100-8");
    EXPECT_EQ(p["scenario"]["variant"], "fp8");
    EXPECT_EQ(p["scenario"]["workload"]["concurrency"], 4);
    EXPECT_FALSE(p["plan"]["fits"].get<bool>());
}

TEST(CliPlan, BareScenarioFileIsAccepted)
{
    const CliRun r = run({"plan", "--scenario", data_path("plans/bare-scenario.json"), "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    const json p = json::parse(r.out);
    EXPECT_EQ(p["scenario"]["workload"]["context"], 8192);
    EXPECT_TRUE(p["plan"]["fits"].get<bool>());
}

TEST(CliPlan, StalePlanWarnsButSucceeds)
{
    const CliRun r = run({"plan", "--scenario", data_path("plans/stale-plan.deepplan.json"), "--json"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.err.find("warning"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("differs"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("fits"), std::string::npos) << "names what changed: " << r.err;
    EXPECT_TRUE(json::parse(r.out)["plan"]["fits"].get<bool>());
}

TEST(CliPlan, UserCatalogOverridesADevice)
{
    const std::vector<std::string> base = {"plan", "--model", "deepseek-r1", "--variant", "ud-iq1_s", "--pool",
                                           "1x pc-ddr5+2x rtx-4090", "--offload", "none"};
    const json builtin = plan_of(run_json(base));
    std::vector<std::string> with_user = base;
    with_user.insert(with_user.end(), {"--catalog", data_path("catalogs/rtx-4090-48g")});
    const json user = plan_of(run_json(with_user));

    auto gpu_capacity = [](const json& p) {
        for (const auto& d : p["memory"]["per_device"]) {
            if (d["device"] == "rtx-4090") return d["capacity_gb"].get<double>();
        }
        return -1.0;
    };
    // A "24GB" card holds 24 GiB = 25.77 GB (plan figures are decimal GB).
    EXPECT_NEAR(gpu_capacity(builtin), 24.0 * 1.073741824, 0.01);
    EXPECT_NEAR(gpu_capacity(user), 48.0 * 1.073741824, 0.01);
    EXPECT_GT(user["memory"]["usable_gb"].get<double>(), builtin["memory"]["usable_gb"].get<double>() + 30.0);
    EXPECT_NE(user, builtin);

    bool mentioned = false;
    for (const auto& w : user["warnings"]) mentioned = mentioned || w.get<std::string>().find("devices/rtx-4090") != std::string::npos;
    EXPECT_TRUE(mentioned) << user["warnings"].dump();
    for (const auto& w : builtin["warnings"]) EXPECT_EQ(w.get<std::string>().find("devices/rtx-4090"), std::string::npos);
}

TEST(CliPlan, HelpPlanAndPlanHelp)
{
    const CliRun a = run({"help", "plan"});
    const CliRun b = run({"plan", "--help"});
    EXPECT_EQ(a.code, 0);
    EXPECT_EQ(b.code, 0);
    EXPECT_EQ(a.out, b.out);
    for (const char* flag : {"--model", "--variant", "--pool", "--engine", "--context", "--prompt", "--output",
                             "--concurrency", "--offload", "--mtp", "--apple-raise-wired-limit", "--scenario",
                             "--catalog", "--json", "--out"}) {
        EXPECT_NE(a.out.find(flag), std::string::npos) << flag;
    }
}

TEST(CliTopLevel, VersionAndHelp)
{
    const CliRun v = run({"--version"});
    EXPECT_EQ(v.code, 0);
    const std::string prefix = "deepplan-cli ";
    ASSERT_EQ(v.out.rfind(prefix, 0), 0U) << v.out;
    const std::string number = v.out.substr(prefix.size());
    EXPECT_EQ(std::count(number.begin(), number.end(), '.'), 2) << v.out;
    EXPECT_EQ(number.find_first_not_of("0123456789.\n"), std::string::npos) << v.out;
    EXPECT_EQ(number.back(), '\n');
    const CliRun h = run({"--help"});
    EXPECT_EQ(h.code, 0);
    EXPECT_NE(h.out.find("plan"), std::string::npos);
    EXPECT_NE(h.out.find("catalog"), std::string::npos);
    const CliRun none = run({});
    EXPECT_EQ(none.code, 2);
    EXPECT_NE(none.err.find("Usage"), std::string::npos);
}

// --- issue 12 items 1-4 ---------------------------------------------------------

TEST(CliNewcomer, SpeedsOfAPlanThatDoesNotFitAreFlaggedNotShownAsAPrediction)
{
    const std::vector<std::string> tight = {"plan", "--model", "deepseek-r1", "--variant", "ud-iq1_s", "--pool",
                                            "1x pc-ddr5-128g+1x rtx-4090"};
    const json p = plan_of(run_json(tight));
    EXPECT_FALSE(p["fits"].get<bool>());
    EXPECT_TRUE(p["tight"].get<bool>());
    EXPECT_GT(p["short_gb"].get<double>(), 0.0);
    EXPECT_EQ(p["offload"], "layers");
    EXPECT_FALSE(p["decode"]["valid"].get<bool>());
    EXPECT_FALSE(p["prefill"]["valid"].get<bool>());
    EXPECT_GT(p["decode"]["tokens_per_s"].get<double>(), 0.0);  // kept, as it would run if it fitted
    const CliRun r = run(tight);
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("DOES NOT FIT (tight: "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Speed if it fitted (it does not: not a prediction)"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("\nSpeed\n"), std::string::npos) << r.out;

    const json fits = plan_of(run_json({"plan"}));
    EXPECT_TRUE(fits["fits"].get<bool>());
    EXPECT_FALSE(fits["tight"].get<bool>());
    EXPECT_TRUE(fits["decode"]["valid"].get<bool>());
    EXPECT_TRUE(fits["prefill"]["valid"].get<bool>());
    EXPECT_NE(run({"plan"}).out.find("\nSpeed\n"), std::string::npos);
}

TEST(CliNewcomer, ContextAboveTheModelsMaximumIsRefused)
{
    const CliRun flag = run({"plan", "--context", "200000"});
    EXPECT_EQ(flag.code, 2) << flag.out;
    EXPECT_NE(flag.err.find("--context"), std::string::npos) << flag.err;
    EXPECT_NE(flag.err.find("163840"), std::string::npos) << flag.err;
    EXPECT_TRUE(flag.out.empty());
    EXPECT_EQ(run({"plan", "--context", "163840"}).code, 0);

    TempDir dir;
    const std::string file =
        dir.write("long.deepplan.json", R"({"schema_version": 1, "scenario": {"model": "deepseek-r1", "variant": "q4_k_m",
            "pool": "3x mac-studio-m2-ultra-192g@tb4", "workload": {"context": 10000000}}})");
    const CliRun from_file = run({"plan", "--scenario", file});
    EXPECT_EQ(from_file.code, 1) << from_file.out;
    EXPECT_NE(from_file.err.find("scenario.workload.context"), std::string::npos) << from_file.err;
    EXPECT_NE(from_file.err.find("163840"), std::string::npos) << from_file.err;
}

TEST(CliNewcomer, Fp8OnSixMacStudiosIsAPlanPointingToQ8)
{
    const std::vector<std::string> args = {"plan", "--model", "deepseek-r1", "--variant", "fp8", "--pool",
                                           "6x mac-studio-m2-ultra-192g@tb4"};
    const CliRun r = run(args);
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("DOES NOT FIT"), std::string::npos);
    EXPECT_NE(r.out.find("no engine runs FP8 weights on Apple hardware"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("GGUF Q8_0 with llama.cpp fits 5 x mac-studio-m2-ultra-192g"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Speed\n  none            nothing was placed"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Cost\n  none            nothing was placed"), std::string::npos) << r.out;
    const json p = plan_of(run_json(args));
    EXPECT_FALSE(p["decode"]["valid"].get<bool>());
    EXPECT_EQ(p["engine"], "");
}

}  // namespace
}  // namespace deepplan::cli::test
