// The deployment optimizer (issue 5). Enumeration order, pruning bounds and
// ranking are spelled out here so that a result can be reproduced by hand.

#include "deepplan/search.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <tuple>

#include "deepplan/cost.hpp"
#include "deepplan/units.hpp"
#include "deepplan/weight_format.hpp"
#include "hardware/machine.hpp"
#include "search/bounds.hpp"

namespace deepplan {

namespace {

using search_bounds::accel_usable_b;
using search_bounds::MachineConfig;
using search_bounds::offload_allowed;
using search_bounds::tokens_per_s_bound;
using search_bounds::VariantInfo;

using units::kGB;

constexpr std::size_t kProgressEvery = 4096;
constexpr int kMaxTopK = 1000;
constexpr int kMaxSearchNodes = 256;
constexpr int kMaxAddedAccelerators = 64;


// A feasible candidate, kept light until the end.
struct Record {
    std::uint32_t seq = 0;             // enumeration order, the last tie-breaker
    std::uint16_t variant = 0;
    std::uint16_t engine = 0;
    std::uint32_t config = 0;
    int nodes = 0;
    OffloadMode mode = OffloadMode::None;
    bool cost_known = false;
    double cost_per_m_out = 0;
    double capex_usd = 0;
    double tokens_per_s = 0;
    int devices = 0;
};

std::optional<Error> check_ids(const std::optional<std::vector<std::string>>& ids, const char* field,
                               bool (*exists)(const Catalog&, const std::string&), const Catalog& c, const char* kind)
{
    if (!ids) return std::nullopt;
    const std::string path = std::string("request.") + field;
    if (ids->empty()) return Error{path, std::string("lists no ") + kind + "; leave it unset to try every one"};
    for (std::size_t i = 0; i < ids->size(); ++i) {
        if (!exists(c, (*ids)[i]))
            return Error{path + "[" + std::to_string(i) + "]", std::string("unknown ") + kind + " \"" + (*ids)[i] + "\""};
    }
    return std::nullopt;
}

// Ids in request order without repeats, or every catalog id in its (sorted) order.
template <class Map>
std::vector<std::string> ids_or_all(const std::optional<std::vector<std::string>>& ids, const Map& all)
{
    std::vector<std::string> out;
    if (ids) {
        for (const auto& id : *ids)
            if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    } else {
        for (const auto& [id, entry] : all) out.push_back(id);
    }
    return out;
}

Scenario base_scenario(const SearchRequest& q)
{
    Scenario s;
    s.model = q.model;
    s.variant = q.variant;
    s.pool.groups = {NodeGroup{}};
    s.workload.context = q.min_context;
    s.workload.concurrency = q.concurrency;
    s.workload.prompt = q.prompt_tokens;
    s.workload.output = q.output_tokens;
    s.workload.mtp = q.mtp;
    s.apple_raise_wired_limit = q.apple_raise_wired_limit;
    s.economics = q.economics;
    return s;
}

void set_pool(Scenario& s, const MachineConfig& m, int nodes)
{
    NodeGroup& g = s.pool.groups[0];
    g.count = nodes;
    if (g.system != m.system->id) g.system = m.system->id;
    if (m.added) {
        if (g.accelerator != m.accel->id) g.accelerator = m.accel->id;
        g.accelerator_count = m.accel_count;
    } else {
        g.accelerator.clear();
        g.accelerator_count = -1;
    }
}

bool engine_runs(const EngineProfile& e, DeviceClass c) { return e.runs_on(c) && e.efficiency_for(c) != nullptr; }

// Offload modes the engine has at all (the enumeration's last axis).
std::vector<OffloadMode> engine_modes(const EngineProfile& e, const ModelArch& model)
{
    std::vector<OffloadMode> modes = {OffloadMode::None};
    if (e.offload_experts && model.is_moe()) modes.push_back(OffloadMode::Experts);
    if (e.offload_layers) modes.push_back(OffloadMode::Layers);
    return modes;
}

// Only the machines' own prices are missing, and something is priced.
bool host_price_only_gap(const Cost& c)
{
    if (c.known || c.rented || !(c.capex_usd > 0) || c.missing.empty()) return false;
    for (const auto& m : c.missing)
        if (m.rfind("systems/", 0) != 0 || m.find(".price_usd") == std::string::npos) return false;
    return true;
}

bool better(const Record& a, const Record& b, SearchObjective o)
{
    // Unknown costs sort last wherever cost is a key.
    const double ca = a.cost_known ? a.cost_per_m_out : std::numeric_limits<double>::infinity();
    const double cb = b.cost_known ? b.cost_per_m_out : std::numeric_limits<double>::infinity();
    const double xa = a.cost_known ? a.capex_usd : std::numeric_limits<double>::infinity();
    const double xb = b.cost_known ? b.capex_usd : std::numeric_limits<double>::infinity();
    switch (o) {
    case SearchObjective::Cost:
        return std::tie(ca, xa, a.devices, b.tokens_per_s, a.seq) < std::tie(cb, xb, b.devices, a.tokens_per_s, b.seq);
    case SearchObjective::Capex:
        return std::tie(xa, ca, b.tokens_per_s, a.seq) < std::tie(xb, cb, a.tokens_per_s, b.seq);
    case SearchObjective::Devices:
        return std::tie(a.devices, a.nodes, ca, b.tokens_per_s, a.seq) < std::tie(b.devices, b.nodes, cb, a.tokens_per_s, b.seq);
    case SearchObjective::TokensPerS:
        return std::tie(b.tokens_per_s, ca, a.seq) < std::tie(a.tokens_per_s, cb, b.seq);
    }
    return a.seq < b.seq;
}

}  // namespace

bool search_cost_usable(const Cost& cost, const SearchRequest& q) noexcept
{
    return cost.known || (q.price_accelerators_only && host_price_only_gap(cost));
}

const char* to_string(SearchObjective o) noexcept
{
    switch (o) {
    case SearchObjective::Cost: return "cost";
    case SearchObjective::Capex: return "capex";
    case SearchObjective::Devices: return "devices";
    case SearchObjective::TokensPerS: return "tps";
    }
    return "?";
}

std::optional<SearchObjective> search_objective_from_string(const std::string& s)
{
    if (s == "cost") return SearchObjective::Cost;
    if (s == "capex") return SearchObjective::Capex;
    if (s == "devices") return SearchObjective::Devices;
    if (s == "tps") return SearchObjective::TokensPerS;
    return std::nullopt;
}

std::optional<Error> validate_request(const SearchRequest& q, const Catalog& c)
{
    if (q.model.empty()) return Error{"request.model", "is required"};
    const ModelArch* model = c.model(q.model);
    if (!model) return Error{"request.model", "unknown model \"" + q.model + "\""};
    if (q.variant.empty()) return Error{"request.variant", "must be a weight format id or \"any\""};
    if (q.variant != "any") {
        const WeightFormat* f = c.format(q.variant);
        if (!f) return Error{"request.variant", "unknown variant \"" + q.variant + "\""};
        if (!f->applies_to(q.model))
            return Error{"request.variant", "\"" + q.variant + "\" is not published for model \"" + q.model + "\""};
    }
    if (model->max_context > 0 && q.min_context > model->max_context)
        return Error{"request.min_context", "is " + std::to_string(q.min_context) + " tokens, above " + model->name +
                                                "'s maximum context of " + std::to_string(model->max_context)};
    if (!std::isfinite(q.target_tokens_per_s) || q.target_tokens_per_s <= 0)
        return Error{"request.target_tokens_per_s", "must be a positive number of tokens/s per stream"};
    if (q.budget_usd && (!std::isfinite(*q.budget_usd) || *q.budget_usd <= 0))
        return Error{"request.budget_usd", "must be a positive number of USD"};
    if (q.top_k < 1 || q.top_k > kMaxTopK)
        return Error{"request.top_k", "must be between 1 and " + std::to_string(kMaxTopK) + ", got " + std::to_string(q.top_k)};
    if (q.max_nodes < 1 || q.max_nodes > kMaxSearchNodes)
        return Error{"request.max_nodes",
                     "must be between 1 and " + std::to_string(kMaxSearchNodes) + ", got " + std::to_string(q.max_nodes)};
    for (std::size_t i = 0; i < q.accelerator_counts.size(); ++i) {
        const int n = q.accelerator_counts[i];
        if (n < 1 || n > kMaxAddedAccelerators)
            return Error{"request.accelerator_counts[" + std::to_string(i) + "]",
                         "must be between 1 and " + std::to_string(kMaxAddedAccelerators) + ", got " + std::to_string(n)};
    }
    if (auto e = check_ids(q.systems, "systems", [](const Catalog& k, const std::string& id) { return k.system(id) != nullptr; }, c,
                           "system"))
        return e;
    if (auto e = check_ids(q.engines, "engines", [](const Catalog& k, const std::string& id) { return k.engine(id) != nullptr; }, c,
                           "engine"))
        return e;
    if (q.accelerators) {
        for (std::size_t i = 0; i < q.accelerators->size(); ++i) {
            const std::string& id = (*q.accelerators)[i];
            const Device* d = c.device(id);
            const std::string path = "request.accelerators[" + std::to_string(i) + "]";
            if (!d) return Error{path, "unknown device \"" + id + "\""};
            if (d->device_class == DeviceClass::Cpu || d->device_class == DeviceClass::Apple)
                return Error{path, "\"" + id + "\" is not an accelerator card"};
        }
    }
    // The numbers a scenario checks, under the request's names.
    Scenario s = base_scenario(q);
    s.pool.groups[0].system = "x";
    if (auto e = validate_numbers(s)) {
        static const std::pair<const char*, const char*> renames[] = {
            {"scenario.workload.context", "request.min_context"},
            {"scenario.workload.concurrency", "request.concurrency"},
            {"scenario.workload.prompt", "request.prompt_tokens"},
            {"scenario.workload.output", "request.output_tokens"},
        };
        Error out = *e;
        bool renamed = false;
        for (const auto& [from, to] : renames) {
            if (out.path == from) {
                out.path = to;
                renamed = true;
            }
        }
        if (!renamed && out.path.rfind("scenario.", 0) == 0) out.path = "request." + out.path.substr(9);
        return out;
    }
    return std::nullopt;
}

namespace {

// Each system as it is, and host machines with cards added, with the price of one machine.
std::vector<MachineConfig> build_configs(const SearchRequest& q, const Catalog& c)
{
    const Economics& econ = q.economics;
    std::vector<const Device*> cards;
    if (q.accelerators) {
        for (const auto& id : ids_or_all(q.accelerators, c.devices)) cards.push_back(c.device(id));
    } else {
        for (const auto& [id, d] : c.devices)
            if (machine::is_addable_card(d)) cards.push_back(&d);
    }
    std::vector<int> counts;
    for (int n : q.accelerator_counts)
        if (std::find(counts.begin(), counts.end(), n) == counts.end()) counts.push_back(n);
    const Scenario s = base_scenario(q);
    std::vector<MachineConfig> configs;
    auto add_config = [&](const System& sys, const Device* added, int added_count) {
    MachineConfig m;
    m.system = &sys;
    if (added) {
        m.accel = added;
        m.accel_count = added_count;
        m.added = true;
    } else {
        m.accel = sys.accelerator.empty() ? nullptr : c.device(sys.accelerator);
        m.accel_count = m.accel ? sys.accelerator_count : 0;
    }
    m.cpu = sys.host_cpu.empty() ? nullptr : c.device(sys.host_cpu);
    m.host_usable_b = units::capacity_to_bytes(machine::host_usable_capacity_gb(sys));
    // Price of one machine: the cost model's own arithmetic on a one-machine pool.
    Scenario one = s;
    set_pool(one, m, 1);
    one.economics.capex_usd = 0;
    const Plan none;
    Scenario own = one;
    own.economics.rented = false;
    const Cost own_cost = compute_cost(own, c, none);
    m.capex_known = search_cost_usable(own_cost, q);
    m.capex_usd = own_cost.capex_usd;
    Scenario rented = one;
    rented.economics.rented = true;
    const Cost rent_cost = compute_cost(rented, c, none);
    m.rent_known = rent_cost.known;
    m.rent_usd_per_hour = rent_cost.rental_usd_per_hour * econ.utilization;
        configs.push_back(m);
    };
    for (const auto& id : ids_or_all(q.systems, c.systems)) {
        const System& sys = *c.system(id);
        add_config(sys, nullptr, 0);
        if (!machine::takes_cards(sys)) continue;
        for (const Device* d : cards)
            for (int n : counts) add_config(sys, d, n);
    }
    return configs;
}

// The enumeration: variants x engines x machine configs x machine counts x
// offload modes, in that order, each candidate pruned or planned.
class Enumeration {
public:
    Enumeration(const SearchRequest& request, const Catalog& catalog)
        : q(request), c(catalog), model(*catalog.model(request.model)), econ(request.economics), s(base_scenario(request)),
          cost_objective(request.objective == SearchObjective::Cost || request.objective == SearchObjective::Capex)
    {
        for (const auto& [id, f] : c.formats) {
            if (q.variant != "any" && id != q.variant) continue;
            if (!f.applies_to(q.model)) continue;
            variants.push_back(search_bounds::variant_info(model, f));
        }
        for (const auto& id : ids_or_all(q.engines, c.engines)) {
            const EngineProfile* e = c.engine(id);
            // Older engine releases are searched only when asked for by id.
            if (!q.engines && e && !e->base.empty()) continue;
            engines.push_back(e);
        }
        configs = build_configs(q, c);
        // How many candidates the enumeration holds, for progress.
        for (const auto& v : variants) {
            for (const EngineProfile* e : engines) {
                if (!e->loads(v.format->family)) continue;
                const std::size_t modes = engine_modes(*e, model).size();
                for (const auto& m : configs) {
                    if (engine_runs(*e, m.accel ? m.accel->device_class : DeviceClass::Cpu))
                        total += modes * static_cast<std::size_t>(q.max_nodes);
                }
            }
        }
    }

