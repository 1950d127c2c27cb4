// The golden scenarios of tests/data/golden, planned through the command
// line: `deepplan-cli plan --scenario FILE --json` (and `catalog models
// --json` for parameter counts). The core runs the same files in
// tests/core/test_golden.cpp.

#include "../golden_cases.hpp"
#include "cli_test_support.h"

namespace deepplan::cli::test {
namespace {

class CliGoldenScenario : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(CliGoldenScenario, PlanJsonMatchesTheSourcedFigures)
{
    const golden::Case c = golden::load(GetParam());
    ASSERT_FALSE(c.doc.is_discarded());
    std::vector<std::string> catalog_args;
    if (c.frozen) catalog_args = {"--catalog", golden::frozen_catalog_dir().string()};

    // A golden file is a plan file plus its expectations (name, description,
    // expect), which the plan-file reader rightly refuses as unknown keys: the
    // CLI gets the plan-file part alone.
    const TempDir dir;
    const nlohmann::json plan_part = {{"schema_version", c.doc.at("schema_version")}, {"scenario", c.doc.at("scenario")}};
    const std::string plan_file = dir.write("scenario.deepplan.json", plan_part.dump(2));
    std::vector<std::string> args = {"plan", "--scenario", plan_file};
    args.insert(args.end(), catalog_args.begin(), catalog_args.end());
    const auto out = run_json(args);
    ASSERT_TRUE(out.contains("plan")) << out.dump().substr(0, 400);
    nlohmann::json answer = {{"plan", out.at("plan")}};

    if (golden::needs_model(c)) {
        std::vector<std::string> models = {"catalog", "models"};
        models.insert(models.end(), catalog_args.begin(), catalog_args.end());
        const auto listed = run_json(models);
        const std::string id = c.doc.at("scenario").at("model").get<std::string>();
        for (const auto& m : listed.at("models")) {
            if (m.at("id") == id) answer["model"] = m;
        }
        ASSERT_TRUE(answer.contains("model")) << id << " not listed by catalog models";
    }
    golden::check(c, answer);
}

INSTANTIATE_TEST_SUITE_P(Files, CliGoldenScenario, ::testing::ValuesIn(golden::golden_files()), golden::param_name);

}  // namespace
}  // namespace deepplan::cli::test
