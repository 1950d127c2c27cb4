// How long one plan takes. The GUI replans on every keystroke and the
// optimizer evaluates millions of candidates, so this must stay in microseconds.

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>

#include "deepplan/catalog.hpp"
#include "deepplan/plan.hpp"

namespace {

const deepplan::Catalog& catalog()
{
    static const deepplan::Catalog c = [] {
        auto r = deepplan::load_catalog(std::filesystem::path(RESOURCES_DIR) / "catalog");
        if (!r) {
            std::cerr << r.error().describe() << "\n";
            std::exit(1);
        }
        return r.value();
    }();
    return c;
}

deepplan::Scenario r1_fp8_two_h100_servers()
{
    deepplan::Scenario s;
    s.model = "deepseek-r1";
    s.variant = "fp8";
    s.engine = "vllm";
    s.pool = deepplan::parse_pool_spec("2x hgx-h100-8@ib-ndr400").value();
    return s;
}

// The full plan the GUI and CLI show: texts, per-device memory, assumptions,
// and the search for the smallest node count (up to 64 quick plans).
void BM_plan_r1_fp8_2x_h100_full(benchmark::State& state)
{
    const auto s = r1_fp8_two_h100_servers();
    for (auto _ : state) {
        auto p = deepplan::plan(s, catalog());
        benchmark::DoNotOptimize(p);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_plan_r1_fp8_2x_h100_full);

// One plan evaluation without texts or the node-count search: what the
// optimizer and the what-if charts call.
void BM_plan_r1_fp8_2x_h100_quick(benchmark::State& state)
{
    const auto s = r1_fp8_two_h100_servers();
    const deepplan::PlanOptions quick{false, false};
    for (auto _ : state) {
        auto p = deepplan::plan(s, catalog(), quick);
        benchmark::DoNotOptimize(p);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_plan_r1_fp8_2x_h100_quick);

// One plan with full detail but no node-count search.
void BM_plan_r1_fp8_2x_h100_detail(benchmark::State& state)
{
    const auto s = r1_fp8_two_h100_servers();
    const deepplan::PlanOptions detail{true, false};
    for (auto _ : state) {
        auto p = deepplan::plan(s, catalog(), detail);
        benchmark::DoNotOptimize(p);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_plan_r1_fp8_2x_h100_detail);

}  // namespace
