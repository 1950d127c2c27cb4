#pragma once
// The deployment optimizer (issue 5): which variant, engine, hardware and node
// count meets a speed target most cheaply? Enumerates candidate scenarios,
// prunes those that cannot fit with cheap memory and budget bounds, plans the
// survivors quickly, and returns the best K by an objective together with the
// Pareto front of cost against tokens/s. Pure and deterministic: the same
// request and catalog give the same answer in the same order.

#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "deepplan/catalog.hpp"
#include "deepplan/error.hpp"
#include "deepplan/plan.hpp"
#include "deepplan/scenario.hpp"

namespace deepplan {

/// What "best" means when ranking candidates.
enum class SearchObjective {
    Cost,       ///< lowest cost.per_million_output_usd
    Capex,      ///< lowest cost.capex_usd (purchase price of the pool)
    Devices,    ///< fewest accelerators (plan.devices), then fewest machines
    TokensPerS  ///< highest decode.tokens_per_s (per stream)
};
[[nodiscard]] const char* to_string(SearchObjective o) noexcept;
[[nodiscard]] std::optional<SearchObjective> search_objective_from_string(const std::string& s);

/// Progress of a running search: candidates enumerated so far and in all.
using SearchProgress = std::function<void(std::size_t done, std::size_t total)>;

struct SearchRequest {
    std::string model;                 ///< model id (required)
    std::string variant = "any";       ///< weight format id, or "any" = every format published for the model
    /// Decode tokens/s each stream must reach at `concurrency` concurrent
    /// streams (plan.decode.tokens_per_s): what users mean by a speed target.
    /// Aggregate throughput is concurrency times this. Must be > 0.
    double target_tokens_per_s = 0;
    int min_context = 4096;            ///< tokens every sequence must hold (workload.context)
    int concurrency = 1;               ///< sequences decoded together
    int prompt_tokens = 512;           ///< prompt per request, for prefill and $/M input
    int output_tokens = 512;
    bool mtp = false;                  ///< use DeepSeek MTP speculative decoding where the engine can
    bool apple_raise_wired_limit = false;
    /// Upper limit on the pool's price: capex in USD for own hardware, the
    /// rental bill in USD per wall-clock hour when `economics.rented`.
    /// nullopt = no budget. Candidates whose price is unknown are excluded
    /// when a budget is set.
    std::optional<double> budget_usd;
    /// Own hardware (default) or rented, utilization, power price...; the
    /// cost objective and the Pareto front use it.
    Economics economics;
    /// System ids to try; nullopt = every system in the catalog. An empty list is an error.
    std::optional<std::vector<std::string>> systems;
    /// Engine ids to try; nullopt = every engine in the catalog. An empty list is an error.
    std::optional<std::vector<std::string>> engines;
    /// Added accelerators for machines without any (server-pcie, pc-ddr5,
    /// server-xeon-6454s-2s...): each of these devices `+N x` for N in
    /// `accelerator_counts`, besides the machine as it is. nullopt = every
    /// PCIe-card GPU in the catalog: consumer and datacenter GPUs that are
    /// not SXM/OAM modules or integrated GPUs (not the built-in accelerator
    /// of a catalog system unless their name says PCIe).
    /// Cards go only into machines with at least 64 GB of RAM that are not
    /// laptops (servers, desktop PCs); unified-memory machines take none.
    std::optional<std::vector<std::string>> accelerators;
    std::vector<int> accelerator_counts = {1, 2, 4, 8};
    /// Rank machines whose own price is missing from the catalog but whose
    /// accelerators are priced (HGX servers, host servers with added cards)
    /// at the accelerators' price alone: a lower bound of their capex. Their
    /// plans keep cost.known == false and cost.missing names the machine;
    /// see search_cost_usable().
    bool price_accelerators_only = false;
    SearchObjective objective = SearchObjective::Cost;
    int top_k = 10;                    ///< results returned, 1..1000
    int max_nodes = 16;                ///< machines per candidate, 1..256

    /// Set to true (from any thread) to stop early; the result then holds what
    /// was found so far and `cancelled`.
    const std::atomic<bool>* cancel = nullptr;
    /// Called from the searching thread about every 4096 candidates and at the end.
    SearchProgress progress;
};

/// One candidate that fits and meets the target, planned with full detail.
struct SearchHit {
    Scenario scenario;
    Plan plan;
};

struct SearchResult {
    /// Candidates enumerated: planned + every pruned_* count.
    std::size_t evaluated = 0;
    std::size_t planned = 0;             ///< of those, planned with the quick planner
    std::size_t pruned_memory = 0;       ///< skipped because weights and KV exceed the pool's usable memory
    std::size_t pruned_speed = 0;        ///< skipped because reading one token's weights at the fastest stage's fitted bandwidth already misses the target
    std::size_t pruned_budget = 0;       ///< skipped because the pool's price exceeds the budget or is unknown
    std::size_t pruned_invalid = 0;      ///< combinations that cannot run (engine on one machine only, offload on several...)
    std::size_t pruned_dominated = 0;    ///< offload tried where the model fits on the accelerators alone
    std::size_t feasible = 0;            ///< planned candidates that fit, meet the target and the budget
    std::size_t skipped_unknown_cost = 0;  ///< feasible but left out: cost or capex objective and no usable price
    bool cancelled = false;
    /// Best first by the objective, at most top_k.
    std::vector<SearchHit> results;
    /// Non-dominated candidates on (cost.per_million_output_usd low,
    /// decode.tokens_per_s high) among feasible ones with a usable cost,
    /// ordered by cost ascending.
    std::vector<SearchHit> pareto;
    /// For each pareto entry, its index in `results`, or -1 when it ranked below top_k.
    std::vector<int> pareto_rank;
};

/// Whether a plan's cost takes part in ranking: known, or (with
/// `price_accelerators_only`) missing nothing but the machines' own prices
/// while some accelerator is priced. Rented costs need the rental rate.
[[nodiscard]] bool search_cost_usable(const Cost& cost, const SearchRequest& request) noexcept;

/// Checks a request against the catalog without searching. Errors name the
/// field: `request.model`, `request.target_tokens_per_s`, `request.systems[2]`...
[[nodiscard]] std::optional<Error> validate_request(const SearchRequest& request, const Catalog& catalog);

/// Runs the search. Returns an Error for a bad request (see validate_request);
/// a request nothing satisfies is a SearchResult with empty results.
[[nodiscard]] Result<SearchResult> search(const SearchRequest& request, const Catalog& catalog);

}  // namespace deepplan
