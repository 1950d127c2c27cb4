#include "deepplan/scenario.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <sstream>

#include <nlohmann/json.hpp>

#include "deepplan/message_text.hpp"
#include "json_reader.hpp"
#include "util/text.hpp"

namespace deepplan {

using detail::JsonReader;
using nlohmann::json;

namespace {

constexpr int kMaxNodes = 4096;
constexpr int kMaxDevicesPerNode = 1024;
constexpr int kMaxContext = 1 << 24;       // 16 M tokens
constexpr int kMaxConcurrency = 1 << 20;
// A whole pool, all groups together: larger pools only cost time and memory
// (every device gets a row in the plan), and no deployment DeepPlan plans
// comes near them.
constexpr long long kMaxPoolMachines = 4096;
constexpr long long kMaxPoolAddedAccelerators = 65536;
constexpr std::size_t kMaxIdLength = 128;

using text::trim;

// Catalog ids: lower-case letters, digits, '.', '_' and '-', starting with a
// letter or digit (as the catalog reader requires).
bool is_id(const std::string& s)
{
    if (s.size() > kMaxIdLength) return false;
    if (s.empty() || !std::isalnum(static_cast<unsigned char>(s[0]))) return false;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (!(std::islower(u) || std::isdigit(u) || c == '-' || c == '_' || c == '.')) return false;
    }
    return true;
}

// "COUNTx REST" -> (count, rest). `what` names the part for errors.
std::pair<int, std::string> split_count(const std::string& text, const std::string& path, const std::string& what)
{
    const std::string t = trim(text);
    std::size_t i = 0;
    while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
    if (i == 0) {
        if (!t.empty() && t[0] == '-') {
            throw InputError(path, what + " count must be positive, got " + quote_for_message(t));
        }
        throw InputError(path, "expected COUNTx " + what + " (like \"2x hgx-h100-8\"), got " + quote_for_message(t));
    }
    if (i > 9) {
        throw InputError(path, what + " count is too large in " + quote_for_message(t));
    }
    const int count = std::stoi(t.substr(0, i));
    if (i >= t.size() || (t[i] != 'x' && t[i] != 'X')) {
        throw InputError(path, "expected 'x' after the count in " + quote_for_message(t));
    }
    const std::string rest = trim(t.substr(i + 1));
    if (count <= 0) {
        throw InputError(path, what + " count must be positive, got " + std::to_string(count));
    }
    if (!is_id(rest)) {
        throw InputError(path, quote_for_message(rest) + " is not a valid " + what + " id" +
                                   (rest.size() > kMaxIdLength ? " (ids have at most " + std::to_string(kMaxIdLength) + " characters)" : ""));
    }
    return {count, rest};
}

}  // namespace

std::optional<Error> check_pool_size(const Pool& pool, const std::string& path)
{
    long long machines = 0;
    long long added = 0;
    for (const auto& g : pool.groups) {
        machines += g.count;
        if (!g.accelerator.empty() && g.accelerator_count > 0) added += static_cast<long long>(g.count) * g.accelerator_count;
    }
    if (machines > kMaxPoolMachines) {
        return Error{path, "has " + std::to_string(machines) + " machines in all; a pool has at most " +
                               std::to_string(kMaxPoolMachines)};
    }
    if (added > kMaxPoolAddedAccelerators) {
        return Error{path, "adds " + std::to_string(added) + " accelerators in all; a pool has at most " +
                               std::to_string(kMaxPoolAddedAccelerators)};
    }
    return std::nullopt;
}

