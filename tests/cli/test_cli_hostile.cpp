// Issue 13, through the CLI: hostile files and flags get a true message
// naming the flag or field, exit 2 for usage and 1 for input, and never a
// crash, a hang, or a damaged file.

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <sstream>

#include <gtest/gtest.h>

#include "cli_test_support.h"

namespace deepplan::cli::test {
namespace {

unsigned mode_of(const std::string& p)
{
    struct stat st {};
    EXPECT_EQ(::stat(p.c_str(), &st), 0) << p;
    return st.st_mode & 07777U;
}

void expect_in(const CliRun& r, const std::string& part)
{
    EXPECT_NE(r.err.find(part), std::string::npos) << "\"" << part << "\" not in: " << r.err;
}

const std::vector<std::string> kPlan = {"plan", "--model", "deepseek-r1", "--variant", "fp8", "--engine", "vllm",
                                        "--pool", "2x hgx-h100-8@ib-ndr400"};

std::vector<std::string> plan_with(std::vector<std::string> extra)
{
    auto args = kPlan;
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
}

TEST(CliHostile, HugeContextSaysTheBoundItBroke)
{
    const auto r = run(plan_with({"--context", "1000000000000"}));
    EXPECT_EQ(r.code, 2);
    expect_in(r, "--context: expects a whole number of at most");
    EXPECT_EQ(r.err.find("at least"), std::string::npos) << r.err;
}

TEST(CliHostile, TopGivenAsExponentDoesNotTalkAboutIntMin)
{
    const auto r = run({"search", "--model", "deepseek-r1", "--target-tps", "10", "--top", "1e9"});
    EXPECT_EQ(r.code, 2);
    expect_in(r, "--top");
    EXPECT_EQ(r.err.find("-2147483648"), std::string::npos) << r.err;
}

TEST(CliHostile, HexadecimalNumberIsNotAccepted)
{
    const auto r = run({"search", "--model", "deepseek-r1", "--target-tps", "0x10"});
    EXPECT_EQ(r.code, 2);
    expect_in(r, "--target-tps: must be a decimal number");
    const auto inf = run({"search", "--model", "deepseek-r1", "--target-tps", "inf"});
    EXPECT_EQ(inf.code, 2);
}

TEST(CliHostile, EmptyValuesAreUsageErrorsForEveryFlag)
{
    const auto model = run(plan_with({"--model", ""}));
    EXPECT_EQ(model.code, 2) << model.err;
    expect_in(model, "--model");
    const auto out = run(plan_with({"--out", ""}));
    EXPECT_EQ(out.code, 2) << out.err;
    expect_in(out, "--out");
    // Where an empty value has a meaning, it stays allowed: no added cards.
    const auto none = run({"search", "--model", "deepseek-r1-distill-qwen-1.5b", "--target-tps", "5", "--accelerators", "",
                           "--systems", "pc-ddr5", "--max-nodes", "1", "--top", "1"});
    EXPECT_NE(none.code, 2) << none.err;
}

TEST(CliHostile, OutIntoADirectoryKeepsTheRealReason)
{
    TempDir dir;
    const auto r = run(plan_with({"--out", dir.path().string()}));
    EXPECT_EQ(r.code, 1);
    expect_in(r, "--out");
    expect_in(r, "directory");
    EXPECT_EQ(r.err.find("Success"), std::string::npos) << r.err;
    EXPECT_TRUE(std::filesystem::is_directory(dir.path()));
}

TEST(CliHostile, OutOverAFifoLeavesItAlone)
{
    TempDir dir;
    const std::string fifo = dir.file("plan.json");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const auto r = run(plan_with({"--out", fifo}));
    EXPECT_EQ(r.code, 1);
    expect_in(r, "FIFO");
    EXPECT_TRUE(std::filesystem::is_fifo(fifo));
}

TEST(CliHostile, OutKeepsTheModeOfTheFileItReplaces)
{
    TempDir dir;
    const std::string file = dir.write("shared.json", "{}");
    ASSERT_EQ(::chmod(file.c_str(), 0644), 0);
    const auto r = run(plan_with({"--out", file}));
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(mode_of(file), 0644U);
    EXPECT_NE(read_file(file).find("\"schema_version\""), std::string::npos);
}

TEST(CliHostile, ScenarioFifoIsRefusedAtOnce)
{
    TempDir dir;
    const std::string fifo = dir.file("plan.json");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const auto t0 = std::chrono::steady_clock::now();
    const auto r = run({"plan", "--scenario", fifo});
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(2));
    EXPECT_EQ(r.code, 1);
    expect_in(r, "--scenario");
    expect_in(r, "FIFO");
}

TEST(CliHostile, ScenarioDevZeroIsRefusedWithoutReading)
{
    const auto r = run({"plan", "--scenario", "/dev/zero"});
    EXPECT_EQ(r.code, 1);
    expect_in(r, "/dev/zero: is a device");
}

TEST(CliHostile, CatalogFileThatIsADirectoryIsNamed)
{
    TempDir dir;
    std::filesystem::create_directories(dir.path() / "devices.json");
    const auto r = run(plan_with({"--catalog", dir.path().string()}));
    EXPECT_EQ(r.code, 1);
    expect_in(r, "devices.json: is a directory");
    EXPECT_EQ(r.err.find("internal error"), std::string::npos) << r.err;
}

TEST(CliHostile, ValidateCasesDirectoryIsNotCalledEmpty)
{
    TempDir dir;
    const auto r = run({"validate", "--no-cv", "--cases", dir.path().string()});
    EXPECT_EQ(r.code, 1);
    expect_in(r, "is a directory");
    EXPECT_EQ(r.err.find("is empty"), std::string::npos) << r.err;
}

TEST(CliHostile, NestedPlanFileIsAnErrorNotACrash)
{
    TempDir dir;
    const auto file = dir.write("n.json", std::string(100000, '[') + std::string(100000, ']'));
    const auto r = run({"plan", "--scenario", file});
    EXPECT_EQ(r.code, 1);
    expect_in(r, "more than 64 deep");
}

TEST(CliHostile, MisspelledKeyInAPlanFileIsNamed)
{
    TempDir dir;
    const auto file = dir.write("typo.json", R"({"model": "deepseek-r1", "variant": "q4_k_m",
        "pool": "1x mac-studio-m2-ultra-192g", "workload": {"concurrrency": 64}})");
    const auto r = run({"plan", "--scenario", file});
    EXPECT_EQ(r.code, 1);
    expect_in(r, "scenario.workload.concurrrency: is not a known field; did you mean \"concurrency\"?");
}

