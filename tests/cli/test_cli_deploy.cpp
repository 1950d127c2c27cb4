// deepplan-cli deploy: every generated script passes `bash -n` and
// shellcheck, every YAML file parses, hostile --hosts cannot break out, and
// the quoting survives a real shell.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "../shell_tools.hpp"
#include "cli_test_support.h"
#include "deepplan/deploy.hpp"

namespace deepplan::cli::test {
namespace {

using deepplan::shell_tools::capture;
using deepplan::shell_tools::have;

bool have_python_yaml() { return std::system("python3 -c 'import yaml' >/dev/null 2>&1") == 0; }

struct Case {
    std::string name;
    std::vector<std::string> plan_args;
};

const std::vector<Case>& cases()
{
    static const std::vector<Case> c = {
        {"vllm-2", {"--model", "deepseek-r1", "--variant", "fp8", "--pool", "2x hgx-h100-8@ib-ndr400", "--engine", "vllm", "--concurrency", "32", "--mtp"}},
        {"vllm-1", {"--model", "deepseek-r1-distill-qwen-32b", "--variant", "fp8", "--pool", "1x hgx-h100-8", "--engine", "vllm"}},
        {"sglang-2", {"--model", "deepseek-r1", "--variant", "fp8", "--pool", "2x hgx-h100-8@ib-ndr400", "--engine", "sglang", "--mtp"}},
        {"sglang-dp", {"--model", "deepseek-r1", "--variant", "fp8", "--pool", "1x hgx-h200-8", "--engine", "sglang-dp", "--concurrency", "64"}},
        {"trtllm-1", {"--model", "deepseek-r1", "--variant", "fp8", "--pool", "1x hgx-h200-8", "--engine", "tensorrt-llm", "--mtp"}},
        {"trtllm-2", {"--model", "deepseek-r1", "--variant", "fp8", "--pool", "2x hgx-h100-8@ib-ndr400", "--engine", "tensorrt-llm-dp"}},
        {"llama-experts", {"--model", "deepseek-r1", "--variant", "ud-iq1_s", "--pool", "1x server-pcie+1x rtx-4090", "--engine", "llama.cpp", "--offload", "experts"}},
        {"llama-rpc", {"--model", "deepseek-r1", "--variant", "q4_k_m", "--pool", "3x mac-studio-m2-ultra-192g@tb4", "--engine", "llama.cpp"}},
        {"ollama", {"--model", "deepseek-r1-distill-qwen-7b", "--variant", "q4_k_m", "--pool", "1x pc-ddr5+1x rtx-4090", "--engine", "ollama"}},
        {"mlx-3", {"--model", "deepseek-r1", "--variant", "mlx-4bit", "--pool", "3x mac-studio-m2-ultra-192g@tb4", "--engine", "mlx", "--apple-raise-wired-limit"}},
        {"exo-3", {"--model", "deepseek-r1", "--variant", "mlx-4bit", "--pool", "3x mac-studio-m2-ultra-192g@tb4", "--engine", "exo", "--apple-raise-wired-limit"}},
        {"ktransformers", {"--model", "deepseek-r1", "--variant", "q4_k_m", "--pool", "1x server-xeon-6454s-2s+1x rtx-4090", "--engine", "ktransformers", "--offload", "experts"}},
    };
    return c;
}

TEST(CliDeploy, EveryScriptPassesBashAndShellcheckAndEveryYamlParses)
{
    if (!have("shellcheck") || !have("bash") || !have_python_yaml()) {
        GTEST_SKIP() << "needs bash, shellcheck and python3-yaml (tools/deps.sh installs them)";
    }
    TempDir dir;
    int scripts = 0;
    int checks = 0;
    int yamls = 0;
    for (const auto& c : cases()) {
        std::vector<std::string> args = {"plan"};
        args.insert(args.end(), c.plan_args.begin(), c.plan_args.end());
        args.emplace_back("--out");
        args.emplace_back(dir.file(c.name + ".json"));
        ASSERT_EQ(run(args).code, 0) << c.name;
        for (const std::string format : {"sh", "compose", "k8s"}) {
            const std::string out = dir.file(c.name + "-" + format);
            const CliRun r = run({"deploy", dir.file(c.name + ".json"), "--format", format, "--out", out});
            if (r.code != 0) {
                // Formats an engine cannot express are refused with a reason, never half-written.
                EXPECT_EQ(r.code, 1) << c.name << " " << format << ": " << r.err;
                EXPECT_NE(r.err.find("--format"), std::string::npos) << r.err;
                EXPECT_FALSE(std::filesystem::exists(out)) << c.name << " " << format;
                ASSERT_NE(format, "sh") << c.name << ": " << r.err;
                continue;
            }
            for (const auto& entry : std::filesystem::directory_iterator(out)) {
                const std::string path = entry.path().string();
                if (entry.path().extension() == ".sh") {
                    if (entry.path().filename() == "check.sh") ++checks;
                    else ++scripts;
                    EXPECT_EQ(std::system(("bash -n '" + path + "'").c_str()), 0) << path;
                    const std::string sc = capture("shellcheck '" + path + "' 2>&1");
                    EXPECT_EQ(sc, "") << path << "\n" << sc;
                    EXPECT_TRUE((entry.status().permissions() & std::filesystem::perms::owner_exec) != std::filesystem::perms::none)
                        << path;
                } else if (entry.path().extension() == ".yaml") {
                    ++yamls;
                    const std::string py = capture("python3 -c 'import sys, yaml; docs = list(yaml.safe_load_all(open(sys.argv[1]))); "
                                                   "print(\"ok\" if docs and all(isinstance(d, (dict, list)) for d in docs) else \"empty\")' '" +
                                                   path + "' 2>&1");
                    EXPECT_EQ(py, "ok\n") << path << "\n" << py;
                }
            }
        }
    }
    // 12 plans as scripts: 2+1+2+1+1+2+1+3+1+3+3+1 machines.
    EXPECT_EQ(scripts, 21);
    // check.sh (shellchecked above) in every kit of an engine that ships a serving benchmark client:
    // the 6 vLLM/SGLang/TensorRT-LLM plans as sh, 5 as compose and 5 as k8s (multi-machine TensorRT-LLM
    // has neither).
    EXPECT_EQ(checks, 16);
    EXPECT_GE(yamls, 10);
}

TEST(CliDeploy, HostileHostsAreRefusedAndWriteNothing)
{
    TempDir dir;
    ASSERT_EQ(run({"plan", "--model", "deepseek-r1", "--variant", "fp8", "--pool", "2x hgx-h100-8@ib-ndr400", "--engine", "sglang",
                   "--out", dir.file("p.json")})
                  .code,
              0);
    for (const std::string bad : {"ok,a b", "ok,x;touch pwned", "ok,$(touch pwned)", "ok,`touch pwned`", "ok,a'b", "ok,a\"b",
                                  "ok,a\nb", "ok,"}) {
        const CliRun r = run({"deploy", dir.file("p.json"), "--hosts", bad, "--out", dir.file("out")});
        EXPECT_EQ(r.code, 1) << bad;
        EXPECT_NE(r.err.find("--hosts[1]"), std::string::npos) << r.err;
        EXPECT_FALSE(std::filesystem::exists(dir.file("out")));
    }
    EXPECT_FALSE(std::filesystem::exists("pwned"));
}

TEST(CliDeploy, QuotedValuesSurviveARealShellUnchanged)
{
    if (!have("bash")) GTEST_SKIP() << "needs bash";
    for (const std::string hostile : {"a b", "x;touch pwned", "$(touch pwned)", "`touch pwned`", "it's", "a\"b", "line\nbreak",
                                      "back\\slash", "*", "${HOME}", "-rf"}) {
        const std::string printed = capture("bash -c \"printf %s \"" + deepplan::shell_quote(deepplan::shell_quote(hostile)));
        EXPECT_EQ(printed, hostile);
    }
    EXPECT_FALSE(std::filesystem::exists("pwned"));
}

TEST(CliDeploy, HostsFillTheAddressesAndPlanDeployWritesTheSameFiles)
{
    TempDir dir;
    const CliRun p = run({"plan", "--model", "deepseek-r1", "--variant", "fp8", "--pool", "2x hgx-h100-8@ib-ndr400", "--engine", "vllm",
                          "--out", dir.file("p.json"), "--deploy", dir.file("from-plan")});
    ASSERT_EQ(p.code, 0) << p.err;
    const CliRun d = run({"deploy", dir.file("p.json"), "--out", dir.file("from-deploy")});
    ASSERT_EQ(d.code, 0) << d.err;
    EXPECT_EQ(read_file(dir.file("from-plan/node0-head.sh")), read_file(dir.file("from-deploy/node0-head.sh")));
    const CliRun h = run({"deploy", dir.file("p.json"), "--hosts", "10.0.0.1,10.0.0.2"});
    ASSERT_EQ(h.code, 0) << h.err;
    EXPECT_NE(h.out.find("==> node1-worker.sh <=="), std::string::npos);
    EXPECT_NE(h.out.find("NODE0_ADDR=${NODE0_ADDR:-'10.0.0.1'}"), std::string::npos);
    const CliRun few = run({"deploy", dir.file("p.json"), "--hosts", "10.0.0.1"});
    EXPECT_EQ(few.code, 1);
    EXPECT_NE(few.err.find("2 machines"), std::string::npos) << few.err;
    EXPECT_EQ(run({"deploy", dir.file("p.json"), "--format", "docker"}).code, 2);
}

}  // namespace
}  // namespace deepplan::cli::test