Result<Pool> parse_pool_spec(const std::string& spec)
{
    try {
        Pool pool;
        if (trim(spec).empty()) {
            throw InputError("pool", "is empty; expected something like \"2x hgx-h100-8@ib-ndr400\"");
        }
        std::stringstream ss(spec);
        std::string group_text;
        int index = 0;
        while (std::getline(ss, group_text, ',')) {
            const std::string path = "pool group " + std::to_string(index + 1) + " (" + quote_for_message(trim(group_text), 40) + ")";
            NodeGroup g;
            std::string text = trim(group_text);
            if (text.empty()) {
                throw InputError(path, "is empty (two commas, or a trailing comma?)");
            }
            if (auto at = text.find('@'); at != std::string::npos) {
                g.link = trim(text.substr(at + 1));
                text = trim(text.substr(0, at));
                if (!is_id(g.link)) {
                    throw InputError(path, quote_for_message(g.link) + " after '@' is not a valid link id");
                }
            }
            std::string accel_text;
            bool has_plus = false;
            if (auto plus = text.find('+'); plus != std::string::npos) {
                has_plus = true;
                accel_text = text.substr(plus + 1);
                text = text.substr(0, plus);
                if (accel_text.find('+') != std::string::npos) {
                    throw InputError(path, "only one +NxDEVICE is allowed per group");
                }
            }
            auto [count, system] = split_count(text, path, "system");
            if (count > kMaxNodes) {
                throw InputError(path, "at most " + std::to_string(kMaxNodes) + " machines per group, got " + std::to_string(count));
            }
            g.count = count;
            g.system = system;
            if (has_plus) {
                if (trim(accel_text).empty()) {
                    throw InputError(path, "expected +NxDEVICE after '+'");
                }
                auto [n, dev] = split_count(accel_text, path, "device");
                if (n > kMaxDevicesPerNode) {
                    throw InputError(path, "at most " + std::to_string(kMaxDevicesPerNode) + " devices per machine");
                }
                g.accelerator_count = n;
                g.accelerator = dev;
            }
            pool.groups.push_back(g);
            ++index;
        }
        if (!spec.empty() && trim(spec).back() == ',') {
            throw InputError("pool", "ends with a comma");
        }
        if (auto too_big = check_pool_size(pool, "pool")) {
            throw InputError(too_big->path, too_big->message);
        }
        return pool;
    } catch (const InputError& e) {
        return e.error();
    }
}

std::string to_spec(const Pool& pool)
{
    std::string out;
    for (std::size_t i = 0; i < pool.groups.size(); ++i) {
        const auto& g = pool.groups[i];
        if (i) out += ",";
        out += std::to_string(g.count) + "x " + g.system;
        if (!g.accelerator.empty()) {
            out += "+" + std::to_string(g.accelerator_count) + "x " + g.accelerator;
        }
        if (!g.link.empty()) out += "@" + g.link;
    }
    return out;
}

const char* to_string(OffloadMode m) noexcept
{
    switch (m) {
    case OffloadMode::Auto: return "auto";
    case OffloadMode::None: return "none";
    case OffloadMode::Layers: return "layers";
    case OffloadMode::Experts: return "experts";
    }
    return "?";
}

std::optional<OffloadMode> offload_from_string(const std::string& s)
{
    if (s == "auto") return OffloadMode::Auto;
    if (s == "none") return OffloadMode::None;
    if (s == "layers") return OffloadMode::Layers;
    if (s == "experts") return OffloadMode::Experts;
    return std::nullopt;
}

const char* to_string(Arrivals a) noexcept
{
    switch (a) {
    case Arrivals::Staggered: return "staggered";
    case Arrivals::Together: return "together";
    }
    return "?";
}

std::optional<Arrivals> arrivals_from_string(const std::string& s)
{
    if (s == "staggered") return Arrivals::Staggered;
    if (s == "together") return Arrivals::Together;
    return std::nullopt;
}

Scenario default_scenario()
{
    Scenario s;
    s.model = "deepseek-r1";
    s.variant = "q4_k_m";
    s.engine = "auto";
    s.pool.groups = {NodeGroup{3, "mac-studio-m2-ultra-192g", -1, "", "tb4"}};
    return s;
}

namespace {

// Ids are looked up and echoed in messages later: refuse the ones no catalog
// can hold (too long, control characters) before that. `path()` names the
// field; it is built only for an error (plan() checks every scenario, and the
// optimizer plans hundreds of thousands).
template <class PathFn>
void check_id_text(const std::string& id, PathFn&& path_fn)
{
    if (id.size() <= kMaxIdLength &&
        std::none_of(id.begin(), id.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; })) {
        return;
    }
    const std::string path = path_fn();
    if (id.size() > kMaxIdLength) {
        throw InputError(path, "is " + std::to_string(id.size()) + " characters long; catalog ids have at most " +
                                   std::to_string(kMaxIdLength) + " (got " + quote_for_message(id, 40) + ")");
    }
    for (char c : id) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            throw InputError(path, "contains control characters: " + quote_for_message(id, 40));
        }
    }
}

}  // namespace