TEST(CliHostile, LongIdInAUserCatalogGivesOneShortLine)
{
    TempDir dir;
    dir.write("links.json", R"({"kind": "links", "entries": [{"id": ")" + std::string(1000000, 'a') +
                                R"(", "kind": "network", "bandwidth_gb_s": 1, "latency_us": 1}]})");
    const auto r = run(plan_with({"--catalog", dir.path().string()}));
    EXPECT_EQ(r.code, 1);
    expect_in(r, "links[0].id");
    EXPECT_LT(r.err.size(), 400U);
}

TEST(CliHostile, AnsiEscapesNeverReachTheTerminal)
{
    const auto cmd = run({"\x1b[2Jplan"});
    EXPECT_EQ(cmd.code, 2);
    EXPECT_EQ(cmd.err.find('\x1b'), std::string::npos);
    const auto model = run({"plan", "--model", "r1\x1b[31m", "--variant", "fp8", "--pool", "2x hgx-h100-8@ib-ndr400"});
    EXPECT_EQ(model.code, 2) << model.err;
    EXPECT_EQ(model.err.find('\x1b'), std::string::npos) << model.err;
    expect_in(model, "--model");
}

TEST(CliHostile, HugePoolIsRefusedFastNamingThePool)
{
    std::string pool;
    for (int i = 0; i < 100; ++i) pool += (i ? "," : "") + std::string("4096x hgx-h100-8@ib-ndr400");
    const auto t0 = std::chrono::steady_clock::now();
    const auto r = run({"plan", "--model", "deepseek-r1", "--variant", "fp8", "--pool", pool});
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(2));
    EXPECT_EQ(r.code, 2);
    expect_in(r, "--pool");
    expect_in(r, "409600 machines");
}

