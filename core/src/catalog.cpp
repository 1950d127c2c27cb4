#include "deepplan/catalog.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>

#include <nlohmann/json.hpp>

#include "engine/efficiency_params.hpp"
#include "json_reader.hpp"
#include "deepplan/message_text.hpp"
#include "deepplan/safe_file.hpp"
#include "deepplan/units.hpp"

#ifndef DEEPPLAN_SOURCE_RESOURCES
#define DEEPPLAN_SOURCE_RESOURCES ""
#endif
#ifndef DEEPPLAN_INSTALL_RESOURCES
#define DEEPPLAN_INSTALL_RESOURCES ""
#endif

namespace deepplan {

using detail::JsonReader;
using nlohmann::json;

namespace {

template <class Map>
const typename Map::mapped_type* find_in(const Map& m, const std::string& id)
{
    auto it = m.find(id);
    return it == m.end() ? nullptr : &it->second;
}

std::map<std::string, std::string> read_sources(const JsonReader& r)
{
    std::map<std::string, std::string> out;
    if (!r.has("sources")) {
        return out;
    }
    const auto& s = r.raw("sources");
    if (s.is_string()) {
        out["all"] = s.get<std::string>();
        return out;
    }
    if (!s.is_object()) {
        r.fail("sources", "must be an object mapping a field to a URL");
    }
    for (const auto& [k, v] : s.items()) {
        out[k] = v.is_string() ? v.get<std::string>() : v.dump();
    }
    return out;
}

std::string first_source(const std::map<std::string, std::string>& s)
{
    return s.empty() ? std::string{} : s.begin()->second;
}

DeviceClass parse_class(const JsonReader& r, const std::string& key)
{
    const std::string c = r.str(key);
    if (auto dc = device_class_from_string(c)) return *dc;
    r.fail(key, "must be one of datacenter-gpu, consumer-gpu, apple, cpu; got \"" + c + "\"");
}

FormFactor parse_form_factor(const JsonReader& r, DeviceClass dc)
{
    const bool gpu = dc == DeviceClass::DatacenterGpu || dc == DeviceClass::ConsumerGpu;
    const std::string f = r.str_or("form_factor", gpu ? "pcie" : "integrated");
    if (auto ff = form_factor_from_string(f)) return *ff;
    r.fail("form_factor", "must be one of pcie, sxm, oam, integrated; got \"" + f + "\"");
}

constexpr double kBig = 1e9;  // upper bound of "a sane positive number" for sizes and rates

ModelArch parse_model(const JsonReader& r, const std::string& id, Catalog& cat)
{
    ModelArch m;
    m.id = id;
    m.name = r.str_or("name", id);
    m.family = r.str_or("family", "");
    m.layers = r.integer("layers", 1, 10000);
    m.hidden_size = r.integer("hidden_size", 1, 1 << 20);
    m.vocab_size = r.integer("vocab_size", 1, 1 << 24);
    m.heads = r.integer("heads", 1, 4096);
    m.kv_heads = r.integer_or("kv_heads", m.heads, 1, 4096);
    m.head_dim = r.integer_or("head_dim", m.hidden_size / m.heads, 1, 8192);
    m.dense_ffn = r.integer("dense_ffn", 1, 1 << 22);
    const std::string att = r.str("attention");
    if (att == "mla") {
        m.attention = AttentionKind::MLA;
        auto ml = r.object("mla");
        m.mla.q_lora_rank = ml.integer_or("q_lora_rank", 0, 0, 1 << 20);
        m.mla.kv_lora_rank = ml.integer("kv_lora_rank", 1, 1 << 20);
        m.mla.qk_nope_head_dim = ml.integer("qk_nope_head_dim", 1, 8192);
        m.mla.qk_rope_head_dim = ml.integer("qk_rope_head_dim", 1, 8192);
        m.mla.v_head_dim = ml.integer("v_head_dim", 1, 8192);
        ml.reject_unknown();
    } else if (att == "gqa") {
        m.attention = AttentionKind::GQA;
    } else if (att == "mha") {
        m.attention = AttentionKind::MHA;
    } else {
        r.fail("attention", "must be one of mla, gqa, mha; got \"" + att + "\"");
    }
    if (r.has("moe")) {
        auto mo = r.object("moe");
        MoeDims moe;
        moe.routed_experts = mo.integer("routed_experts", 1, 1 << 16);
        moe.shared_experts = mo.integer_or("shared_experts", 0, 0, 1 << 10);
        moe.experts_per_token = mo.integer("experts_per_token", 1, moe.routed_experts);
        moe.expert_ffn = mo.integer("expert_ffn", 1, 1 << 22);
        moe.first_dense_layers = mo.integer_or("first_dense_layers", 0, 0, m.layers);
        mo.reject_unknown();
        m.moe = moe;
    }
    m.mtp_modules = r.integer_or("mtp_modules", 0, 0, 16);
    m.tied_embeddings = r.boolean_or("tied_embeddings", false);
    m.qkv_bias = r.boolean_or("qkv_bias", false);
    m.max_context = r.integer_or("max_context", 4096, 1, 1 << 26);
    m.published_params_b = r.num_or("published_params_b", 0, 0, 1e6);
    const auto model_sources = read_sources(r);
    m.source = first_source(model_sources);
    m.repo = r.str_or("repo", "");
    if (auto it = model_sources.find("repo"); it != model_sources.end()) m.repo_source = it->second;
    r.allow({"mla"});  // read only for attention "mla"
    if (r.has("api_price")) {
        auto ap = r.object("api_price");
        ApiPrice p;
        p.input_usd_per_m = ap.num("input_usd_per_m", 0, 1e6);
        p.output_usd_per_m = ap.num("output_usd_per_m", 0, 1e6);
        p.date = ap.str_or("date", "");
        p.source = ap.str_or("source", "");
        ap.reject_unknown();
        cat.api_prices[id] = p;
    }
    return m;
}

WeightFormat parse_format(const JsonReader& r, const std::string& id)
{
    WeightFormat f;
    f.id = id;
    f.name = r.str_or("name", id);
    f.family = r.str("family");
    if (f.family != "hf" && f.family != "gguf" && f.family != "mlx") {
        r.fail("family", "must be one of hf, gguf, mlx; got \"" + f.family + "\"");
    }
    const std::string c = r.str_or("compute", "bf16");
    if (c == "bf16") f.compute = ComputeType::BF16;
    else if (c == "fp8") f.compute = ComputeType::FP8;
    else if (c == "int8") f.compute = ComputeType::INT8;
    else if (c == "int4") f.compute = ComputeType::INT4;
    else r.fail("compute", "must be one of bf16, fp8, int8, int4; got \"" + c + "\"");
    auto b = r.object("bits");
    f.bits.embedding = b.num("embedding", 0.5, 64);
    f.bits.attention = b.num("attention", 0.5, 64);
    f.bits.dense_ffn = b.num("dense_ffn", 0.5, 64);
    f.bits.shared_expert = b.num_or("shared_expert", f.bits.dense_ffn, 0.5, 64);
    f.bits.routed_expert = b.num_or("routed_expert", f.bits.dense_ffn, 0.5, 64);
    f.bits.output_head = b.num("output_head", 0.5, 64);
    f.bits.router = b.num_or("router", 32, 0.5, 64);
    f.bits.norm = b.num_or("norm", 32, 0.5, 64);
    b.reject_unknown();
    f.models = r.strings_or("models");
    if (r.has("published")) {
        const auto& arr = r.raw("published");
        if (!arr.is_array()) {
            r.fail("published", "must be a list");
        }
        for (std::size_t i = 0; i < arr.size(); ++i) {
            JsonReader pr(arr[i], r.field_path("published") + "[" + std::to_string(i) + "]");
            PublishedSize ps;
            ps.model = pr.str("model");
            const double size = pr.num("size", 1e-9, 1e15);
            const std::string unit = pr.str("unit");
            if (unit == "GiB") ps.bytes = size * units::kGiB;
            else if (unit == "GB") ps.bytes = size * units::kGB;
            else if (unit == "bytes") ps.bytes = size;
            else pr.fail("unit", "must be GiB, GB or bytes; got \"" + unit + "\"");
            ps.source = pr.str_or("source", "");
            pr.reject_unknown();
            f.published.push_back(ps);
        }
    }
    if (r.has("repos")) {
        const auto& arr = r.raw("repos");
        if (!arr.is_array()) {
            r.fail("repos", "must be a list");
        }
        for (std::size_t i = 0; i < arr.size(); ++i) {
            JsonReader rr(arr[i], r.field_path("repos") + "[" + std::to_string(i) + "]");
            VariantRepo vr;
            vr.model = rr.str("model");
            vr.repo = rr.str("repo");
            vr.file_pattern = rr.str_or("file_pattern", "");
            vr.source = rr.str_or("source", "");
            f.repos.push_back(vr);
        }
    }
    f.notes = r.str_or("notes", "");
    f.source = first_source(read_sources(r));
    return f;
}

Device parse_device(const JsonReader& r, const std::string& id)
{
    Device d;
    d.id = id;
    d.name = r.str_or("name", id);
    d.device_class = parse_class(r, "class");
    d.form_factor = parse_form_factor(r, d.device_class);
    d.memory_gb = r.num_or("memory_gb", 0, 0, kBig);
    if (d.device_class != DeviceClass::Cpu && d.memory_gb <= 0) {
        r.fail("memory_gb", "must be a positive number for an accelerator");
    }
    d.memory_bandwidth_gb_s = r.num("memory_bandwidth_gb_s", 1e-3, kBig);
    d.tflops_bf16 = r.num("tflops_bf16", 1e-6, kBig);
    d.tflops_fp8 = r.num_or("tflops_fp8", 0, 0, kBig);
    d.tops_int8 = r.num_or("tops_int8", 0, 0, kBig);
    d.tflops_bf16_vector = r.num_or("tflops_bf16_vector", 0, 0, kBig);
    if (d.tflops_bf16_vector > d.tflops_bf16) r.fail("tflops_bf16_vector", "cannot exceed tflops_bf16 (the matrix-engine peak)");
    d.tops_int8_vector = r.num_or("tops_int8_vector", 0, 0, kBig);
    if (d.tops_int8_vector > 0 && d.device_class != DeviceClass::Cpu) {
        r.fail("tops_int8_vector", "is a CPU fact (the vector units' int8 dot-product peak); this device is not a CPU");
    }
    d.power_w = r.num_or("power_w", 0, 0, 1e7);
    d.gpu_wired_fraction = r.num_or("gpu_wired_fraction", 0, 0, 1);
    d.os_reserve_gb = r.num_or("os_reserve_gb", 0, 0, kBig);
    d.price_usd = r.num_or("price_usd", 0, 0, 1e9);
    d.rent_usd_per_hour = r.num_or("rent_usd_per_hour", 0, 0, 1e6);
    d.sources = read_sources(r);
    r.allow({"notes", "price_date"});  // documentation for the people who check the figures
    return d;
}

System parse_system(const JsonReader& r, const std::string& id)
{
    System s;
    s.id = id;
    s.name = r.str_or("name", id);
    s.accelerator = r.str_or("accelerator", "");
    s.accelerator_count = r.integer_or("accelerator_count", 0, 0, 1024);
    if (s.accelerator.empty() != (s.accelerator_count == 0)) {
        r.fail("accelerator_count", "must be 0 exactly when there is no accelerator");
    }
    s.unified_memory = r.boolean_or("unified_memory", false);
    s.host_cpu = r.str_or("host_cpu", "");
    s.host_sockets = r.integer_or("host_sockets", 1, 1, 64);
    s.host_ram_gb = r.num_or("host_ram_gb", 0, 0, kBig);
    s.host_ram_bandwidth_gb_s = r.num_or("host_ram_bandwidth_gb_s", 0, 0, kBig);
    s.pcie_slots = r.integer_or("pcie_slots", 0, 0, 64);
    s.intra_link = r.str("intra_link");
    s.network_link = r.str("network_link");
    s.power_w = r.num_or("power_w", 0, 0, 1e8);
    s.price_usd = r.num_or("price_usd", 0, 0, 1e10);
    s.sources = read_sources(r);
    r.allow({"notes", "price_date"});  // documentation for the people who check the figures
    if (s.accelerator_count == 0 && (s.host_cpu.empty() || s.host_ram_gb <= 0)) {
        r.fail("host_ram_gb", "a machine without accelerators needs a host_cpu and host_ram_gb");
    }
    return s;
}

Link parse_link(const JsonReader& r, const std::string& id)
{
    Link l;
    l.id = id;
    l.name = r.str_or("name", id);
    const std::string k = r.str("kind");
    if (k == "intra") l.kind = LinkKind::Intra;
    else if (k == "network") l.kind = LinkKind::Network;
    else r.fail("kind", "must be intra or network; got \"" + k + "\"");
    l.bandwidth_gb_s = r.num("bandwidth_gb_s", 1e-6, kBig);
    l.latency_us = r.num("latency_us", 0, 1e7);
    l.allreduce_latency_us = r.num_or("allreduce_latency_us", 0, 0, 1e7);
    l.allreduce_bandwidth_gb_s = r.num_or("allreduce_bandwidth_gb_s", 0, 0, kBig);
    l.a2a_latency_us = r.num_or("a2a_latency_us", 0, 0, 1e7);
    l.rdma = r.boolean_or("rdma", false);
    l.sources = read_sources(r);
    r.allow({"notes"});
    return l;
}

Efficiency parse_efficiency(const JsonReader& r)
{
    Efficiency e;
    for (const auto& p : efficiency::kParams) {
        e.*p.member = p.required ? r.num(p.json, p.parse_min, p.parse_max) : r.num_or(p.json, e.*p.member, p.parse_min, p.parse_max);
    }
    e.range_low = r.num_or("range_low", 0.6, 0.01, 1.0);
    e.range_high = r.num_or("range_high", 1.4, 1.0, 100.0);
    e.cases = r.strings_or("cases");
    e.note = r.str_or("note", "");
    r.allow({"prior"});  // the calibration's starting point, read by read_priors
    r.reject_unknown();
    return e;
}

EngineProfile parse_engine(const JsonReader& r, const std::string& id)
{
    EngineProfile e;
    e.id = id;
    e.name = r.str_or("name", id);
    e.base = r.str_or("extends", "");
    e.release = r.str_or("release", "");
    e.released = r.str_or("released", "");
    e.formats = r.strings_or("formats");
    if (e.formats.empty()) {
        r.fail("formats", "must list at least one format family");
    }
    for (const auto& c : r.strings_or("device_classes")) {
        auto dc = device_class_from_string(c);
        if (!dc) {
            r.fail("device_classes", "unknown device class \"" + c + "\"");
        }
        e.device_classes.push_back(*dc);
    }
    e.mla_compressed = r.boolean_or("mla_compressed", true);
    e.kv_bytes = r.num_or("kv_bytes", 2, 0.25, 8);
    e.memory_fraction = r.num_or("memory_fraction", 0.9, 0.05, 1.0);
    e.overhead_gb = r.num_or("overhead_gb", 1, 0, 1000);
    e.activation_gb = r.num_or("activation_gb", 1, 0, 1000);
    if (r.has("parallel")) {
        auto p = r.object("parallel");
        e.tensor_parallel = p.boolean_or("tensor", false);
        e.pipeline_parallel = p.boolean_or("pipeline", false);
        e.expert_parallel = p.boolean_or("expert", false);
        e.layer_split = p.boolean_or("layer_split", false);
        e.multi_node = p.boolean_or("multi_node", false);
        e.rdma_tensor_parallel = p.boolean_or("rdma_tensor", false);
        p.reject_unknown();
    }
    if (r.has("offload")) {
        auto o = r.object("offload");
        e.offload_layers = o.boolean_or("layers", false);
        e.offload_experts = o.boolean_or("experts", false);
        o.reject_unknown();
    }
    e.dp_attention = r.boolean_or("dp_attention", false);
    e.comm_overlap = r.boolean_or("comm_overlap", false);
    e.numa_scaling = r.num_or("numa_scaling", 1.0, -0.9, 1.0);  // -0.9: a socket still reads at a tenth of its bandwidth
    e.numa_replicate = r.boolean_or("numa_replicate", false);
    e.uses_amx = r.boolean_or("uses_amx", false);
    e.batching = r.boolean_or("batching", false);
    e.mtp = r.boolean_or("mtp", false);
    e.mtp_acceptance = r.num_or("mtp_acceptance", 0, 0, 1);
    e.prefill_chunk_tokens = r.integer_or("prefill_chunk_tokens", 0, 0, 1 << 24);
    e.mixed_prefill = r.boolean_or("mixed_prefill", false);
    auto eff = r.object("efficiency");
    for (const auto& [k, v] : r.raw("efficiency").items()) {
        auto dc = device_class_from_string(k);
        if (!dc) {
            eff.fail(k.size() > 60 ? quote_for_message(k) : k, "unknown device class");
        }
        e.efficiency[*dc] = parse_efficiency(eff.object(k));
    }
    for (auto dc : e.device_classes) {
        if (!e.efficiency.count(dc)) {
            r.fail("efficiency", std::string("has no entry for device class ") + to_string(dc));
        }
    }
    e.sources = read_sources(r);
    return e;
}

constexpr std::size_t kMaxCatalogIdLength = 128;

// [a-z0-9][a-z0-9._-]*, checked with a plain loop (std::regex recursed once
// per character and overflowed the stack on a long id).
bool is_catalog_id(const std::string& id)
{
    if (id.empty()) return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-'))) return false;
    }
    return true;
}

template <class T, class ParseFn>
void merge_kind(std::map<std::string, T>& into, const json& doc, const std::string& kind, bool is_user,
                std::vector<std::string>& overridden, ParseFn parse, std::vector<std::string>* user_entries = nullptr)
{
    const auto& entries = doc.at("entries");
    std::map<std::string, bool> seen;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::string path = kind + "[" + std::to_string(i) + "]";
        JsonReader first(entries[i], path);
        const std::string id = first.str("id");
        if (id.size() > kMaxCatalogIdLength) {
            first.fail("id", "is " + std::to_string(id.size()) + " characters long; ids have at most " +
                                 std::to_string(kMaxCatalogIdLength) + " (got " + quote_for_message(id, 40) + ")");
        }
        // An engine release: `<engine>@<release>`, e.g. sglang@0.4.
        const auto at = id.find('@');
        const bool release = kind == "engines" && at != std::string::npos && is_catalog_id(id.substr(0, at)) &&
                             is_catalog_id(id.substr(at + 1));
        if (!release && !is_catalog_id(id)) {
            first.fail("id", "must be lower-case letters, digits, '.', '_' or '-' (starting with a letter or digit; an "
                             "engine release: engine@release); got " + quote_for_message(id));
        }
        // A release entry inherits every field of the engine it extends
        // (stated earlier in the same file); what it states replaces the
        // base's field as a whole (`efficiency` too).
        json merged;
        if (kind == "engines" && entries[i].is_object() && entries[i].contains("extends")) {
            const std::string base = first.str("extends");
            if (base != id.substr(0, id.find('@'))) first.fail("extends", "must be the engine before the '@' of the id");
            const json* base_entry = nullptr;
            for (std::size_t j = 0; j < i; ++j) {
                if (entries[j].is_object() && entries[j].value("id", std::string()) == base) base_entry = &entries[j];
            }
            if (!base_entry) first.fail("extends", "refers to " + quote_for_message(base) + ", which is not an engine earlier in this file");
            if (base_entry->contains("extends")) first.fail("extends", quote_for_message(base) + " is itself a release; extend the base engine");
            merged = *base_entry;
            merged.erase("release");
            merged.erase("released");
            for (const auto& [k, v] : entries[i].items()) merged[k] = v;
        } else if (release) {
            first.fail("id", "an engine release (engine@release) must state \"extends\"");
        }
        JsonReader r(merged.is_null() ? entries[i] : merged, path);
        (void)r.str("id");  // read again on the merged entry, so reject_unknown knows it
        if (!merged.is_null()) r.allow({"extends"});  // read above, on the entry as written
        if (seen.count(id)) {
            r.fail("id", quote_for_message(id) + " appears twice in this file");
        }
        seen[id] = true;
        T value = parse(r, id);
        r.reject_unknown();
        if (into.count(id) && is_user) {
            overridden.push_back(kind + "/" + id);
        }
        if (is_user && user_entries) user_entries->push_back(kind + "/" + id);
        into[id] = std::move(value);
    }
}

}  // namespace

