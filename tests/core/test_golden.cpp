// The golden scenarios of tests/data/golden, planned by the core. The same
// files run through deepplan-cli in tests/cli/test_cli_golden.cpp.

#include "../golden_cases.hpp"

#include "deepplan/catalog.hpp"
#include "deepplan/plan.hpp"
#include "deepplan/plan_file.hpp"
#include "deepplan/scenario.hpp"

namespace deepplan {
namespace {

const Catalog& catalog_for(bool frozen)
{
    auto load = [](bool with_frozen) {
        std::vector<std::filesystem::path> user;
        if (with_frozen) user.push_back(golden::frozen_catalog_dir());
        auto r = load_catalog(std::filesystem::path(RESOURCES_DIR) / "catalog", user);
        if (!r) {
            ADD_FAILURE() << r.error().describe();
            return Catalog{};
        }
        return r.value();
    };
    static const Catalog shipped = load(false);
    static const Catalog with_frozen = load(true);
    return frozen ? with_frozen : shipped;
}

class GoldenScenario : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(GoldenScenario, PlanMatchesTheSourcedFigures)
{
    const golden::Case c = golden::load(GetParam());
    ASSERT_FALSE(c.doc.is_discarded());
    auto scenario = scenario_from_json(c.doc.at("scenario"));
    ASSERT_TRUE(scenario.ok()) << scenario.error().describe();
    const Catalog& catalog = catalog_for(c.frozen);
    auto planned = plan(scenario.value(), catalog);
    ASSERT_TRUE(planned.ok()) << planned.error().describe();

    nlohmann::json answer = {{"plan", to_json(planned.value())}};
    if (golden::needs_model(c)) {
        const ModelArch* m = catalog.model(scenario.value().model);
        ASSERT_NE(m, nullptr);
        const ParamCounts p = count_params(*m);
        answer["model"] = {{"params_b", p.total() / 1e9}, {"active_params_b", p.active() / 1e9}};
    }
    golden::check(c, answer);
}

TEST_P(GoldenScenario, NoDecodePredictionExceedsItsRoofline)
{
    // Issue 10 item 5: whatever the efficiencies and overheads, a plan never
    // decodes faster than bytes over peak bandwidth or FLOPs over peak allow.
    const golden::Case c = golden::load(GetParam());
    ASSERT_FALSE(c.doc.is_discarded());
    auto scenario = scenario_from_json(c.doc.at("scenario"));
    ASSERT_TRUE(scenario.ok()) << scenario.error().describe();
    auto planned = plan(scenario.value(), catalog_for(c.frozen));
    ASSERT_TRUE(planned.ok()) << planned.error().describe();
    const Plan& p = planned.value();
    EXPECT_GT(p.decode.roofline_tokens_per_s, 0);
    EXPECT_LE(p.decode.tokens_per_s, p.decode.roofline_tokens_per_s * (1 + 1e-12));
    EXPECT_NEAR(p.decode.roofline_fraction, p.decode.tokens_per_s / p.decode.roofline_tokens_per_s, 1e-12);
}

INSTANTIATE_TEST_SUITE_P(Files, GoldenScenario, ::testing::ValuesIn(golden::golden_files()), golden::param_name);

TEST(GoldenFiles, AreFoundAndEachExpectationNamesItsSource)
{
    // Guards against a moved directory silently running no golden case.
    const auto files = golden::golden_files();
    EXPECT_GE(files.size(), 15u);
    for (const auto& f : files) {
        const golden::Case c = golden::load(f);
        ASSERT_FALSE(c.doc.is_discarded()) << f;
        for (const auto& e : c.doc.at("expect")) EXPECT_FALSE(e.value("source", "").empty()) << f;
    }
}

}  // namespace
}  // namespace deepplan
