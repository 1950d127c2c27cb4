#include "what_if.h"

#include <algorithm>

#include "deepplan/plan.hpp"

namespace deepplan::gui {

namespace {

constexpr int kMaxSampledConcurrency = 256;
constexpr int kMinSampledContext = 1024;
constexpr int kDefaultMaxContext = 131072;

std::vector<int> powers_of_two(int from, int to, int extra)
{
    std::vector<int> xs;
    for (int x = from; x <= to; x *= 2) xs.push_back(x);
    if (extra >= 1) xs.push_back(extra);
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    return xs;
}

template <class Setter>
std::vector<WhatIfPoint> sweep(const Scenario& base, const Catalog& catalog, const std::vector<int>& xs, Setter set)
{
    const PlanOptions quick{false, false};
    std::vector<WhatIfPoint> points;
    points.reserve(xs.size());
    Scenario s = base;
    for (int x : xs) {
        set(s, x);
        const auto result = plan(s, catalog, quick);
        if (!result.ok()) continue;
        const Plan& p = result.value();
        points.push_back({x, p.fits, p.decode.tokens_per_s, p.decode.aggregate_tokens_per_s, p.memory.used_gb});
    }
    return points;
}

}  // namespace

WhatIfCurves sample_what_if(const Scenario& scenario, const Catalog& catalog)
{
    WhatIfCurves curves;
    curves.by_concurrency = sweep(scenario, catalog,
                                  powers_of_two(1, std::max(kMaxSampledConcurrency, scenario.workload.concurrency),
                                                scenario.workload.concurrency),
                                  [](Scenario& s, int x) { s.workload.concurrency = x; });

    const ModelArch* model = catalog.model(scenario.model);
    const int maxContext = model != nullptr && model->max_context > 0 ? model->max_context : kDefaultMaxContext;
    const int prompt = scenario.workload.prompt;
    const int output = scenario.workload.output;
    curves.by_context = sweep(scenario, catalog,
                              powers_of_two(kMinSampledContext, std::max(maxContext, scenario.workload.context),
                                            scenario.workload.context),
                              [prompt, output](Scenario& s, int x) {
                                  s.workload.context = x;
                                  // Keep the sample a valid workload when the context is short.
                                  s.workload.prompt = std::min(prompt, x);
                                  s.workload.output = std::min(output, x);
                              });
    return curves;
}

}  // namespace deepplan::gui
