#include "command_errors.h"
#include "search_command.h"

#include <climits>
#include <cmath>
#include <cstdlib>
#include <sstream>

#include <nlohmann/json.hpp>

#include "catalog_loader.h"
#include "deepplan/plan_file.hpp"
#include "deepplan/search.hpp"
#include "deepplan/search_groups.hpp"
#include "exit_codes.h"
#include "number_format.h"

#include "deepplan/message_text.hpp"
#include "text_table.h"

namespace deepplan::cli {

namespace {

// A decimal number: the whole text, finite. Range checks are the core's.
double parse_number_flag(const std::string& flag, const std::string& text)
{
    // Decimal only: strtod would also take "0x10", "inf" and "nan".
    const bool decimal = !text.empty() && text.find_first_not_of("0123456789.eE+-") == std::string::npos &&
                         text.find_first_of("0123456789") != std::string::npos;
    const char* begin = text.c_str();
    char* end = nullptr;
    const double v = decimal ? std::strtod(begin, &end) : NAN;
    if (!decimal || end != begin + text.size() || !std::isfinite(v)) {
        throw UsageError(flag + ": must be a decimal number, got " + quote_for_message(text));
    }
    return v;
}

// "a,b,c" -> {a, b, c}; an empty text is an empty list (which the core rejects by name).
std::vector<std::string> split_ids(const std::string& text)
{
    std::vector<std::string> out;
    std::string item;
    std::istringstream in(text);
    while (std::getline(in, item, ',')) {
        const auto first = item.find_first_not_of(' ');
        const auto last = item.find_last_not_of(' ');
        if (first != std::string::npos) out.push_back(item.substr(first, last - first + 1));
    }
    return out;
}

// The flag behind a request field named in a core error.
std::string flag_for_field(const std::string& path)
{
    static const std::pair<const char*, const char*> table[] = {
        {"request.model", "--model"},
        {"request.variant", "--variant"},
        {"request.target_tokens_per_s", "--target-tps"},
        {"request.min_context", "--min-context"},
        {"request.concurrency", "--concurrency"},
        {"request.prompt_tokens", "--prompt"},
        {"request.output_tokens", "--output"},
        {"request.budget_usd", "--budget"},
        {"request.systems", "--systems"},
        {"request.engines", "--engines"},
        {"request.accelerators", "--accelerators"},
        {"request.top_k", "--top"},
        {"request.max_nodes", "--max-nodes"},
        {"request.economics.utilization", "--utilization"},
        {"request.economics.usd_per_gpu_hour", "--usd-per-gpu-hour"},
        {"request.economics.usd_per_kwh", "--usd-per-kwh"},
        {"request.economics.amortization_years", "--years"},
    };
    for (const auto& [field, flag] : table) {
        const std::string f = field;
        if (path == f || path.rfind(f + "[", 0) == 0) return flag;
    }
    return {};
}

// Ids that exist or not is bad input (1); numbers out of range are bad usage (2).
bool is_unknown_id(const Error& e) { return e.message.rfind("unknown ", 0) == 0 || e.message.find("not published") != std::string::npos; }

nlohmann::json hit_json(const SearchHit& h)
{
    return {{"plan", to_json(h.plan)}, {"scenario", to_json(h.scenario)}};
}

std::string money(double usd)
{
    if (usd >= 1e4) return "$" + grouped(std::llround(usd));
    return "$" + sensible(usd);
}

std::string pool_text(const Scenario& s) { return to_spec(s.pool); }

// A price as the table shows it: "?" when unknown, "≥" when it counts the accelerators only.
std::string price_cell(const Cost& c, double usd, const SearchRequest& q)
{
    if (c.known) return money(usd);
    return search_cost_usable(c, q) ? "\u2265" + money(usd) : "?";
}

// `alternatives[i]`, when given, is how many other results share hit i's pool.
void print_table(std::ostream& out, const std::vector<SearchHit>& hits, const std::vector<int>* ranks, const SearchRequest& q,
                 const std::vector<std::size_t>* alternatives = nullptr)
{
    TextTable t;
    t.add_column("#", TextTable::Align::Right);
    t.add_column("pool");
    t.add_column("variant");
    t.add_column("engine");
    t.add_column("offload");
    t.add_column("tok/s per stream", TextTable::Align::Right);
    t.add_column("aggregate", TextTable::Align::Right);
    t.add_column("$/M output", TextTable::Align::Right);
    t.add_column("capex", TextTable::Align::Right);
    t.add_column("devices", TextTable::Align::Right);
    t.add_column("fits");
    if (alternatives) t.add_column("other variants", TextTable::Align::Right);
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const auto& h = hits[i];
        const Plan& p = h.plan;
        std::string rank = std::to_string(i + 1);
        if (ranks) rank = (*ranks)[i] >= 0 ? std::to_string((*ranks)[i] + 1) : "-";
        std::vector<std::string> row{rank, pool_text(h.scenario), h.scenario.variant, p.engine, to_string(p.offload),
                                     sensible(p.decode.tokens_per_s), sensible(p.decode.aggregate_tokens_per_s),
                                     price_cell(p.cost, p.cost.per_million_output_usd, q), price_cell(p.cost, p.cost.capex_usd, q),
                                     std::to_string(p.devices), p.fits ? "yes" : "no"};
        if (alternatives) row.push_back((*alternatives)[i] == 0 ? "-" : "+" + std::to_string((*alternatives)[i]));
        t.add_row(row);
    }
    t.print(out);
}

bool any_lower_bound(const std::vector<SearchHit>& hits)
{
    for (const auto& h : hits) {
        if (!h.plan.cost.known) return true;
    }
    return false;
}

}  // namespace