std::optional<Error> validate_numbers(const Scenario& s)
{
    try {
        if (s.pool.groups.empty()) {
            throw InputError("scenario.pool", "needs at least one group of machines");
        }
        for (std::size_t i = 0; i < s.pool.groups.size(); ++i) {
            const auto& g = s.pool.groups[i];
            auto p = [i](const char* field) { return "scenario.pool[" + std::to_string(i) + "]." + field; };
            if (g.count < 1 || g.count > kMaxNodes)
                throw InputError(p("count"), "must be between 1 and " + std::to_string(kMaxNodes) + ", got " + std::to_string(g.count));
            if (!g.accelerator.empty() && (g.accelerator_count < 1 || g.accelerator_count > kMaxDevicesPerNode))
                throw InputError(p("accelerator_count"), "must be between 1 and " + std::to_string(kMaxDevicesPerNode));
            check_id_text(g.system, [&] { return p("system"); });
            check_id_text(g.accelerator, [&] { return p("accelerator"); });
            check_id_text(g.link, [&] { return p("link"); });
        }
        if (auto too_big = check_pool_size(s.pool, "scenario.pool")) {
            throw InputError(too_big->path, too_big->message);
        }
        check_id_text(s.model, [] { return std::string("scenario.model"); });
        check_id_text(s.variant, [] { return std::string("scenario.variant"); });
        check_id_text(s.engine, [] { return std::string("scenario.engine"); });
        const auto& w = s.workload;
        auto in = [](int v, int lo, int hi, const char* path) {
            if (v < lo || v > hi)
                throw InputError(path, "must be between " + std::to_string(lo) + " and " + std::to_string(hi) + ", got " + std::to_string(v));
        };
        in(w.context, 1, kMaxContext, "scenario.workload.context");
        in(w.prompt, 1, kMaxContext, "scenario.workload.prompt");
        in(w.output, 1, kMaxContext, "scenario.workload.output");
        in(w.concurrency, 1, kMaxConcurrency, "scenario.workload.concurrency");
        detail::checked_number(w.kv_bytes, 0, 8, "scenario.workload.kv_bytes");
        in(w.prefill_chunk_tokens, 0, kMaxPrefillChunk, "scenario.workload.prefill_chunk_tokens");
        const auto& e = s.economics;
        detail::checked_number(e.usd_per_gpu_hour, 0, 1e4, "scenario.economics.usd_per_gpu_hour");
        detail::checked_number(e.capex_usd, 0, 1e11, "scenario.economics.capex_usd");
        detail::checked_number(e.amortization_years, 0.1, 50, "scenario.economics.amortization_years");
        detail::checked_number(e.utilization, 0.001, 1, "scenario.economics.utilization");
        detail::checked_number(e.usd_per_kwh, 0, 100, "scenario.economics.usd_per_kwh");
        detail::checked_number(e.pue, 1, 5, "scenario.economics.pue");
        detail::checked_number(e.hosting_usd_per_month, 0, 1e9, "scenario.economics.hosting_usd_per_month");
    } catch (const InputError& err) {
        return err.error();
    }
    return std::nullopt;
}

json to_json(const Scenario& s)
{
    json pool = json::array();
    for (const auto& g : s.pool.groups) {
        json jg = {{"count", g.count}, {"system", g.system}};
        if (!g.accelerator.empty()) {
            jg["accelerator"] = g.accelerator;
            jg["accelerator_count"] = g.accelerator_count;
        }
        if (!g.link.empty()) jg["link"] = g.link;
        pool.push_back(jg);
    }
    const auto& w = s.workload;
    const auto& e = s.economics;
    return json{{"model", s.model},
                {"variant", s.variant},
                {"engine", s.engine},
                {"pool_spec", to_spec(s.pool)},
                {"pool", pool},
                {"workload",
                 {{"context", w.context},
                  {"prompt", w.prompt},
                  {"output", w.output},
                  {"concurrency", w.concurrency},
                  {"mtp", w.mtp},
                  {"kv_bytes", w.kv_bytes},
                  {"prefill_chunk_tokens", w.prefill_chunk_tokens},
                  {"arrivals", to_string(w.arrivals)}}},
                {"offload", to_string(s.offload)},
                {"apple_raise_wired_limit", s.apple_raise_wired_limit},
                {"economics",
                 {{"rented", e.rented},
                  {"usd_per_gpu_hour", e.usd_per_gpu_hour},
                  {"capex_usd", e.capex_usd},
                  {"amortization_years", e.amortization_years},
                  {"utilization", e.utilization},
                  {"usd_per_kwh", e.usd_per_kwh},
                  {"pue", e.pue},
                  {"hosting_usd_per_month", e.hosting_usd_per_month}}}};
}