bool EngineProfile::loads(const std::string& family) const
{
    return std::find(formats.begin(), formats.end(), family) != formats.end();
}

bool EngineProfile::runs_on(DeviceClass c) const
{
    return std::find(device_classes.begin(), device_classes.end(), c) != device_classes.end();
}

const Efficiency* EngineProfile::efficiency_for(DeviceClass c) const
{
    auto it = efficiency.find(c);
    return it == efficiency.end() ? nullptr : &it->second;
}

const ModelArch* Catalog::model(const std::string& id) const { return find_in(models, id); }
const WeightFormat* Catalog::format(const std::string& id) const { return find_in(formats, id); }
const Device* Catalog::device(const std::string& id) const { return find_in(devices, id); }
const System* Catalog::system(const std::string& id) const { return find_in(systems, id); }
const Link* Catalog::link(const std::string& id) const { return find_in(links, id); }
const EngineProfile* Catalog::engine(const std::string& id) const { return find_in(engines, id); }

std::optional<Error> merge_catalog_json(Catalog& into, const std::string& kind, const json& doc, bool is_user)
{
    try {
        if (!doc.is_object()) {
            throw InputError(kind, "must be a JSON object with \"kind\" and \"entries\"");
        }
        if (!doc.contains("entries") || !doc.at("entries").is_array()) {
            throw InputError(kind + ".entries", "is required and must be a list");
        }
        if (doc.contains("kind") && doc.at("kind") != kind) {
            throw InputError(kind + ".kind", "says " + detail::show(doc.at("kind")) + " but the file is for " + kind);
        }
        {
            const JsonReader top(doc, kind);
            top.allow({"kind", "entries", "notes"});
            top.reject_unknown();
        }
        auto& ov = into.overridden;
        if (kind == "models") {
            merge_kind(into.models, doc, kind, is_user, ov,
                       [&](const JsonReader& r, const std::string& id) { return parse_model(r, id, into); }, &into.user_entries);
        } else if (kind == "formats") {
            merge_kind(into.formats, doc, kind, is_user, ov, parse_format, &into.user_entries);
        } else if (kind == "devices") {
            merge_kind(into.devices, doc, kind, is_user, ov, parse_device, &into.user_entries);
        } else if (kind == "systems") {
            merge_kind(into.systems, doc, kind, is_user, ov, parse_system, &into.user_entries);
        } else if (kind == "links") {
            merge_kind(into.links, doc, kind, is_user, ov, parse_link, &into.user_entries);
        } else if (kind == "engines") {
            merge_kind(into.engines, doc, kind, is_user, ov, parse_engine, &into.user_entries);
        } else {
            throw InputError(kind, "is not a catalog kind");
        }
    } catch (const InputError& e) {
        return e.error();
    } catch (const json::exception& e) {
        return Error{kind, std::string("malformed entry: ") + e.what()};
    }
    return std::nullopt;
}