SearchCommand::SearchCommand(CliContext context) : context_(std::move(context)) {}

const std::vector<OptionSpec>& SearchCommand::options()
{
    static const std::vector<OptionSpec> specs = {
        {"--model", "ID", "model id (required)", false},
        {"--variant", "ID", "weight format id, or any (default)", false},
        {"--target-tps", "N", "decode tokens/s each stream must reach at --concurrency (required)", false},
        {"--min-context", "N", "tokens every sequence must hold (default 4096)", false},
        {"--concurrency", "N", "sequences decoded together (default 1)", false},
        {"--prompt", "N", "prompt tokens per request (default 512)", false},
        {"--output", "N", "generated tokens per request (default 512)", false},
        {"--mtp", "", "use DeepSeek MTP speculative decoding where the engine can", false},
        {"--budget", "USD", "most the pool may cost: capex, or USD per hour of rental with --rented", false},
        {"--rented", "", "rent the hardware (catalog $/GPU-hour) instead of buying it", false},
        {"--usd-per-gpu-hour", "USD", "rental rate overriding the catalog's", false},
        {"--utilization", "F", "share of hours serving, 0-1 (default 0.5)", false},
        {"--usd-per-kwh", "USD", "electricity price (default 0.15)", false},
        {"--years", "N", "amortization years of own hardware (default 3)", false},
        {"--price-gpus-only", "", "price machines the catalog has no price for at their accelerators alone (a lower bound, shown with \u2265)", false},
        {"--systems", "A,B,...", "system ids to try (default: every system)", false},
        {"--engines", "A,B,...", "engine ids to try (default: every engine)", false},
        {"--accelerators", "A,B,...", "cards to add to host machines (default: every PCIe GPU; empty: none)", false, true},
        {"--max-nodes", "N", "machines per deployment, 1-256 (default 16)", false},
        {"--objective", "WHAT", "cost ($/M output, default), capex, devices or tps", false},
        {"--top", "K", "how many results (default 10): machines, each with its best variant", false},
        {"--all-variants", "", "list every variant and engine on a machine as its own result (default: the best per machine)", false},
        {"--catalog", "DIR", "add a user catalog directory (repeatable; its entries override)", true},
        {"--json", "", "print {evaluated, results: [{plan, scenario}], pareto} as JSON", false},
        {"--help", "", "show this help", false},
    };
    return specs;
}

std::string SearchCommand::summary() const
{
    return "find the cheapest hardware that runs a model at a target speed";
}

