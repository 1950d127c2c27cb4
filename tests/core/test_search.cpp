// The deployment optimizer: every result fits and meets the target, results
// follow the objective, the Pareto front is non-dominated, budgets and
// cancellation work, the cheap prunes never drop a feasible candidate, and
// bad requests name the field.

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <set>

#include <gtest/gtest.h>

#include "deepplan/search.hpp"
#include "test_support.hpp"

namespace deepplan {
namespace {

using test::shipped_catalog;

// DeepSeek-R1 at 5 tokens/s on a handful of machines, with cards added to
// the host servers: small enough to search in a test, big enough to rank.
SearchRequest r1_request()
{
    SearchRequest q;
    q.model = "deepseek-r1";
    q.target_tokens_per_s = 5;
    q.systems = std::vector<std::string>{"hgx-h100-8", "hgx-h200-8", "mac-studio-m3-ultra-512g", "server-pcie", "pc-ddr5"};
    q.accelerators = std::vector<std::string>{"rtx-4090", "rtx-3090"};
    q.max_nodes = 4;
    q.top_k = 20;
    return q;
}

SearchResult must_search(const SearchRequest& q)
{
    auto r = search(q, shipped_catalog());
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().describe());
    return r.ok() ? r.value() : SearchResult{};
}

std::string key(const Scenario& s)
{
    return to_spec(s.pool) + " " + s.variant + " " + s.engine + " " + to_string(s.offload);
}

void expect_all_meet(const SearchResult& r, const SearchRequest& q)
{
    for (const auto& h : r.results) {
        EXPECT_TRUE(h.plan.fits) << key(h.scenario);
        EXPECT_GE(h.plan.decode.tokens_per_s, q.target_tokens_per_s) << key(h.scenario);
        EXPECT_EQ(h.scenario.workload.context, q.min_context);
        EXPECT_EQ(h.scenario.workload.concurrency, q.concurrency);
        EXPECT_LE(h.scenario.pool.groups.at(0).count, q.max_nodes);
    }
}

TEST(Search, EveryResultFitsAndMeetsTheTarget)
{
    const auto q = r1_request();
    const auto r = must_search(q);
    EXPECT_FALSE(r.results.empty());
    EXPECT_LE(r.results.size(), static_cast<std::size_t>(q.top_k));
    expect_all_meet(r, q);
    for (const auto& h : r.results) EXPECT_TRUE(h.plan.cost.known) << key(h.scenario);
}

TEST(Search, CountsAddUp)
{
    const auto r = must_search(r1_request());
    EXPECT_GT(r.evaluated, 0u);
    EXPECT_EQ(r.evaluated, r.planned + r.pruned_memory + r.pruned_speed + r.pruned_budget + r.pruned_invalid + r.pruned_dominated);
    EXPECT_GT(r.pruned_memory, 0u) << "R1 does not fit one RTX 4090";
    EXPECT_LE(r.feasible, r.planned);
    EXPECT_FALSE(r.cancelled);
}

TEST(Search, ResultsFollowEachObjective)
{
    auto q = r1_request();
    for (SearchObjective o : {SearchObjective::Cost, SearchObjective::Capex, SearchObjective::Devices, SearchObjective::TokensPerS}) {
        q.objective = o;
        const auto r = must_search(q);
        ASSERT_GE(r.results.size(), 2u) << to_string(o);
        expect_all_meet(r, q);
        for (std::size_t i = 1; i < r.results.size(); ++i) {
            const Plan& a = r.results[i - 1].plan;
            const Plan& b = r.results[i].plan;
            switch (o) {
            case SearchObjective::Cost: EXPECT_LE(a.cost.per_million_output_usd, b.cost.per_million_output_usd * (1 + 1e-12)); break;
            case SearchObjective::Capex: EXPECT_LE(a.cost.capex_usd, b.cost.capex_usd); break;
            case SearchObjective::Devices: EXPECT_LE(a.devices, b.devices); break;
            case SearchObjective::TokensPerS: EXPECT_GE(a.decode.tokens_per_s * (1 + 1e-12), b.decode.tokens_per_s); break;
            }
        }
    }
}

TEST(Search, UnknownCostsAreSkippedForCostObjectivesOnly)
{
    auto q = r1_request();
    q.accelerators = std::vector<std::string>{"l40"};  // no price in the catalog
    q.systems = std::vector<std::string>{"server-pcie"};
    q.variant = "q4_k_m";
    q.objective = SearchObjective::Cost;
    const auto by_cost = must_search(q);
    EXPECT_TRUE(by_cost.results.empty());
    EXPECT_GT(by_cost.skipped_unknown_cost, 0u);
    EXPECT_EQ(by_cost.skipped_unknown_cost, by_cost.feasible);
    q.objective = SearchObjective::TokensPerS;
    const auto by_speed = must_search(q);
    EXPECT_FALSE(by_speed.results.empty());
    EXPECT_EQ(by_speed.skipped_unknown_cost, 0u);
    EXPECT_TRUE(by_speed.pareto.empty()) << "no known cost, no cost front";
}

TEST(Search, AcceleratorOnlyPricesRankUnpricedServersAsALowerBound)
{
    SearchRequest q;
    q.model = "deepseek-r1";
    q.variant = "fp8";
    q.target_tokens_per_s = 5;
    q.systems = std::vector<std::string>{"hgx-a100-8"};
    q.max_nodes = 2;
    const auto strict = must_search(q);
    EXPECT_TRUE(strict.results.empty()) << "the HGX A100 chassis has no price";
    EXPECT_GT(strict.skipped_unknown_cost, 0u);

    q.price_accelerators_only = true;
    const auto lenient = must_search(q);
    ASSERT_FALSE(lenient.results.empty());
    EXPECT_EQ(lenient.skipped_unknown_cost, 0u);
    const Device* a100 = shipped_catalog().device("a100-sxm-80g");
    ASSERT_NE(a100, nullptr);
    for (const auto& h : lenient.results) {
        EXPECT_FALSE(h.plan.cost.known) << "still flagged as a partial price";
        EXPECT_TRUE(search_cost_usable(h.plan.cost, q));
        EXPECT_DOUBLE_EQ(h.plan.cost.capex_usd, a100->price_usd * h.plan.devices);
    }
    EXPECT_FALSE(lenient.pareto.empty());
}

TEST(Search, PricedServersRankAtTheirWholeMachinePrice)
{
    // The catalog prices the HGX H200 server whole (366,000 USD: eight
    // 32,000 USD cards and a 110,000 USD host), so nothing is skipped and
    // no lower bound is needed.
    SearchRequest q;
    q.model = "deepseek-r1";
    q.variant = "fp8";
    q.target_tokens_per_s = 5;
    q.systems = std::vector<std::string>{"hgx-h200-8"};
    q.max_nodes = 2;
    const auto r = must_search(q);
    ASSERT_FALSE(r.results.empty());
    EXPECT_EQ(r.skipped_unknown_cost, 0u);
    for (const auto& h : r.results) {
        EXPECT_TRUE(h.plan.cost.known) << key(h.scenario);
        EXPECT_TRUE(h.plan.cost.missing.empty()) << key(h.scenario);
        EXPECT_DOUBLE_EQ(h.plan.cost.capex_usd, 366000.0 * h.plan.devices / 8) << key(h.scenario);
    }
    EXPECT_FALSE(r.pareto.empty());
}

TEST(Search, ParetoFrontIsNonDominatedAndSortedByCost)
{
    const auto r = must_search(r1_request());
    ASSERT_FALSE(r.pareto.empty());
    ASSERT_EQ(r.pareto.size(), r.pareto_rank.size());
    for (std::size_t i = 0; i < r.pareto.size(); ++i) {
        const Plan& a = r.pareto[i].plan;
        EXPECT_TRUE(a.fits);
        EXPECT_TRUE(a.cost.known);
        if (i > 0) {
            const Plan& prev = r.pareto[i - 1].plan;
            EXPECT_LE(prev.cost.per_million_output_usd, a.cost.per_million_output_usd);
            EXPECT_LT(prev.decode.tokens_per_s, a.decode.tokens_per_s) << "a costlier point must be faster";
        }
        for (std::size_t j = 0; j < r.pareto.size(); ++j) {
            if (i == j) continue;
            const Plan& b = r.pareto[j].plan;
            const bool dominates = b.cost.per_million_output_usd <= a.cost.per_million_output_usd &&
                                   b.decode.tokens_per_s >= a.decode.tokens_per_s &&
                                   (b.cost.per_million_output_usd < a.cost.per_million_output_usd ||
                                    b.decode.tokens_per_s > a.decode.tokens_per_s);
            EXPECT_FALSE(dominates) << key(r.pareto[j].scenario) << " dominates " << key(r.pareto[i].scenario);
        }
        const int rank = r.pareto_rank[i];
        if (rank >= 0) {
            EXPECT_EQ(key(r.results.at(static_cast<std::size_t>(rank)).scenario), key(r.pareto[i].scenario));
        }
    }
    // The cheapest result is the front's first point (same objective: $/M output).
    ASSERT_FALSE(r.results.empty());
    EXPECT_DOUBLE_EQ(r.pareto.front().plan.cost.per_million_output_usd, r.results.front().plan.cost.per_million_output_usd);
    // Nothing in the results dominates a front point.
    for (const auto& h : r.results) {
        for (const auto& f : r.pareto) {
            EXPECT_FALSE(h.plan.cost.per_million_output_usd < f.plan.cost.per_million_output_usd &&
                         h.plan.decode.tokens_per_s > f.plan.decode.tokens_per_s);
        }
    }
}

TEST(Search, BudgetExcludesWhatExceedsIt)
{
    auto q = r1_request();
    q.objective = SearchObjective::Capex;
    q.top_k = 1000;
    const auto free = must_search(q);
    ASSERT_FALSE(free.results.empty());
    double max_capex = 0;
    for (const auto& h : free.results) max_capex = std::max(max_capex, h.plan.cost.known ? h.plan.cost.capex_usd : 0.0);
    ASSERT_GT(max_capex, 0);

    q.budget_usd = max_capex / 2;
    const auto limited = must_search(q);
    EXPECT_GT(limited.pruned_budget, 0u);
    for (const auto& h : limited.results) {
        EXPECT_TRUE(h.plan.cost.known);
        EXPECT_LE(h.plan.cost.capex_usd, *q.budget_usd) << key(h.scenario);
    }
    expect_all_meet(limited, q);

    // Rented: the budget is the provider's bill per hour.
    q.economics.rented = true;
    q.budget_usd = 10.0;
    const auto rented = must_search(q);
    for (const auto& h : rented.results) {
        EXPECT_TRUE(h.plan.cost.rented);
        EXPECT_LE(h.plan.cost.rental_usd_per_hour * q.economics.utilization, 10.0 + 1e-9) << key(h.scenario);
    }
}

TEST(Search, TinyBudgetFindsNothingButIsNoError)
{
    auto q = r1_request();
    q.budget_usd = 1.0;
    const auto r = must_search(q);
    EXPECT_TRUE(r.results.empty());
    EXPECT_TRUE(r.pareto.empty());
    EXPECT_EQ(r.planned, 0u);
}

TEST(Search, CancellationStopsEarly)
{
    auto q = r1_request();
    q.systems.reset();
    q.accelerators.reset();
    std::size_t total = 0;
    std::atomic<bool> stop{false};
    q.cancel = &stop;
    q.progress = [&](std::size_t done, std::size_t all) {
        total = all;
        if (done > 0) stop = true;  // after the first batch
    };
    const auto r = must_search(q);
    EXPECT_TRUE(r.cancelled);
    EXPECT_GT(total, 0u);
    EXPECT_LT(r.evaluated, total);
    expect_all_meet(r, q);

    std::atomic<bool> already{true};
    q.cancel = &already;
    q.progress = nullptr;
    const auto none = must_search(q);
    EXPECT_TRUE(none.cancelled);
    EXPECT_EQ(none.evaluated, 0u);
}

TEST(Search, ProgressReachesTheTotal)
{
    auto q = r1_request();
    std::size_t last_done = 0;
    std::size_t last_total = 0;
    int calls = 0;
    q.progress = [&](std::size_t done, std::size_t total) {
        EXPECT_GE(done, last_done);
        last_done = done;
        last_total = total;
        ++calls;
    };
    const auto r = must_search(q);
    EXPECT_GT(calls, 0);
    EXPECT_EQ(last_done, r.evaluated);
    EXPECT_EQ(last_total, r.evaluated);
}

// Plans every candidate of a request by brute force (no pruning, no
// shortcut: every format, engine, machine, count and offload mode is
// planned), with the machines given as node-group templates, and returns the
// feasible ones. The search's contract is applied to the plans afterwards:
// offloading is proposed only where the accelerators alone cannot hold the
// model (an offload plan of a pool that fits without offload is dominated).
std::set<std::string> brute_force(const SearchRequest& q, const std::vector<NodeGroup>& machines)
{
    const Catalog& c = shipped_catalog();
    std::set<std::string> out;
    for (const auto& [fid, f] : c.formats) {
        if (!f.applies_to(q.model) || (q.variant != "any" && q.variant != fid)) continue;
        for (const auto& [eid, e] : c.engines) {
            if (!e.loads(f.family)) continue;
            if (!e.base.empty() && !q.engines) continue;  // older engine releases only when asked for by id
            for (const auto& machine : machines) {
                for (int n = 1; n <= q.max_nodes; ++n) {
                    struct Planned {
                        Scenario s;
                        bool fits = false;
                        double tokens_per_s = 0;
                    };
                    std::vector<Planned> planned;
                    for (OffloadMode m : {OffloadMode::None, OffloadMode::Experts, OffloadMode::Layers}) {
                        Scenario s;
                        s.model = q.model;
                        s.variant = fid;
                        s.engine = eid;
                        s.pool.groups = {machine};
                        s.pool.groups[0].count = n;
                        s.offload = m;
                        s.workload.context = q.min_context;
                        s.workload.concurrency = q.concurrency;
                        s.workload.mtp = q.mtp;
                        auto p = plan(s, c, PlanOptions{false, false});
                        if (!p) continue;  // the planner refuses the combination
                        planned.push_back({s, p.value().fits, p.value().decode.tokens_per_s});
                    }
                    const bool fits_without_offload = std::any_of(planned.begin(), planned.end(), [](const Planned& p) {
                        return p.s.offload == OffloadMode::None && p.fits;
                    });
                    for (const auto& p : planned) {
                        if (!p.fits || p.tokens_per_s < q.target_tokens_per_s) continue;
                        if (p.s.offload != OffloadMode::None && fits_without_offload) continue;
                        out.insert(key(p.s));
                    }
                }
            }
        }
    }
    return out;
}

void expect_same_as_brute_force(const SearchRequest& q, const std::vector<NodeGroup>& machines)
{
    const auto r = must_search(q);
    const auto brute = brute_force(q, machines);
    EXPECT_FALSE(brute.empty()) << "the test should find something";
    EXPECT_EQ(r.feasible, brute.size());
    ASSERT_LE(r.feasible, static_cast<std::size_t>(q.top_k)) << "raise top_k to compare every candidate";
    std::set<std::string> found;
    for (const auto& h : r.results) found.insert(key(h.scenario));
    EXPECT_EQ(found, brute);
    EXPECT_GT(r.pruned_memory, 0u) << "the test should exercise the memory bound";
    EXPECT_GT(r.pruned_speed, 0u) << "the test should exercise the speed bound";
}

// The memory and speed prunes are bounds: planning every candidate by brute
// force finds exactly the same feasible set.
TEST(Search, PrunesNeverDropAFeasibleCandidate)
{
    SearchRequest q;
    q.model = "deepseek-r1";
    q.target_tokens_per_s = 8;
    q.systems = std::vector<std::string>{"hgx-h100-8", "mac-studio-m3-ultra-512g", "server-xeon-6454s-2s", "mac-studio-m2-ultra-192g"};
    q.accelerators = std::vector<std::string>{};
    q.max_nodes = 3;
    q.objective = SearchObjective::TokensPerS;  // rank unpriced ones too
    q.top_k = 1000;
    std::vector<NodeGroup> machines;
    for (const auto& sys : *q.systems) machines.push_back(NodeGroup{1, sys, -1, "", ""});
    expect_same_as_brute_force(q, machines);
}

TEST(Search, PrunesNeverDropAFeasibleCandidateWithCardsBatchesAndMtp)
{
    SearchRequest q;
    q.model = "deepseek-r1";
    q.target_tokens_per_s = 30;
    q.concurrency = 8;
    q.mtp = true;
    q.min_context = 8192;
    q.systems = std::vector<std::string>{"server-pcie", "hgx-h200-8"};
    q.accelerators = std::vector<std::string>{"rtx-4090"};
    q.max_nodes = 2;
    q.objective = SearchObjective::TokensPerS;
    q.top_k = 1000;
    std::vector<NodeGroup> machines = {NodeGroup{1, "server-pcie", -1, "", ""}};
    for (int n : q.accelerator_counts) machines.push_back(NodeGroup{1, "server-pcie", n, "rtx-4090", ""});
    machines.push_back(NodeGroup{1, "hgx-h200-8", -1, "", ""});
    expect_same_as_brute_force(q, machines);
}

TEST(Search, CardsGoIntoHostMachinesOnly)
{
    SearchRequest q;
    q.model = "deepseek-r1-distill-qwen-7b";
    q.variant = "q4_k_m";
    q.target_tokens_per_s = 1;
    q.systems = std::vector<std::string>{"server-pcie", "laptop-16g", "mac-studio-m2-ultra-192g", "hgx-h100-8"};
    q.objective = SearchObjective::TokensPerS;
    q.top_k = 1000;
    q.max_nodes = 1;
    const auto r = must_search(q);
    std::set<std::string> with_cards;
    for (const auto& h : r.results) {
        const auto& g = h.scenario.pool.groups.at(0);
        if (!g.accelerator.empty()) with_cards.insert(g.system);
        if (g.accelerator.find("sxm") != std::string::npos) ADD_FAILURE() << "an SXM module as a card: " << key(h.scenario);
    }
    EXPECT_EQ(with_cards, std::set<std::string>{"server-pcie"});
}

TEST(Search, BadRequestsNameTheField)
{
    const Catalog& c = shipped_catalog();
    auto expect_error = [&](const SearchRequest& q, const std::string& path) {
        auto r = search(q, c);
        ASSERT_FALSE(r.ok()) << path;
        EXPECT_EQ(r.error().path, path) << r.error().describe();
        EXPECT_FALSE(r.error().message.empty());
    };
    auto q = r1_request();
    q.model = "gpt-9";
    expect_error(q, "request.model");
    q = r1_request();
    q.model.clear();
    expect_error(q, "request.model");
    for (double bad : {0.0, -3.0, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
        q = r1_request();
        q.target_tokens_per_s = bad;
        expect_error(q, "request.target_tokens_per_s");
    }
    q = r1_request();
    q.min_context = 163841;  // above R1's maximum context: no plan, not "nothing found"
    expect_error(q, "request.min_context");
    q = r1_request();
    q.systems = std::vector<std::string>{};
    expect_error(q, "request.systems");
    q = r1_request();
    q.systems = std::vector<std::string>{"hgx-h100-8", "cray-1"};
    expect_error(q, "request.systems[1]");
    q = r1_request();
    q.engines = std::vector<std::string>{};
    expect_error(q, "request.engines");
    q = r1_request();
    q.engines = std::vector<std::string>{"vllm", "nope"};
    expect_error(q, "request.engines[1]");
    q = r1_request();
    q.variant = "q3_fantasy";
    expect_error(q, "request.variant");
    q = r1_request();
    q.variant = "ud-iq1_s";
    q.model = "deepseek-r1-distill-qwen-7b";
    expect_error(q, "request.variant");
    q = r1_request();
    q.accelerators = std::vector<std::string>{"xeon-8480"};
    expect_error(q, "request.accelerators[0]");
    q = r1_request();
    q.budget_usd = -1;
    expect_error(q, "request.budget_usd");
    q = r1_request();
    q.top_k = 0;
    expect_error(q, "request.top_k");
    q = r1_request();
    q.max_nodes = 0;
    expect_error(q, "request.max_nodes");
    q = r1_request();
    q.min_context = 0;
    expect_error(q, "request.min_context");
    q = r1_request();
    q.concurrency = 0;
    expect_error(q, "request.concurrency");
    q = r1_request();
    q.economics.utilization = 0;
    expect_error(q, "request.economics.utilization");
}

TEST(Search, ObjectiveNamesRoundTrip)
{
    for (SearchObjective o : {SearchObjective::Cost, SearchObjective::Capex, SearchObjective::Devices, SearchObjective::TokensPerS}) {
        EXPECT_EQ(search_objective_from_string(to_string(o)), o);
    }
    EXPECT_FALSE(search_objective_from_string("speed").has_value());
}

}  // namespace
}  // namespace deepplan
