// Bad usage and bad input: every one a clear message naming the flag or the
// field, the right exit code (2 usage, 1 input), and never a crash.

#include <gtest/gtest.h>

#include "cli_test_support.h"

namespace deepplan::cli::test {
namespace {

struct BadCase {
    const char* label;
    std::vector<std::string> args;
    int code;
    std::vector<std::string> message_parts;  ///< each must appear in stderr
};

void PrintTo(const BadCase& c, std::ostream* os) { *os << c.label; }

std::string case_name(const ::testing::TestParamInfo<BadCase>& p) { return p.param.label; }

class CliBadInput : public ::testing::TestWithParam<BadCase> {};

TEST_P(CliBadInput, ReportsAndExits)
{
    const BadCase& c = GetParam();
    const CliRun r = run(c.args);
    EXPECT_EQ(r.code, c.code) << "stderr: " << r.err;
    EXPECT_TRUE(r.out.empty()) << "nothing on stdout: " << r.out.substr(0, 200);
    EXPECT_FALSE(r.err.empty());
    for (const auto& part : c.message_parts) {
        EXPECT_NE(r.err.find(part), std::string::npos) << "\"" << part << "\" not in: " << r.err;
    }
    // One short message, not a dump.
    EXPECT_LT(r.err.size(), 600U) << r.err;
}

std::vector<std::string> plan_args(std::vector<std::string> extra)
{
    std::vector<std::string> args = {"plan", "--model", "deepseek-r1", "--variant", "fp8", "--engine", "vllm",
                                     "--pool", "2x hgx-h100-8@ib-ndr400"};
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
}

std::vector<std::string> pool_args(const std::string& pool) { return {"plan", "--pool", pool}; }

std::vector<std::string> scenario_args(const std::string& file) { return {"plan", "--scenario", file, "--json"}; }

const BadCase kUsageCases[] = {
    {"unknown_flag", plan_args({"--fast"}), 2, {"unknown option", "--fast"}},
    {"unknown_flag_with_value", plan_args({"--gpus=8"}), 2, {"--gpus"}},
    {"single_dash_flag", plan_args({"-x"}), 2, {"-x"}},
    {"stray_argument", plan_args({"extra"}), 2, {"unexpected argument", "extra"}},
    {"missing_value_at_end", {"plan", "--model"}, 2, {"--model needs a value"}},
    {"missing_value_before_flag", {"plan", "--pool", "--json"}, 2, {"--pool needs a value"}},
    {"context_negative", plan_args({"--context", "-5"}), 2, {"--context", "-5"}},
    {"context_zero", plan_args({"--context", "0"}), 2, {"--context"}},
    {"context_text", plan_args({"--context", "abc"}), 2, {"--context", "abc"}},
    {"context_exponent", plan_args({"--context", "1e99"}), 2, {"--context", "1e99"}},
    {"context_fraction", plan_args({"--context", "4096.5"}), 2, {"--context"}},
    {"context_overflow", plan_args({"--context", "99999999999999999999"}), 2, {"--context", "out of range"}},
    {"context_beyond_core_limit", plan_args({"--context", "2000000000"}), 2, {"--context", "between"}},
    {"concurrency_nan", plan_args({"--concurrency", "nan"}), 2, {"--concurrency", "nan"}},
    {"concurrency_inf", plan_args({"--concurrency", "inf"}), 2, {"--concurrency"}},
    {"concurrency_huge", plan_args({"--concurrency", "2147483647"}), 2, {"--concurrency"}},
    {"prompt_empty", plan_args({"--prompt="}), 2, {"--prompt", "empty"}},
    {"output_negative", plan_args({"--output", "-1"}), 2, {"--output"}},
    {"offload_bad", plan_args({"--offload", "gpu"}), 2, {"--offload", "gpu"}},
    {"repeated_model", plan_args({"--model", "deepseek-v3"}), 2, {"--model", "more than once"}},
    {"switch_with_value", plan_args({"--json=yes"}), 2, {"--json"}},
    {"unknown_command", {"plna"}, 2, {"unknown command", "plna"}},
    {"unknown_top_option", {"--frobnicate"}, 2, {"--frobnicate"}},
    {"help_unknown_command", {"help", "nope"}, 2, {"nope"}},
    {"catalog_unknown_kind", {"catalog", "gpus"}, 2, {"unknown kind", "gpus"}},
    {"catalog_unknown_flag", {"catalog", "--verbose"}, 2, {"--verbose"}},
    {"out_empty", plan_args({"--out="}), 2, {"--out"}},
    {"scenario_empty", {"plan", "--scenario="}, 2, {"--scenario"}},
};
INSTANTIATE_TEST_SUITE_P(Usage, CliBadInput, ::testing::ValuesIn(kUsageCases),
                         case_name);

const BadCase kPoolCases[] = {
    {"count_letter", pool_args("2y hgx-h100-8"), 2, {"--pool", "2y hgx-h100-8"}},
    {"count_missing", pool_args("x hgx-h100-8"), 2, {"--pool", "COUNTx"}},
    {"count_negative", pool_args("-1x hgx-h100-8"), 2, {"--pool", "positive"}},
    {"count_zero", pool_args("0x hgx-h100-8"), 2, {"--pool", "positive"}},
    {"count_overflow", pool_args("99999999999x hgx-h100-8"), 2, {"--pool", "too large"}},
    {"count_above_limit", pool_args("5000x hgx-h100-8"), 2, {"--pool", "at most"}},
    {"system_missing", pool_args("2x"), 2, {"--pool"}},
    {"link_missing", pool_args("2x hgx-h100-8@"), 2, {"--pool", "link"}},
    {"only_commas", pool_args(",,"), 2, {"--pool", "empty"}},
    {"trailing_comma", pool_args("2x hgx-h100-8,"), 2, {"--pool", "comma"}},
    {"plus_nothing", pool_args("1x a+"), 2, {"--pool", "+NxDEVICE"}},
    {"two_plus", pool_args("1x a+1x b+1x c"), 2, {"--pool", "one +NxDEVICE"}},
    {"blank", pool_args("   "), 2, {"--pool", "empty"}},
    {"upper_case_id", pool_args("2x HGX-H100-8"), 2, {"--pool", "HGX-H100-8"}},
};
INSTANTIATE_TEST_SUITE_P(Pool, CliBadInput, ::testing::ValuesIn(kPoolCases),
                         case_name);

const BadCase kUnknownIdCases[] = {
    {"model", {"plan", "--model", "gpt-5", "--variant", "fp8", "--pool", "1x hgx-h200-8"}, 1,
     {"scenario.model", "gpt-5", "--model", "catalog models"}},
    {"variant", {"plan", "--variant", "q3_z", "--pool", "1x hgx-h200-8"}, 1, {"scenario.variant", "q3_z", "--variant"}},
    {"engine_given_twice", plan_args({"--engine", "warp-drive"}), 2, {"--engine", "more than once"}},
    {"engine", {"plan", "--variant", "fp8", "--pool", "1x hgx-h200-8", "--engine", "warp-drive"}, 1,
     {"scenario.engine", "warp-drive", "--engine"}},
    {"system", pool_args("2x hgx-z100-8"), 1, {"scenario.pool[0].system", "hgx-z100-8", "--pool", "catalog systems"}},
    {"system_second_group", pool_args("1x hgx-h100-8,1x nope@ib-ndr400"), 1, {"scenario.pool[1].system", "nope"}},
    {"device", pool_args("1x pc-ddr5+2x rtx-9090"), 1, {"scenario.pool[0].accelerator", "rtx-9090", "catalog devices"}},
    {"link", pool_args("2x hgx-h100-8@carrier-pigeon"), 1, {"scenario.pool[0].link", "carrier-pigeon", "catalog links"}},
    {"variant_not_for_model", {"plan", "--model", "deepseek-r1-distill-qwen-7b", "--variant", "ud-iq1_s", "--pool",
                               "1x hgx-h200-8"}, 1, {"scenario.variant", "ud-iq1_s"}},
};
INSTANTIATE_TEST_SUITE_P(UnknownId, CliBadInput, ::testing::ValuesIn(kUnknownIdCases),
                         case_name);

const BadCase kFileCases[] = {
    {"truncated", scenario_args(data_path("plans/truncated.deepplan.json")), 1, {"--scenario", "truncated.deepplan.json"}},
    {"binary", scenario_args(data_path("plans/binary.deepplan.json")), 1, {"--scenario", "binary"}},
    {"empty", scenario_args(data_path("plans/empty.deepplan.json")), 1, {"--scenario", "empty.deepplan.json"}},
    {"directory", scenario_args(data_path("plans")), 1, {"--scenario", "directory"}},
    {"missing", scenario_args(data_path("plans/no-such-file.json")), 1, {"--scenario", "no-such-file.json"}},
    {"future_schema", scenario_args(data_path("plans/future-schema.deepplan.json")), 1,
     {"--scenario", "schema_version", "99"}},
    {"unknown_system_in_file", scenario_args(data_path("plans/unknown-system.deepplan.json")), 1,
     {"scenario.pool[0].system", "mac-studio-m9-ultra", "unknown-system.deepplan.json"}},
    {"bad_number_in_file", scenario_args(data_path("plans/bad-context.deepplan.json")), 1,
     {"scenario.workload.context", "-5"}},
    {"wrong_type_in_file", scenario_args(data_path("plans/wrong-type.deepplan.json")), 1, {"scenario.model"}},
    {"array_file", scenario_args(data_path("plans/not-an-object.json")), 1, {"--scenario", "object"}},
    {"catalog_dir_missing", plan_args({"--catalog", data_path("no-such-catalog")}), 1, {"catalog", "no-such-catalog"}},
    {"catalog_dir_is_file", plan_args({"--catalog", data_path("plans/bare-scenario.json")}), 1,
     {"catalog", "not a directory"}},
    {"catalog_listing_bad_dir", {"catalog", "--catalog", data_path("no-such-catalog")}, 1, {"catalog", "no-such-catalog"}},
    {"catalog_unknown_model", {"catalog", "variants", "--model", "gpt-5"}, 1, {"--model", "gpt-5"}},
};
INSTANTIATE_TEST_SUITE_P(File, CliBadInput, ::testing::ValuesIn(kFileCases),
                         case_name);

TEST(CliErrors, OutToAnUnwritablePlaceFailsCleanly)
{
    TempDir dir;
    const std::string target = (dir.path() / "no-such-dir" / "plan.json").string();
    const CliRun r = run(plan_args({"--out", target}));
    EXPECT_EQ(r.code, 1) << r.err;
    EXPECT_NE(r.err.find("--out"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(target));
}

TEST(CliErrors, OutDoesNotClobberOnFailure)
{
    TempDir dir;
    const std::string target = dir.write("keep.json", "old contents");
    const CliRun r = run({"plan", "--model", "gpt-5", "--out", target});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(read_file(target), "old contents");
}

TEST(CliErrors, BadUserCatalogFileNamesTheField)
{
    TempDir dir;
    dir.write("devices.json", R"({"kind": "devices", "entries": [{"id": "rtx-4090", "class": "consumer-gpu",
        "memory_gb": -8, "memory_bandwidth_gb_s": 1008, "tflops_bf16": 165}]})");
    const CliRun r = run(plan_args({"--catalog", dir.path().string()}));
    EXPECT_EQ(r.code, 1) << r.err;
    EXPECT_NE(r.err.find("devices.json"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("memory_gb"), std::string::npos) << r.err;
}

TEST(CliErrors, MalformedUserCatalogFile)
{
    TempDir dir;
    dir.write("links.json", "{\"kind\": \"links\", \"entries\": [");
    const CliRun r = run({"catalog", "links", "--catalog", dir.path().string()});
    EXPECT_EQ(r.code, 1) << r.err;
    EXPECT_NE(r.err.find("links.json"), std::string::npos) << r.err;
}

TEST(CliErrors, MissingBuiltinCatalog)
{
    TempDir dir;
    std::ostringstream out;
    std::ostringstream err;
    const int code = run_cli({"plan"}, out, err, dir.path());
    EXPECT_EQ(code, 1);
    EXPECT_NE(err.str().find("catalog"), std::string::npos) << err.str();
}

TEST(CliErrors, GarbageArgumentsNeverCrash)
{
    const std::vector<std::vector<std::string>> inputs = {
        {"plan", "--pool", std::string(10000, 'x')},
        {"plan", "--pool", std::string("1x a\0b", 6)},
        {"plan", "--model", ""},
        {"plan", "--pool", "1x hgx-h100-8@ib-ndr400@ib-ndr400"},
        {"plan", "--pool", "\xff\xfe"},
        {"plan", "--context", std::string(5000, '9')},
        {"catalog", ""},
        {"", ""},
    };
    for (const auto& args : inputs) {
        const CliRun r = run(args);
        EXPECT_TRUE(r.code == 1 || r.code == 2) << r.code << " " << r.err;
        EXPECT_FALSE(r.err.empty());
    }
}

TEST(CliErrors, EveryCommandRefusesAStrayArgumentByName)
{
    // One check in Command::parse_or_finish: the first argument past what the
    // command takes is named, with exit 2; --help still wins.
    const std::vector<std::vector<std::string>> cases = {
        {"plan", "stray"}, {"search", "--model", "deepseek-r1", "--target-tps", "10", "stray"}, {"validate", "stray"},
        {"calibrate", "--dry-run", "stray"}, {"catalog", "models", "stray"}};
    for (const auto& args : cases) {
        const CliRun r = run(args);
        EXPECT_EQ(r.code, 2) << args.front();
        EXPECT_NE(r.err.find("deepplan-cli " + args.front() + ": unexpected argument \"stray\""), std::string::npos)
            << r.err;
        auto with_help = args;
        with_help.emplace_back("--help");
        EXPECT_EQ(run(with_help).code, 0) << args.front();
    }
}

}  // namespace
}  // namespace deepplan::cli::test