std::optional<Error> check_references(const Catalog& c)
{
    auto missing = [](const std::string& path, const std::string& what, const std::string& id) {
        return Error{path, "refers to unknown " + what + " \"" + id + "\""};
    };
    for (const auto& [id, s] : c.systems) {
        const std::string p = "systems/" + id;
        if (!s.accelerator.empty() && !c.device(s.accelerator)) return missing(p + ".accelerator", "device", s.accelerator);
        if (!s.host_cpu.empty() && !c.device(s.host_cpu)) return missing(p + ".host_cpu", "device", s.host_cpu);
        if (!s.host_cpu.empty() && c.device(s.host_cpu)->device_class != DeviceClass::Cpu)
            return Error{p + ".host_cpu", "must be a device of class cpu"};
        if (!c.link(s.intra_link)) return missing(p + ".intra_link", "link", s.intra_link);
        if (!c.link(s.network_link)) return missing(p + ".network_link", "link", s.network_link);
    }
    for (const auto& [id, f] : c.formats) {
        for (const auto& m : f.models) {
            if (!c.model(m)) return missing("formats/" + id + ".models", "model", m);
        }
    }
    return std::nullopt;
}

namespace {

std::optional<Error> read_dir(Catalog& cat, const std::filesystem::path& dir, bool is_user)
{
    for (const char* kind : kCatalogKinds) {
        const auto file = dir / (std::string(kind) + ".json");
        std::error_code ec;
        if (!std::filesystem::exists(file, ec)) {
            if (is_user) continue;
            return Error{file.string(), "catalog file is missing"};
        }
        auto read = read_text_file(file, kMaxCatalogFileBytes);
        if (!read) {
            return read.error();
        }
        const std::string& text = read.value();
        std::string why;
        auto doc = detail::parse_json(text, why);
        if (!doc) {
            return Error{file.string(), why};
        }
        if (auto err = merge_catalog_json(cat, kind, *doc, is_user)) {
            err->path = file.filename().string() + ": " + err->path;
            return err;
        }
    }
    return std::nullopt;
}

}  // namespace