std::string SearchCommand::help() const
{
    std::ostringstream text;
    text << "Usage: deepplan-cli search --model ID --target-tps N [options]\n"
            "\n"
            "Tries every variant of the model, every engine that loads it, every\n"
            "system of the catalog (and host servers with 1, 2, 4 or 8 PCIe GPUs\n"
            "added), 1 to --max-nodes machines and the engine's offload modes;\n"
            "skips what cannot fit or cannot reach the target, plans the rest, and\n"
            "prints the best --top deployments that fit and reach --target-tps per\n"
            "stream, then the Pareto front of $/M output tokens against tokens/s.\n"
            "Deployments without a price in the catalog are left out of the cost\n"
            "and capex objectives (the count is shown); --price-gpus-only ranks\n"
            "servers whose chassis has no price at their accelerators' price (a\n"
            "lower bound, marked \u2265). Results are grouped by hardware: each pool\n"
            "once, with its best variant and engine and the count of the others;\n"
            "--all-variants lists them all.\n"
            "\n"
            "Options:\n"
         << describe_options(options())
         << "\n"
            "Exit status: 0 the search ran (also when nothing meets the target),\n"
            "1 bad input (unknown id, bad catalog), 2 bad usage.\n";
    return text.str();
}

namespace {

// The search request the flags ask for; a missing or bad value throws
// UsageError naming its flag (range checks are the core's).
SearchRequest request_from_flags(const ParsedArgs& parsed)
{
    SearchRequest q;
    const auto model = parsed.value("--model");
    if (!model) throw UsageError("--model: is required");
    q.model = *model;
    const auto target = parsed.value("--target-tps");
    if (!target) throw UsageError("--target-tps: is required");
    q.target_tokens_per_s = parse_number_flag("--target-tps", *target);
    if (auto v = parsed.value("--variant")) q.variant = *v;
    if (auto v = parsed.value("--min-context")) q.min_context = parse_int_flag("--min-context", *v, 1, INT_MAX);
    if (auto v = parsed.value("--concurrency")) q.concurrency = parse_int_flag("--concurrency", *v, 1, INT_MAX);
    if (auto v = parsed.value("--prompt")) q.prompt_tokens = parse_int_flag("--prompt", *v, 1, INT_MAX);
    if (auto v = parsed.value("--output")) q.output_tokens = parse_int_flag("--output", *v, 1, INT_MAX);
    q.mtp = parsed.has("--mtp");
    if (auto v = parsed.value("--budget")) q.budget_usd = parse_number_flag("--budget", *v);
    q.economics.rented = parsed.has("--rented");
    q.price_accelerators_only = parsed.has("--price-gpus-only");
    if (auto v = parsed.value("--usd-per-gpu-hour")) q.economics.usd_per_gpu_hour = parse_number_flag("--usd-per-gpu-hour", *v);
    if (auto v = parsed.value("--utilization")) q.economics.utilization = parse_number_flag("--utilization", *v);
    if (auto v = parsed.value("--usd-per-kwh")) q.economics.usd_per_kwh = parse_number_flag("--usd-per-kwh", *v);
    if (auto v = parsed.value("--years")) q.economics.amortization_years = parse_number_flag("--years", *v);
    if (auto v = parsed.value("--systems")) q.systems = split_ids(*v);
    if (auto v = parsed.value("--engines")) q.engines = split_ids(*v);
    if (auto v = parsed.value("--accelerators")) q.accelerators = split_ids(*v);
    if (auto v = parsed.value("--max-nodes")) q.max_nodes = parse_int_flag("--max-nodes", *v, INT_MIN, INT_MAX);
    if (auto v = parsed.value("--top")) q.top_k = parse_int_flag("--top", *v, INT_MIN, INT_MAX);
    if (auto v = parsed.value("--objective")) {
        auto o = search_objective_from_string(*v);
        if (!o) throw UsageError("--objective: must be one of cost, capex, devices, tps; got " + quote_for_message(*v));
        q.objective = *o;
    }
    return q;
}

// The search's error named after the flag that set the field; an unknown
// id is bad input with a pointer to the catalog, anything else bad usage.
int search_error(const Error& e, std::ostream& err)
{
    const std::string flag = flag_for_field(e.path);
    const std::string where = flag.empty() ? e.describe() : flag + ": " + e.message;
    if (is_unknown_id(e)) return input_error(err, "search", where + (flag.empty() ? "" : " (" + e.path + ")") + "\n  the ids on offer: deepplan-cli catalog");
    return usage_error(err, "search", where);
}

// The results as shown: grouped by hardware, each machine's best with the
// count of its other variants, or the first --top; the Pareto front's ranks
// point into the shown list (-1: below it).
struct ShownResults {
    bool grouped = true;
    std::vector<std::size_t> alternatives;
    std::vector<int> pareto_rank;
};

ShownResults shown_results(SearchResult& r, bool grouped, int asked_top)
{
    ShownResults shown{grouped, {}, r.pareto_rank};
    if (grouped) {
        const auto groups = group_by_hardware(r.results, static_cast<std::size_t>(asked_top));
        std::vector<SearchHit> best;
        std::vector<int> new_rank(r.results.size(), -1);
        for (const auto& g : groups) {
            new_rank[g.best()] = static_cast<int>(best.size());
            best.push_back(r.results[g.best()]);
            shown.alternatives.push_back(g.members.size() - 1);
        }
        // The Pareto front's ranks point into the grouped list; a variant that
        // is not its machine's best ranks as "below".
        for (int& rank : shown.pareto_rank) rank = rank >= 0 && static_cast<std::size_t>(rank) < new_rank.size() ? new_rank[static_cast<std::size_t>(rank)] : -1;
        r.results = std::move(best);
    } else {
        for (int& rank : shown.pareto_rank) rank = rank >= asked_top ? -1 : rank;
        if (r.results.size() > static_cast<std::size_t>(std::max(asked_top, 0))) r.results.resize(static_cast<std::size_t>(asked_top));
    }
    return shown;
}

// search --json: the counts, the request's target and objective, the
// results and the Pareto front.
nlohmann::json search_json(const SearchResult& r, const SearchRequest& q, const ShownResults& shown)
{
    nlohmann::json doc;
    doc["evaluated"] = r.evaluated;
    doc["planned"] = r.planned;
    doc["pruned"] = {{"memory", r.pruned_memory},
                     {"speed", r.pruned_speed},
                     {"budget", r.pruned_budget},
                     {"invalid", r.pruned_invalid},
                     {"dominated", r.pruned_dominated}};
    doc["feasible"] = r.feasible;
    doc["skipped_unknown_cost"] = r.skipped_unknown_cost;
    doc["objective"] = to_string(q.objective);
    doc["price_accelerators_only"] = q.price_accelerators_only;
    doc["target_tokens_per_s"] = q.target_tokens_per_s;
    doc["target_is"] = "decode tokens/s per stream at the given concurrency";
    doc["results"] = nlohmann::json::array();
    doc["grouped_by_hardware"] = shown.grouped;
    for (std::size_t i = 0; i < r.results.size(); ++i) {
        auto j = hit_json(r.results[i]);
        if (shown.grouped) j["other_variants"] = shown.alternatives[i];
        // A price that counts the accelerators only is a lower bound.
        j["price_is_lower_bound"] = !r.results[i].plan.cost.known;
        doc["results"].push_back(std::move(j));
    }
    doc["pareto"] = nlohmann::json::array();
    for (std::size_t i = 0; i < r.pareto.size(); ++i) {
        auto j = hit_json(r.pareto[i]);
        j["rank"] = shown.pareto_rank[i] >= 0 ? nlohmann::json(shown.pareto_rank[i]) : nlohmann::json(nullptr);
        doc["pareto"].push_back(std::move(j));
    }
    return doc;
}

// What was searched for, and how many candidates were evaluated, pruned
// (and why) and found.
void print_search_counts(const SearchResult& r, const SearchRequest& q, std::ostream& out)
{
    out << "Search: " << q.model << (q.variant == "any" ? " (any variant)" : ", " + q.variant) << " at "
        << sensible(q.target_tokens_per_s) << " tok/s per stream, " << q.concurrency << (q.concurrency == 1 ? " stream" : " streams")
        << ", context " << grouped(q.min_context) << ", " << (q.economics.rented ? "rented" : "own hardware")
        << (q.budget_usd ? ", budget " + money(*q.budget_usd) + (q.economics.rented ? "/h" : "") : "") << "; best by "
        << to_string(q.objective) << "\n";
    out << "Evaluated " << grouped(static_cast<long long>(r.evaluated)) << " candidates: " << grouped(static_cast<long long>(r.planned))
        << " planned; pruned " << grouped(static_cast<long long>(r.pruned_memory)) << " too small, "
        << grouped(static_cast<long long>(r.pruned_speed)) << " too slow, " << grouped(static_cast<long long>(r.pruned_budget))
        << " over budget, " << grouped(static_cast<long long>(r.pruned_invalid + r.pruned_dominated)) << " not runnable or dominated"
        << "\n";
    out << grouped(static_cast<long long>(r.feasible)) << " deployments fit and meet the target";
    if (r.skipped_unknown_cost > 0) {
        out << "; " << grouped(static_cast<long long>(r.skipped_unknown_cost)) << " of them left out: no price in the catalog";
        if (!q.price_accelerators_only) out << " (--price-gpus-only ranks servers at their accelerators' price)";
    }
    out << ".\n";
    if (r.cancelled) out << "The search was cancelled; the results are partial.\n";
}

// The results table, the hosted API's price and the Pareto front.
void print_search_results(const SearchResult& r, const SearchRequest& q, const ShownResults& shown, std::ostream& out)
{
    out << "\n";
    if (shown.grouped) out << "Best variant per machine (other variants: how many more fit on it; --all-variants lists them):\n";
    print_table(out, r.results, nullptr, q, shown.grouped ? &shown.alternatives : nullptr);
    if (any_lower_bound(r.results) || any_lower_bound(r.pareto)) {
        out << "\u2265 marks a lower bound: the machine's own price is missing from the catalog, only its accelerators are counted.\n";
    }
    const Cost::Api& api = r.results.front().plan.cost.api;
    if (api.known) {
        out << "\nHosted API list price: " << money(api.per_million_input_usd) << " input / " << money(api.per_million_output_usd)
            << " output per million tokens (" << api.date << ", " << api.source << ")\n";
    }
    if (!r.pareto.empty()) {
        out << "\nPareto front, $/M output against tok/s per stream (# = rank above, - = below the top " << q.top_k << "):\n";
        print_table(out, r.pareto, &shown.pareto_rank, q);
    }
}

}  // namespace