    void run()
    {
        for (std::size_t vi = 0; vi < variants.size() && !out.cancelled; ++vi) {
            s.variant = variants[vi].format->id;
            for (std::size_t ei = 0; ei < engines.size() && !out.cancelled; ++ei) {
                const EngineProfile& e = *engines[ei];
                if (!e.loads(variants[vi].format->family)) continue;
                s.engine = e.id;
                for (std::size_t mi = 0; mi < configs.size() && !out.cancelled; ++mi) machine_counts(vi, ei, mi);
            }
        }
        report();
    }

    SearchResult finish();

private:
    const SearchRequest& q;
    const Catalog& c;
    const ModelArch& model;
    const Economics& econ;
    Scenario s;
    const bool cost_objective;
    std::vector<VariantInfo> variants;
    std::vector<const EngineProfile*> engines;
    std::vector<MachineConfig> configs;
    std::size_t total = 0;
    std::size_t next_progress = 0;  // check the cancel flag before the first candidate too
    SearchResult out;
    std::vector<Record> feasible;

    void report()
    {
        if (q.progress) q.progress(out.evaluated, total);
    }
    bool cancelled() const { return q.cancel && q.cancel->load(std::memory_order_relaxed); }

    // 1..max_nodes machines of one config under one variant and engine.
    void machine_counts(std::size_t vi, std::size_t ei, std::size_t mi)
    {
        const VariantInfo& v = variants[vi];
        const EngineProfile& e = *engines[ei];
        const MachineConfig& m = configs[mi];
        if (!engine_runs(e, m.accel ? m.accel->device_class : DeviceClass::Cpu)) return;
        const std::vector<OffloadMode> modes = engine_modes(e, model);
        const bool mtp = q.mtp && e.mtp && model.mtp_modules > 0;
        // Bytes every candidate must place at least once: weights and one copy of the KV cache.
        const double kv_b = kv_bytes_per_token(model, e.mla_compressed, e.kv_bytes) * q.min_context * q.concurrency;
        const double need_b = v.weights_b + (mtp ? v.mtp_b : 0.0) + kv_b;
        const double node_b = m.accel ? m.accel_count * accel_usable_b(*m.accel, e, q.apple_raise_wired_limit) : m.host_usable_b;
        for (int n = 1; n <= q.max_nodes; ++n) {
            if (out.evaluated >= next_progress) {
                next_progress += kProgressEvery;
                if (cancelled()) {
                    out.cancelled = true;
                    return;
                }
                report();
            }
            // Machines beyond one for an engine that runs on one machine;
            // offload, which the planner does on one machine only.
            if (n > 1 && !e.multi_node) {
                out.evaluated += modes.size();
                out.pruned_invalid += modes.size();
                continue;
            }
            offload_modes(vi, ei, mi, n, modes, mtp, need_b, node_b);
        }
    }