Result<Catalog> load_catalog(const std::filesystem::path& builtin_dir, const std::vector<std::filesystem::path>& user_dirs)
{
    Catalog cat;
    if (auto err = read_dir(cat, builtin_dir, false)) {
        return *err;
    }
    for (const auto& d : user_dirs) {
        std::error_code ec;
        if (!std::filesystem::is_directory(d, ec)) {
            return Error{d.string(), "is not a directory"};
        }
        if (auto err = read_dir(cat, d, true)) {
            return *err;
        }
    }
    if (auto err = check_references(cat)) {
        return *err;
    }
    return cat;
}

json device_to_json(const Device& d)
{
    json j = {{"id", d.id},
              {"name", d.name},
              {"class", to_string(d.device_class)},
              {"memory_gb", d.memory_gb},
              {"memory_bandwidth_gb_s", d.memory_bandwidth_gb_s},
              {"tflops_bf16", d.tflops_bf16}};
    if (d.tflops_fp8 > 0) j["tflops_fp8"] = d.tflops_fp8;
    if (d.tops_int8 > 0) j["tops_int8"] = d.tops_int8;
    if (d.tflops_bf16_vector > 0) j["tflops_bf16_vector"] = d.tflops_bf16_vector;
    if (d.tops_int8_vector > 0) j["tops_int8_vector"] = d.tops_int8_vector;
    if (d.power_w > 0) j["power_w"] = d.power_w;
    if (d.gpu_wired_fraction > 0) j["gpu_wired_fraction"] = d.gpu_wired_fraction;
    if (d.os_reserve_gb > 0) j["os_reserve_gb"] = d.os_reserve_gb;
    if (d.price_usd > 0) j["price_usd"] = d.price_usd;
    if (d.rent_usd_per_hour > 0) j["rent_usd_per_hour"] = d.rent_usd_per_hour;
    j["sources"] = d.sources;
    return j;
}