int SearchCommand::run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    ParsedArgs parsed;
    if (const auto finished = parse_or_finish(args, options(), parsed, out, err, 0)) return *finished;
    SearchRequest q;
    try {
        q = request_from_flags(parsed);
    } catch (const UsageError& e) {
        return usage_error(err, "search", e.what());
    }
    auto catalog = load_cli_catalog(context_, parsed.values("--catalog"));
    if (!catalog) return input_error(err, "search", catalog.error().describe());

    // Grouped by hardware (the default), the search is asked for enough
    // results to fill --top machines; an out-of-range --top is left for the
    // core to reject by name.
    const bool grouped_results = !parsed.has("--all-variants");
    const int asked_top = q.top_k;
    SearchRequest searched_request = q;
    if (grouped_results && asked_top >= 1 && asked_top <= 1000) searched_request.top_k = results_for_groups(asked_top);
    auto searched = search(searched_request, catalog.value());
    if (!searched) return search_error(searched.error(), err);
    SearchResult r = std::move(searched).value();
    const ShownResults shown = shown_results(r, grouped_results, asked_top);
    if (parsed.has("--json")) {
        out << search_json(r, q, shown).dump(2) << "\n";
        return kExitOk;
    }
    print_search_counts(r, q, out);
    if (r.results.empty()) {
        out << "\nNo deployment meets the target" << (q.budget_usd ? " within the budget" : "") << ".\n";
        return kExitOk;
    }
    print_search_results(r, q, shown, out);
    return kExitOk;
}

}  // namespace deepplan::cli