Result<Scenario> scenario_from_json(const json& j, const std::string& path)
{
    try {
        JsonReader r(j, path);
        Scenario s;
        s.model = r.str("model");
        s.variant = r.str("variant");
        s.engine = r.str_or("engine", "auto");
        if (r.has("pool") && r.raw("pool").is_array()) {
            const auto& arr = r.raw("pool");
            for (std::size_t i = 0; i < arr.size(); ++i) {
                JsonReader g(arr[i], r.field_path("pool") + "[" + std::to_string(i) + "]");
                NodeGroup ng;
                ng.count = g.integer("count", 1, kMaxNodes);
                ng.system = g.str("system");
                ng.accelerator = g.str_or("accelerator", "");
                ng.accelerator_count = ng.accelerator.empty() ? -1 : g.integer("accelerator_count", 1, kMaxDevicesPerNode);
                ng.link = g.str_or("link", "");
                g.allow({"accelerator_count"});
                g.reject_unknown();
                s.pool.groups.push_back(ng);
            }
        } else {
            // A pool may also be given as a spec string, under "pool" or "pool_spec".
            const std::string key = r.has("pool") ? "pool" : "pool_spec";
            auto pool = parse_pool_spec(r.str(key));
            if (!pool) {
                throw InputError(r.field_path(key), pool.error().describe());
            }
            s.pool = pool.value();
        }
        if (s.pool.groups.empty()) {
            r.fail("pool", "needs at least one group of machines");
        }
        if (r.has("workload")) {
            auto w = r.object("workload");
            s.workload.context = w.integer_or("context", s.workload.context, 1, kMaxContext);
            s.workload.prompt = w.integer_or("prompt", s.workload.prompt, 1, kMaxContext);
            s.workload.output = w.integer_or("output", s.workload.output, 1, kMaxContext);
            s.workload.concurrency = w.integer_or("concurrency", s.workload.concurrency, 1, kMaxConcurrency);
            s.workload.mtp = w.boolean_or("mtp", false);
            s.workload.kv_bytes = w.num_or("kv_bytes", 0, 0, 8);
            s.workload.prefill_chunk_tokens = w.integer_or("prefill_chunk_tokens", 0, 0, kMaxPrefillChunk);
            const std::string arr = w.str_or("arrivals", to_string(Arrivals::Staggered));
            const auto arrivals = arrivals_from_string(arr);
            if (!arrivals) w.fail("arrivals", "must be staggered or together; got " + quote_for_message(arr));
            s.workload.arrivals = *arrivals;
            w.reject_unknown();
        }
        const std::string off = r.str_or("offload", "auto");
        auto mode = offload_from_string(off);
        if (!mode) {
            r.fail("offload", "must be one of auto, none, layers, experts; got " + quote_for_message(off));
        }
        s.offload = *mode;
        s.apple_raise_wired_limit = r.boolean_or("apple_raise_wired_limit", false);
        if (r.has("economics")) {
            auto e = r.object("economics");
            auto& ec = s.economics;
            ec.rented = e.boolean_or("rented", ec.rented);
            ec.usd_per_gpu_hour = e.num_or("usd_per_gpu_hour", ec.usd_per_gpu_hour, 0, 1e4);
            ec.capex_usd = e.num_or("capex_usd", ec.capex_usd, 0, 1e11);
            ec.amortization_years = e.num_or("amortization_years", ec.amortization_years, 0.1, 50);
            ec.utilization = e.num_or("utilization", ec.utilization, 0.001, 1);
            ec.usd_per_kwh = e.num_or("usd_per_kwh", ec.usd_per_kwh, 0, 100);
            ec.pue = e.num_or("pue", ec.pue, 1, 5);
            ec.hosting_usd_per_month = e.num_or("hosting_usd_per_month", ec.hosting_usd_per_month, 0, 1e9);
            e.reject_unknown();
        }
        // to_json writes both forms of the pool; the list wins.
        r.allow({"pool", "pool_spec"});
        r.reject_unknown();
        if (auto too_big = check_pool_size(s.pool, r.field_path("pool"))) {
            throw InputError(too_big->path, too_big->message);
        }
        return s;
    } catch (const InputError& e) {
        return e.error();
    }
}

}  // namespace deepplan
