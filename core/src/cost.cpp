#include "deepplan/cost.hpp"

#include <algorithm>
#include <cmath>

#include "cost_parts.hpp"

namespace deepplan {

namespace {

constexpr double kHoursPerYear = 8760.0;
constexpr double kHoursPerMonth = kHoursPerYear / 12.0;

struct GroupMoney {
    double capex = 0;
    double power_w = 0;
    double rent_per_hour = 0;
};

// One machine of a group: its price, power and rent, with any accelerator
// override swapped in for the system's own accelerators.
GroupMoney machine_money(const NodeGroup& g, const cost_parts::GroupParts& parts, std::vector<std::string>& missing)
{
    GroupMoney m;
    const System* sys = parts.system;
    if (!sys) return m;
    const Device* own = parts.own;
    const int own_count = sys->accelerator_count;
    const Device* accel = parts.accel;
    const int count = g.accelerator.empty() ? own_count : g.accelerator_count;
    const Device* cpu = parts.cpu;
    const bool overridden = !g.accelerator.empty();

    if (sys->price_usd > 0) {
        m.capex = sys->price_usd;
        if (overridden && own) m.capex -= own->price_usd * own_count;
    } else if (own && own->price_usd > 0 && !overridden) {
        m.capex = own->price_usd * own_count;
        missing.push_back("systems/" + sys->id + ".price_usd (host not priced)");
    } else {
        missing.push_back("systems/" + sys->id + ".price_usd");
    }
    if (overridden && accel) {
        if (accel->price_usd > 0) m.capex += accel->price_usd * count;
        else missing.push_back("devices/" + accel->id + ".price_usd");
    }

    // The machine's own figure, or its CPUs and own accelerators; added
    // accelerators replace the own ones in either case.
    double host_w = sys->power_w;
    if (host_w > 0) {
        if (overridden && own) host_w -= own->power_w * own_count;
    } else {
        host_w = (cpu ? cpu->power_w * sys->host_sockets : 0.0) + (own ? own->power_w * own_count : 0.0);
        if (host_w <= 0) missing.push_back("systems/" + sys->id + ".power_w");
        if (overridden && own) host_w -= own->power_w * own_count;
    }
    if (overridden && accel) host_w += accel->power_w * count;
    m.power_w = std::max(0.0, host_w);

    if (accel && count > 0) {
        if (accel->rent_usd_per_hour > 0) m.rent_per_hour = accel->rent_usd_per_hour * count;
    }
    return m;
}

}  // namespace

double usd_per_million(double usd_per_hour, double tokens_per_s) noexcept
{
    if (!(tokens_per_s > 0) || !std::isfinite(tokens_per_s)) return 0;
    return usd_per_hour / (tokens_per_s * 3600.0) * 1e6;
}

namespace cost_parts {

GroupParts group_parts(const NodeGroup& g, const Catalog& c)
{
    GroupParts parts;
    parts.system = c.system(g.system);
    if (!parts.system) return parts;
    const System& sys = *parts.system;
    parts.own = sys.accelerator.empty() ? nullptr : c.device(sys.accelerator);
    parts.accel = g.accelerator.empty() ? parts.own : c.device(g.accelerator);
    parts.cpu = sys.host_cpu.empty() ? nullptr : c.device(sys.host_cpu);
    return parts;
}

}  // namespace cost_parts

Cost compute_cost(const Scenario& s, const Catalog& c, const Plan& p)
{
    std::vector<cost_parts::GroupParts> parts;
    parts.reserve(s.pool.groups.size());
    for (const auto& g : s.pool.groups) parts.push_back(cost_parts::group_parts(g, c));
    return cost_parts::compute_cost(s, c, p, parts);
}

Cost cost_parts::compute_cost(const Scenario& s, const Catalog& c, const Plan& p, const std::vector<GroupParts>& parts)
{
    Cost cost;
    const Economics& e = s.economics;
    cost.rented = e.rented;
    std::vector<std::string> missing;
    double capex = 0;
    double power_w = 0;
    double rent = 0;
    int gpus = 0;
    for (std::size_t gi = 0; gi < s.pool.groups.size(); ++gi) {
        const auto& g = s.pool.groups[gi];
        const GroupMoney m = machine_money(g, parts[gi], missing);
        capex += m.capex * g.count;
        power_w += m.power_w * g.count;
        rent += m.rent_per_hour * g.count;
        const System* sys = parts[gi].system;
        if (sys) gpus += g.count * (g.accelerator.empty() ? sys->accelerator_count : g.accelerator_count);
    }
    if (e.capex_usd > 0) capex = e.capex_usd;
    cost.capex_usd = capex;
    cost.power_kw = power_w / 1000.0;

    // Everything per hour of serving: fixed costs spread over the hours busy.
    const double util = e.utilization;
    double fixed_per_hour = 0;  // paid whether serving or not, per wall-clock hour
    double running_per_hour = 0;
    if (e.rented) {
        const double rate = e.usd_per_gpu_hour > 0 ? e.usd_per_gpu_hour * gpus : rent;
        if (rate <= 0) missing.push_back("rent_usd_per_hour of the pool's accelerators");
        cost.rental_usd_per_hour = rate / util;
        fixed_per_hour = rate;
        cost.known = rate > 0;
    } else {
        cost.capex_usd_per_hour = capex / (e.amortization_years * kHoursPerYear * util);
        cost.power_usd_per_hour = cost.power_kw * e.pue * e.usd_per_kwh;
        cost.hosting_usd_per_hour = e.hosting_usd_per_month / (kHoursPerMonth * util);
        fixed_per_hour = capex / (e.amortization_years * kHoursPerYear) + e.hosting_usd_per_month / kHoursPerMonth;
        running_per_hour = cost.power_usd_per_hour;
        cost.known = missing.empty() || e.capex_usd > 0;
    }
    cost.usd_per_hour = cost.rental_usd_per_hour + cost.capex_usd_per_hour + cost.power_usd_per_hour + cost.hosting_usd_per_hour;
    cost.per_million_output_usd = usd_per_million(cost.usd_per_hour, p.decode.aggregate_tokens_per_s);
    // Input at the planned throughput: prompts of all sequences prefilled together where the engine batches them.
    cost.per_million_input_usd = usd_per_million(cost.usd_per_hour, std::max(p.prefill.tokens_per_s, p.prefill.aggregate_tokens_per_s));
    cost.missing = std::move(missing);

    auto api = c.api_prices.find(s.model);
    if (api != c.api_prices.end()) {
        cost.api.known = true;
        cost.api.per_million_input_usd = api->second.input_usd_per_m;
        cost.api.per_million_output_usd = api->second.output_usd_per_m;
        cost.api.date = api->second.date;
        cost.api.source = api->second.source;
        // Output tokens an hour of serving earns at the API price, minus the
        // running cost, must cover the fixed cost of a wall-clock hour / u.
        const double earned = cost.api.per_million_output_usd * p.decode.aggregate_tokens_per_s * 3600.0 / 1e6;
        const double margin = earned - running_per_hour;
        if (margin > 0 && fixed_per_hour > 0) {
            const double u = fixed_per_hour / margin;
            if (u <= 1.0) cost.break_even_utilization = u;
        }
    }
    return cost;
}

nlohmann::json to_json(const Cost& c)
{
    nlohmann::json api = nullptr;
    if (c.api.known) {
        api = {{"per_million_input_usd", c.api.per_million_input_usd},
               {"per_million_output_usd", c.api.per_million_output_usd},
               {"date", c.api.date},
               {"source", c.api.source}};
    }
    return {{"known", c.known},
            {"rented", c.rented},
            {"usd_per_hour", c.usd_per_hour},
            {"per_million_output_usd", c.per_million_output_usd},
            {"per_million_input_usd", c.per_million_input_usd},
            {"capex_usd", c.capex_usd},
            {"power_kw", c.power_kw},
            {"split",
             {{"capex_usd_per_hour", c.capex_usd_per_hour},
              {"power_usd_per_hour", c.power_usd_per_hour},
              {"hosting_usd_per_hour", c.hosting_usd_per_hour},
              {"rental_usd_per_hour", c.rental_usd_per_hour}}},
            {"missing", c.missing},
            {"api", api},
            {"break_even_utilization", c.break_even_utilization ? nlohmann::json(*c.break_even_utilization) : nlohmann::json(nullptr)}};
}

}  // namespace deepplan
