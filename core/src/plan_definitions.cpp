// Plans carry what they need: the user-catalog entries (models, variants,
// devices, systems, links) a scenario refers to are embedded in its plan
// file, and merged back for the ids a reader's catalog lacks, so a plan
// made with custom hardware replans on another machine.

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "deepplan/catalog.hpp"
#include "deepplan/model_import.hpp"
#include "deepplan/plan_file.hpp"

namespace deepplan {

using nlohmann::json;

bool Catalog::is_user_entry(const std::string& kind, const std::string& id) const
{
    return std::find(user_entries.begin(), user_entries.end(), kind + "/" + id) != user_entries.end();
}

json link_to_json(const Link& l)
{
    json j = {{"id", l.id},
              {"name", l.name},
              {"kind", l.kind == LinkKind::Intra ? "intra" : "network"},
              {"bandwidth_gb_s", l.bandwidth_gb_s},
              {"latency_us", l.latency_us},
              {"rdma", l.rdma}};
    if (!l.sources.empty()) j["sources"] = l.sources;
    return j;
}

json scenario_definitions(const Scenario& s, const Catalog& c)
{
    json defs = json::object();
    std::set<std::string> done;
    auto add = [&](const char* kind, const std::string& id, auto&& to_json_fn, auto* entry) {
        if (!entry || id.empty() || !c.is_user_entry(kind, id) || !done.insert(std::string(kind) + "/" + id).second) return;
        defs[kind].push_back(to_json_fn(*entry));
    };
    add("models", s.model, model_to_json, c.model(s.model));
    add("formats", s.variant, format_to_json, c.format(s.variant));
    for (const auto& g : s.pool.groups) {
        const System* sys = c.system(g.system);
        add("systems", g.system, system_to_json, sys);
        if (sys) {
            add("devices", sys->accelerator, device_to_json, c.device(sys->accelerator));
            add("devices", sys->host_cpu, device_to_json, c.device(sys->host_cpu));
            add("links", sys->intra_link, link_to_json, c.link(sys->intra_link));
            add("links", sys->network_link, link_to_json, c.link(sys->network_link));
        }
        add("devices", g.accelerator, device_to_json, c.device(g.accelerator));
        add("links", g.link, link_to_json, c.link(g.link));
    }
    return defs;
}

json make_plan_file(const Scenario& s, const Plan& p, const std::string& generated_by, const Catalog& catalog)
{
    json file = make_plan_file(s, p, generated_by);
    json defs = scenario_definitions(s, catalog);
    if (!defs.empty()) file["definitions"] = std::move(defs);
    return file;
}

std::optional<Error> merge_embedded_definitions(Catalog& catalog, const json& definitions)
{
    if (!definitions.is_object()) return Error{"definitions", "must be an object of catalog kinds"};
    for (const auto& [kind, entries] : definitions.items()) {
        if (kind != "models" && kind != "formats" && kind != "devices" && kind != "systems" && kind != "links") {
            return Error{"definitions." + kind, "unknown kind (models, formats, devices, systems, links)"};
        }
        if (!entries.is_array()) return Error{"definitions." + kind, "must be a list"};
    }
    // Dependencies first: a system names devices and links, a format names models.
    for (const char* kind : {"models", "formats", "devices", "links", "systems"}) {
        if (!definitions.contains(kind)) continue;
        json missing = json::array();
        for (const auto& e : definitions.at(kind)) {
            if (!e.is_object() || !e.contains("id") || !e.at("id").is_string()) {
                return Error{std::string("definitions.") + kind, "every entry needs a string id"};
            }
            const std::string id = e.at("id").get<std::string>();
            const bool known = std::string(kind) == "models"    ? catalog.model(id) != nullptr
                               : std::string(kind) == "formats" ? catalog.format(id) != nullptr
                               : std::string(kind) == "devices" ? catalog.device(id) != nullptr
                               : std::string(kind) == "links"   ? catalog.link(id) != nullptr
                                                                : catalog.system(id) != nullptr;
            if (!known) missing.push_back(e);  // the reader's own entry wins for ids it has
        }
        if (missing.empty()) continue;
        if (auto err = merge_catalog_json(catalog, kind, json{{"kind", kind}, {"entries", missing}}, true)) {
            return Error{"definitions." + err->path, err->message};
        }
    }
    if (auto err = check_references(catalog)) return Error{"definitions: " + err->path, err->message};
    return std::nullopt;
}

}  // namespace deepplan