    void offload_modes(std::size_t vi, std::size_t ei, std::size_t mi, int n, const std::vector<OffloadMode>& modes, bool mtp,
                       double need_b, double node_b);
    void record(std::size_t vi, std::size_t ei, std::size_t mi, int n, OffloadMode mode, const Plan& p);
};

void Enumeration::offload_modes(std::size_t vi, std::size_t ei, std::size_t mi, int n, const std::vector<OffloadMode>& modes,
                                bool mtp, double need_b, double node_b)
{
    const VariantInfo& v = variants[vi];
    const EngineProfile& e = *engines[ei];
    const MachineConfig& m = configs[mi];
    const PlanOptions quick{false, false};
    // The pool's price against the budget, before planning.
    const bool over_budget = [&] {
        if (!q.budget_usd) return false;
        if (econ.rented) return !m.rent_known || m.rent_usd_per_hour * n > *q.budget_usd;
        if (econ.capex_usd > 0) return econ.capex_usd > *q.budget_usd;
        return !m.capex_known || m.capex_usd * n > *q.budget_usd;
    }();
    bool none_fits = false;
    for (OffloadMode mode : modes) {
        ++out.evaluated;
        if (mode != OffloadMode::None && (n > 1 || !offload_allowed(e, m, model, mode))) {
            ++out.pruned_invalid;
            continue;
        }
        if (mode != OffloadMode::None && none_fits) {
            ++out.pruned_dominated;  // offloading what fits on the accelerators only slows it
            continue;
        }
        if (over_budget) {
            ++out.pruned_budget;
            continue;
        }
        const double pool_b = n * node_b + (mode == OffloadMode::None ? 0.0 : m.host_usable_b);
        if (need_b > pool_b) {
            ++out.pruned_memory;
            continue;
        }
        if (tokens_per_s_bound(e, m, mode, n, v.step_b, mtp, model) < q.target_tokens_per_s) {
            ++out.pruned_speed;
            continue;
        }
        set_pool(s, m, n);
        s.offload = mode;
        ++out.planned;
        auto r = plan(s, c, quick);
        if (!r) continue;  // the planner refuses the combination; nothing to rank
        const Plan& p = r.value();
        if (!p.fits) continue;
        if (mode == OffloadMode::None) none_fits = true;
        if (!(p.decode.tokens_per_s >= q.target_tokens_per_s)) continue;
        if (q.budget_usd) {
            // Checked before planning from the machine's price; again on the plan's own figure.
            const double price = econ.rented ? p.cost.rental_usd_per_hour * econ.utilization : p.cost.capex_usd;
            if (!search_cost_usable(p.cost, q) || price > *q.budget_usd) continue;
        }
        record(vi, ei, mi, n, mode, p);
    }
}

void Enumeration::record(std::size_t vi, std::size_t ei, std::size_t mi, int n, OffloadMode mode, const Plan& p)
{
    ++out.feasible;
    const bool cost_usable = search_cost_usable(p.cost, q);
    if (cost_objective && !cost_usable) {
        ++out.skipped_unknown_cost;
        return;
    }
    Record rec;
    rec.seq = static_cast<std::uint32_t>(out.evaluated);
    rec.variant = static_cast<std::uint16_t>(vi);
    rec.engine = static_cast<std::uint16_t>(ei);
    rec.config = static_cast<std::uint32_t>(mi);
    rec.nodes = n;
    rec.mode = mode;
    rec.cost_known = cost_usable;
    rec.cost_per_m_out = p.cost.per_million_output_usd;
    rec.capex_usd = p.cost.capex_usd;
    rec.tokens_per_s = p.decode.tokens_per_s;
    rec.devices = p.devices;
    feasible.push_back(rec);
}

// Best K by the objective, the Pareto front, and full plans of both.
SearchResult Enumeration::finish()
{
    // Best K by the objective.
    auto by_objective = [&](const Record& a, const Record& b) { return better(a, b, q.objective); };
    const std::size_t k = std::min(feasible.size(), static_cast<std::size_t>(q.top_k));
    std::vector<Record> ranked = feasible;
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(k), ranked.end(), by_objective);
    ranked.resize(k);

