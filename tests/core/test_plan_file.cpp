// Plan files: what the GUI and CLI write and read back.

#include <fstream>

#include <nlohmann/json.hpp>

#include "deepplan/plan_file.hpp"
#include "test_support.hpp"

namespace deepplan {
namespace {

using nlohmann::json;

std::filesystem::path temp_dir()
{
    auto d = std::filesystem::temp_directory_path() /
             ("deepplan-planfile-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(d);
    std::filesystem::create_directories(d);
    return d;
}

TEST(PlanFile, WrittenAndReadBackGivesTheIdenticalPlan)
{
    const auto s = test::make_scenario("deepseek-r1", "fp8", "2x hgx-h100-8@ib-ndr400", "vllm");
    const auto p = test::must_plan(s);
    const auto dir = temp_dir();
    const auto file = dir / "r1.deepplan.json";
    ASSERT_FALSE(write_file_atomic(file, make_plan_file(s, p, "test").dump(2)).has_value());

    auto back = read_plan_file(file);
    ASSERT_TRUE(back.ok()) << back.error().describe();
    EXPECT_EQ(back.value().scenario, s);
    ASSERT_TRUE(back.value().stored_plan.has_value());
    EXPECT_EQ(*back.value().stored_plan, to_json(test::must_plan(back.value().scenario)));
    std::filesystem::remove_all(dir);
}

TEST(PlanFile, PlanJsonHasTheContractFields)
{
    const auto j = to_json(test::must_plan(default_scenario()));
    for (const char* f : {"fits", "reasons", "nodes", "devices", "min_nodes", "layout", "warnings", "assumptions"})
        EXPECT_TRUE(j.contains(f)) << f;
    for (const char* f : {"weights_total_gb", "kv_per_token_bytes", "per_device"}) EXPECT_TRUE(j["memory"].contains(f)) << f;
    for (const char* f : {"device", "node", "usable_gb", "weights_gb", "kv_cache_gb", "activations_gb", "overhead_gb", "free_gb"})
        EXPECT_TRUE(j["memory"]["per_device"][0].contains(f)) << f;
    for (const char* f : {"tokens_per_s", "aggregate_tokens_per_s", "bottleneck", "tokens_per_s_range"})
        EXPECT_TRUE(j["decode"].contains(f)) << f;
    for (const char* f : {"tokens_per_s", "ttft_s", "ttft_s_range"}) EXPECT_TRUE(j["prefill"].contains(f)) << f;
    EXPECT_EQ(j["memory"]["per_device"].size(), 3u);
}

TEST(PlanFile, BareScenarioIsAccepted)
{
    auto r = parse_plan_file(R"({"model": "deepseek-r1", "variant": "q4_k_m", "pool": "3x mac-studio-m2-ultra-192g@tb4"})");
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_FALSE(r.value().stored_plan.has_value());
}

TEST(PlanFile, BrokenFilesAreClearErrors)
{
    const auto good = make_plan_file(default_scenario(), test::must_plan(default_scenario()), "test").dump();
    const std::pair<std::string, std::string> cases[] = {
        {"", "file"},
        {good.substr(0, good.size() / 2), "file"},
        {std::string("\x89PNG\r\n\x1a\n\0\0\0", 11), "file"},
        {"[]", "file"},
        // Found by the fuzz driver: nlohmann's lexer throws on overflowing numbers.
        {R"({"schema_version": 1, "scenario": {"workload": {"context": 21e308}}})", "file"},
        {R"({"schema_version": 99, "scenario": {}})", "schema_version"},
        {R"({"schema_version": "one", "scenario": {}})", "schema_version"},
        {R"({"schema_version": 0, "scenario": {}})", "schema_version"},
        {R"({"scenario": {"model": "deepseek-r1"}})", "schema_version"},
        {R"({"schema_version": 1, "scenario": {"model": "deepseek-r1", "pool": "1x hgx-h100-8"}})", "scenario.variant"},
        {R"({"schema_version": 1, "scenario": 5})", "scenario"},
        {R"({"schema_version": 1, "scenario": {"model": "deepseek-r1", "variant": "fp8", "pool": "1x hgx-h100-8"}, "plan": 3})", "plan"},
    };
    for (const auto& [text, path] : cases) {
        auto r = parse_plan_file(text);
        ASSERT_FALSE(r.ok()) << text.substr(0, 60);
        EXPECT_EQ(r.error().path, path) << r.error().describe();
    }
}

TEST(PlanFile, MissingAndDirectoryPathsAreErrors)
{
    EXPECT_FALSE(read_plan_file("/nonexistent/x.deepplan.json").ok());
    EXPECT_FALSE(read_plan_file(std::filesystem::temp_directory_path()).ok());
}

TEST(AtomicWrite, ReplacesTheFileAndLeavesNoTemporaries)
{
    const auto dir = temp_dir();
    const auto file = dir / "out.json";
    ASSERT_FALSE(write_file_atomic(file, "first").has_value());
    ASSERT_FALSE(write_file_atomic(file, "second").has_value());
    std::ifstream in(file);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    EXPECT_EQ(text, "second");
    int files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++files;
    EXPECT_EQ(files, 1);
    std::filesystem::remove_all(dir);
}

TEST(AtomicWrite, FailureLeavesTheOldFileUntouched)
{
    const auto dir = temp_dir();
    const auto file = dir / "keep.json";
    ASSERT_FALSE(write_file_atomic(file, "precious").has_value());
    // A directory cannot be replaced by a file: the rename fails, nothing is lost.
    const auto blocker = dir / "blocker";
    std::filesystem::create_directories(blocker / "child");
    auto err = write_file_atomic(blocker, "x");
    EXPECT_TRUE(err.has_value());
    EXPECT_FALSE(write_file_atomic(dir / "missing-dir" / "f.json", "x") == std::nullopt);
    std::ifstream in(file);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    EXPECT_EQ(text, "precious");
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace deepplan