json system_to_json(const System& s)
{
    json j = {{"id", s.id},
              {"name", s.name},
              {"accelerator", s.accelerator},
              {"accelerator_count", s.accelerator_count},
              {"unified_memory", s.unified_memory},
              {"host_cpu", s.host_cpu},
              {"host_sockets", s.host_sockets},
              {"host_ram_gb", s.host_ram_gb},
              {"intra_link", s.intra_link},
              {"network_link", s.network_link}};
    if (s.host_ram_bandwidth_gb_s > 0) j["host_ram_bandwidth_gb_s"] = s.host_ram_bandwidth_gb_s;
    if (s.power_w > 0) j["power_w"] = s.power_w;
    if (s.price_usd > 0) j["price_usd"] = s.price_usd;
    j["sources"] = s.sources;
    return j;
}

std::filesystem::path default_resource_dir(const std::filesystem::path& executable_dir)
{
    if (const char* env = std::getenv("DEEPPLAN_RESOURCES"); env && *env) {
        return env;
    }
    std::error_code ec;
    auto has_catalog = [&ec](const std::filesystem::path& dir) {
        return !dir.empty() && std::filesystem::exists(dir / "catalog" / "models.json", ec);
    };
    // An installed program finds share/deepplan beside its bin/ directory;
    // a build-tree program finds the source tree it was built from.
    if (!executable_dir.empty()) {
        const auto relocated = executable_dir / ".." / "share" / "deepplan";
        if (has_catalog(relocated)) {
            return relocated.lexically_normal();
        }
    }
    const std::filesystem::path source = DEEPPLAN_SOURCE_RESOURCES;
    if (has_catalog(source)) {
        return source;
    }
    return DEEPPLAN_INSTALL_RESOURCES;
}

}  // namespace deepplan