    // Pareto front of $/M output (low) against tokens/s per stream (high).
    std::vector<Record> front;
    {
        std::vector<Record> known;
        for (const auto& r : feasible)
            if (r.cost_known) known.push_back(r);
        std::sort(known.begin(), known.end(), [](const Record& a, const Record& b) {
            return std::tie(a.cost_per_m_out, b.tokens_per_s, a.seq) < std::tie(b.cost_per_m_out, a.tokens_per_s, b.seq);
        });
        double best_tps = -1;
        for (const auto& r : known) {
            if (r.tokens_per_s > best_tps) {
                front.push_back(r);
                best_tps = r.tokens_per_s;
            }
        }
    }

    // Full plans of what is returned.
    auto hit = [&](const Record& r) {
        SearchHit h;
        h.scenario = base_scenario(q);
        h.scenario.variant = variants[r.variant].format->id;
        h.scenario.engine = engines[r.engine]->id;
        set_pool(h.scenario, configs[r.config], r.nodes);
        h.scenario.offload = r.mode;
        auto p = plan(h.scenario, c);
        if (p) h.plan = std::move(p).value();
        return h;
    };
    for (const auto& r : ranked) out.results.push_back(hit(r));
    for (const auto& r : front) {
        int rank = -1;
        for (std::size_t i = 0; i < ranked.size(); ++i)
            if (ranked[i].seq == r.seq) rank = static_cast<int>(i);
        out.pareto_rank.push_back(rank);
        out.pareto.push_back(rank >= 0 ? out.results[static_cast<std::size_t>(rank)] : hit(r));
    }
    return out;
}

}  // namespace

Result<SearchResult> search(const SearchRequest& q, const Catalog& c)
{
    if (auto e = validate_request(q, c)) return *e;
    Enumeration en(q, c);
    en.run();
    return en.finish();
}

}  // namespace deepplan