// The largest pool the bound admits (64 machines x 1,024 added cards), as a
// summary: the memory table shows each stage's 1,024 identical cards as one
// counted row instead of a row per card (issue 13 item 4), the counts add up
// to the pool's 65,536 cards, and --json still lists every card.
TEST(CliHostile, LargestPoolSummaryCountsIdenticalCards)
{
    const std::vector<std::string> args = {"plan", "--model", "deepseek-r1", "--variant", "fp8", "--pool", "64x pc-ddr5+1024x rtx-4090"};
    const auto r = run(args);
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("1,024 x rtx-4090"), std::string::npos) << r.out.substr(0, 3000);
    EXPECT_EQ(r.out.find("rtx-4090 #1 "), std::string::npos) << "a row per card";
    // Rows shown plus the "... and N more devices" line account for every card.
    long long listed = 0;
    int rows = 0;
    bool in_table = false;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
        if (line.find("device") != std::string::npos && line.find("holds") != std::string::npos) in_table = true;
        if (line.empty()) in_table = false;
        const auto x = line.find(" x rtx-4090");
        if (in_table && x != std::string::npos) {
            std::string count = line.substr(0, x);
            count.erase(std::remove_if(count.begin(), count.end(), [](char c) { return c == ' ' || c == ','; }), count.end());
            listed += std::stoll(count);
            ++rows;
        }
        const auto more = line.find("... and ");
        if (more != std::string::npos && line.find("more devices") != std::string::npos) {
            std::string count = line.substr(more + 8, line.find(" more") - more - 8);
            count.erase(std::remove(count.begin(), count.end(), ','), count.end());
            listed += std::stoll(count);
        }
    }
    EXPECT_GT(rows, 1);
    EXPECT_EQ(listed, 65536);

    // The plan file keeps a row per card (a smaller pool of the same shape: the
    // largest one's file is 30 MB).
    const auto j = run({"plan", "--model", "deepseek-r1", "--variant", "fp8", "--pool", "2x pc-ddr5+16x rtx-4090", "--json"});
    ASSERT_EQ(j.code, 0) << j.err;
    const auto doc = nlohmann::json::parse(j.out, nullptr, false);
    ASSERT_FALSE(doc.is_discarded());
    EXPECT_EQ(doc["plan"]["memory"]["per_device"].size(), 32U);
}

TEST(CliHostile, CalibrateKeepsTheEngineCatalogReadable)
{
    TempDir dir;
    const std::string engines = dir.write("engines.json", read_file(std::string(RESOURCES_DIR) + "/catalog/engines.json"));
    ASSERT_EQ(::chmod(engines.c_str(), 0644), 0);
    const auto r = run({"calibrate", "--engines", engines});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(mode_of(engines), 0644U);
}


// A bad fit-settings.json is an input error naming the file and the field,
// before anything is fitted or written.
TEST(CliHostile, BadFitSettingsNameTheFileAndTheField)
{
    TempDir dir;
    std::string text = read_file(std::string(RESOURCES_DIR) + "/validation/fit-settings.json");
    const std::string from = "\"value\": 0.1,";  // engine_eta_shrink
    const auto at = text.find(from);
    ASSERT_NE(at, std::string::npos);
    text.replace(at, from.size(), "\"value\": -3,");
    const std::string settings = dir.write("fit-settings.json", text);
    const std::string engines = dir.write("engines.json", read_file(std::string(RESOURCES_DIR) + "/catalog/engines.json"));
    const auto r = run({"calibrate", "--engines", engines, "--fit-settings", settings});
    EXPECT_EQ(r.code, 1) << r.err;
    expect_in(r, settings + ": settings.engine_eta_shrink.value");
    EXPECT_EQ(read_file(engines), read_file(std::string(RESOURCES_DIR) + "/catalog/engines.json"));
    const auto missing = run({"calibrate", "--dry-run", "--fit-settings", dir.file("none.json")});
    EXPECT_EQ(missing.code, 1);
    expect_in(missing, "none.json");
}

}  // namespace
}  // namespace deepplan::cli::test
