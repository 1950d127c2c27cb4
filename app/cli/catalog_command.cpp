#include "command_errors.h"
#include "deepplan/message_text.hpp"
#include "catalog_command.h"

#include <algorithm>
#include <sstream>

#include <nlohmann/json.hpp>

#include "catalog_loader.h"
#include "deepplan/units.hpp"
#include "exit_codes.h"
#include "number_format.h"
#include "text_table.h"

namespace deepplan::cli {

namespace {

using Align = TextTable::Align;
using nlohmann::json;

// Size of a model stored in a format, derived from the architecture.
struct VariantSize {
    const ModelArch* model = nullptr;
    double params = 0;       ///< main model parameters
    double bytes = 0;        ///< main model bytes, no MTP
    double published_bytes = 0;  ///< 0 = none published
};

std::vector<VariantSize> variant_sizes(const WeightFormat& format, const Catalog& catalog, const std::string& model_filter)
{
    std::vector<VariantSize> sizes;
    for (const auto& [id, model] : catalog.models) {
        if (!format.applies_to(id) || (!model_filter.empty() && id != model_filter)) continue;
        VariantSize v;
        v.model = &model;
        const ParamCounts params = count_params(model);
        v.params = params.total();
        v.bytes = weight_bytes(params, format.bits).total;
        for (const auto& p : format.published) {
            if (p.model == id) v.published_bytes = p.bytes;
        }
        sizes.push_back(v);
    }
    return sizes;
}

const char* attention_name(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::MHA: return "mha";
    case AttentionKind::GQA: return "gqa";
    case AttentionKind::MLA: return "mla";
    }
    return "?";
}

const char* compute_name(ComputeType type)
{
    switch (type) {
    case ComputeType::BF16: return "bf16";
    case ComputeType::FP8: return "fp8";
    case ComputeType::INT8: return "int8";
    case ComputeType::INT4: return "int4";
    }
    return "?";
}

std::string joined(const std::vector<std::string>& items, const char* separator = ",")
{
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : separator) + item;
    return text;
}

std::string yes_no(bool value) { return value ? "yes" : "no"; }

std::string parallelism(const EngineProfile& e)
{
    std::vector<std::string> parts;
    if (e.tensor_parallel) parts.emplace_back("TP");
    if (e.pipeline_parallel) parts.emplace_back("PP");
    if (e.expert_parallel) parts.emplace_back("EP");
    if (e.layer_split) parts.emplace_back("layer-split");
    if (e.dp_attention) parts.emplace_back("DP-attention");
    if (e.multi_node) parts.emplace_back("multi-node");
    if (e.rdma_tensor_parallel) parts.emplace_back("RDMA-TP");
    return parts.empty() ? "-" : joined(parts, " ");
}

std::string offloads(const EngineProfile& e)
{
    std::vector<std::string> parts;
    if (e.offload_layers) parts.emplace_back("layers");
    if (e.offload_experts) parts.emplace_back("experts");
    return parts.empty() ? "-" : joined(parts, " ");
}

std::vector<std::string> class_names(const std::vector<DeviceClass>& classes)
{
    std::vector<std::string> names;
    for (auto c : classes) names.emplace_back(to_string(c));
    return names;
}

std::string optional_figure(double value) { return value > 0 ? sensible(value) : "-"; }

// ---- tables ---------------------------------------------------------------

void print_models(std::ostream& out, const Catalog& c)
{
    TextTable t;
    t.add_column("id");
    t.add_column("name");
    t.add_column("family");
    t.add_column("layers", Align::Right);
    t.add_column("attention");
    t.add_column("experts (top-k)", Align::Right);
    t.add_column("params B", Align::Right);
    t.add_column("active B", Align::Right);
    t.add_column("max context", Align::Right);
    for (const auto& [id, m] : c.models) {
        const ParamCounts p = count_params(m);
        const std::string experts =
            m.moe ? std::to_string(m.moe->routed_experts) + " (" + std::to_string(m.moe->experts_per_token) + ")" : "-";
        t.add_row({id, m.name, m.family, std::to_string(m.layers), attention_name(m.attention), experts,
                   fixed(p.total() / 1e9, 1), fixed(p.active() / 1e9, 1), grouped(m.max_context)});
    }
    t.print(out);
}

void print_variants(std::ostream& out, const Catalog& c, const std::string& model_filter)
{
    TextTable t;
    t.add_column("id");
    t.add_column("name");
    t.add_column("family");
    t.add_column("compute");
    t.add_column("bits attn/expert", Align::Right);
    t.add_column("model");
    t.add_column("bits/weight", Align::Right);
    t.add_column("size GB", Align::Right);
    t.add_column("size GiB", Align::Right);
    t.add_column("published GB", Align::Right);
    for (const auto& [id, f] : c.formats) {
        const std::string bits = sensible(f.bits.attention) + "/" + sensible(f.bits.routed_expert);
        for (const auto& v : variant_sizes(f, c, model_filter)) {
            const double average_bits = v.params > 0 ? v.bytes * 8.0 / v.params : 0.0;
            t.add_row({id, f.name, f.family, compute_name(f.compute), bits, v.model->id, fixed(average_bits, 2),
                       fixed(v.bytes / units::kGB, 1), fixed(v.bytes / units::kGiB, 1),
                       v.published_bytes > 0 ? fixed(v.published_bytes / units::kGB, 1) : "-"});
        }
    }
    t.print(out);
    out << "  Sizes are derived from the architecture (main model, no MTP); GB = 10^9 bytes, GiB = 2^30.\n";
}

void print_devices(std::ostream& out, const Catalog& c)
{
    TextTable t;
    t.add_column("id");
    t.add_column("name");
    t.add_column("class");
    t.add_column("memory GB", Align::Right);
    t.add_column("bandwidth GB/s", Align::Right);
    t.add_column("BF16 TFLOPS", Align::Right);
    t.add_column("FP8 TFLOPS", Align::Right);
    t.add_column("power W", Align::Right);
    for (const auto& [id, d] : c.devices) {
        t.add_row({id, d.name, to_string(d.device_class), d.memory_gb > 0 ? sensible(d.memory_gb) : "(RAM)",
                   sensible(d.memory_bandwidth_gb_s), optional_figure(d.tflops_bf16), optional_figure(d.tflops_fp8),
                   optional_figure(d.power_w)});
    }
    t.print(out);
}

void print_systems(std::ostream& out, const Catalog& c)
{
    TextTable t;
    t.add_column("id");
    t.add_column("name");
    t.add_column("accelerators");
    t.add_column("host CPU");
    t.add_column("RAM GB", Align::Right);
    t.add_column("intra link");
    t.add_column("network link");
    for (const auto& [id, s] : c.systems) {
        const std::string accel = s.accelerator.empty() || s.accelerator_count == 0
                                      ? "-"
                                      : std::to_string(s.accelerator_count) + "x " + s.accelerator +
                                            (s.unified_memory ? " (unified)" : "");
        const std::string cpu = s.host_cpu.empty() ? "-" : std::to_string(s.host_sockets) + "x " + s.host_cpu;
        t.add_row({id, s.name, accel, cpu, sensible(s.host_ram_gb), s.intra_link, s.network_link});
    }
    t.print(out);
}

void print_links(std::ostream& out, const Catalog& c)
{
    TextTable t;
    t.add_column("id");
    t.add_column("name");
    t.add_column("kind");
    t.add_column("bandwidth GB/s", Align::Right);
    t.add_column("latency us", Align::Right);
    t.add_column("RDMA");
    for (const auto& [id, l] : c.links) {
        t.add_row({id, l.name, l.kind == LinkKind::Intra ? "intra" : "network", sensible(l.bandwidth_gb_s),
                   sensible(l.latency_us), yes_no(l.rdma)});
    }
    t.print(out);
}

void print_engines(std::ostream& out, const Catalog& c)
{
    TextTable t;
    t.add_column("id");
    t.add_column("name");
    t.add_column("release");
    t.add_column("formats");
    t.add_column("runs on");
    t.add_column("parallelism");
    t.add_column("offload");
    t.add_column("MLA KV");
    t.add_column("MTP");
    for (const auto& [id, e] : c.engines) {
        t.add_row({id, e.name, e.release.empty() ? "-" : e.release + (e.released.empty() ? "" : " [" + e.released + "]"), joined(e.formats), joined(class_names(e.device_classes)), parallelism(e), offloads(e),
                   e.mla_compressed ? "latent" : "expanded", yes_no(e.mtp)});
    }
    t.print(out);
}

// ---- JSON -------------------------------------------------------------------

json models_json(const Catalog& c)
{
    json list = json::array();
    for (const auto& [id, m] : c.models) {
        const ParamCounts p = count_params(m);
        json j = {{"id", id},
                  {"name", m.name},
                  {"family", m.family},
                  {"layers", m.layers},
                  {"hidden_size", m.hidden_size},
                  {"attention", attention_name(m.attention)},
                  {"max_context", m.max_context},
                  {"params_b", p.total() / 1e9},
                  {"active_params_b", p.active() / 1e9},
                  {"mtp_modules", m.mtp_modules}};
        if (m.moe) {
            j["moe"] = {{"routed_experts", m.moe->routed_experts},
                        {"shared_experts", m.moe->shared_experts},
                        {"experts_per_token", m.moe->experts_per_token}};
        }
        list.push_back(j);
    }
    return list;
}

json variants_json(const Catalog& c, const std::string& model_filter)
{
    json list = json::array();
    for (const auto& [id, f] : c.formats) {
        json sizes = json::array();
        for (const auto& v : variant_sizes(f, c, model_filter)) {
            json s = {{"model", v.model->id},
                      {"bits_per_weight", v.params > 0 ? v.bytes * 8.0 / v.params : 0.0},
                      {"size_gb", v.bytes / units::kGB},
                      {"size_gib", v.bytes / units::kGiB}};
            s["published_gb"] = v.published_bytes > 0 ? json(v.published_bytes / units::kGB) : json(nullptr);
            sizes.push_back(s);
        }
        const auto& b = f.bits;
        list.push_back({{"id", id},
                        {"name", f.name},
                        {"family", f.family},
                        {"compute", compute_name(f.compute)},
                        {"bits",
                         {{"embedding", b.embedding},
                          {"attention", b.attention},
                          {"dense_ffn", b.dense_ffn},
                          {"shared_expert", b.shared_expert},
                          {"routed_expert", b.routed_expert},
                          {"output_head", b.output_head}}},
                        {"models", f.models},
                        {"sizes", sizes}});
    }
    return list;
}

json links_json(const Catalog& c)
{
    json list = json::array();
    for (const auto& [id, l] : c.links) {
        list.push_back({{"id", id},
                        {"name", l.name},
                        {"kind", l.kind == LinkKind::Intra ? "intra" : "network"},
                        {"bandwidth_gb_s", l.bandwidth_gb_s},
                        {"latency_us", l.latency_us},
                        {"rdma", l.rdma}});
    }
    return list;
}

json engines_json(const Catalog& c)
{
    json list = json::array();
    for (const auto& [id, e] : c.engines) {
        list.push_back({{"id", id},
                        {"name", e.name},
                        {"extends", e.base.empty() ? json(nullptr) : json(e.base)},
                        {"release", e.release},
                        {"released", e.released},
                        {"formats", e.formats},
                        {"device_classes", class_names(e.device_classes)},
                        {"mla_compressed", e.mla_compressed},
                        {"parallel",
                         {{"tensor", e.tensor_parallel},
                          {"pipeline", e.pipeline_parallel},
                          {"expert", e.expert_parallel},
                          {"layer_split", e.layer_split},
                          {"multi_node", e.multi_node},
                          {"rdma_tensor", e.rdma_tensor_parallel}}},
                        {"offload", {{"layers", e.offload_layers}, {"experts", e.offload_experts}}},
                        {"batching", e.batching},
                        {"mtp", e.mtp}});
    }
    return list;
}

json kind_json(const std::string& kind, const Catalog& c, const std::string& model_filter)
{
    if (kind == "models") return models_json(c);
    if (kind == "variants") return variants_json(c, model_filter);
    if (kind == "links") return links_json(c);
    if (kind == "engines") return engines_json(c);
    json list = json::array();
    if (kind == "devices") {
        for (const auto& [id, d] : c.devices) list.push_back(device_to_json(d));
    } else if (kind == "systems") {
        for (const auto& [id, s] : c.systems) list.push_back(system_to_json(s));
    }
    return list;
}

void print_kind(std::ostream& out, const std::string& kind, const Catalog& c, const std::string& model_filter)
{
    if (kind == "models") print_models(out, c);
    else if (kind == "variants") print_variants(out, c, model_filter);
    else if (kind == "devices") print_devices(out, c);
    else if (kind == "systems") print_systems(out, c);
    else if (kind == "links") print_links(out, c);
    else if (kind == "engines") print_engines(out, c);
}

}  // namespace

CatalogCommand::CatalogCommand(CliContext context) : context_(std::move(context)) {}

const std::vector<OptionSpec>& CatalogCommand::options()
{
    static const std::vector<OptionSpec> specs = {
        {"--model", "ID", "variants: only the sizes for this model", false},
        {"--catalog", "DIR", "add a user catalog directory (repeatable; its entries override)", true},
        {"--json", "", "print JSON instead of tables", false},
        {"--help", "", "show this help", false},
    };
    return specs;
}

const std::vector<std::string>& CatalogCommand::kinds()
{
    static const std::vector<std::string> list = {"models", "variants", "devices", "systems", "links", "engines"};
    return list;
}

std::string CatalogCommand::summary() const
{
    return "list the models, variants (weight formats), devices, systems, links and engines";
}

std::string CatalogCommand::help() const
{
    std::ostringstream text;
    text << "Usage: deepplan-cli catalog [models|variants|devices|systems|links|engines] [options]\n"
            "\n"
            "Lists the catalog entries of one kind, or of every kind when none is given.\n"
            "Variants (weight formats) show their bits per weight and the size they give\n"
            "each model they apply to, derived from the architecture, in GB and GiB.\n"
            "('formats' is accepted for 'variants'.)\n"
            "\n"
            "Options:\n"
         << describe_options(options());
    return text.str();
}

int CatalogCommand::run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    ParsedArgs parsed;
    if (const auto finished = parse_or_finish(args, options(), parsed, out, err, 1)) return *finished;
    std::vector<std::string> selected = kinds();
    const auto& positionals = parsed.positionals();
    if (positionals.size() == 1) {
        std::string kind = positionals.front() == "formats" ? "variants" : positionals.front();
        if (std::find(kinds().begin(), kinds().end(), kind) == kinds().end()) {
            return usage_error(err, "catalog", "unknown kind " + quote_for_message(positionals.front()) +
                                        "; expected models, variants, devices, systems, links or engines");
        }
        selected = {kind};
    }

    auto catalog = load_cli_catalog(context_, parsed.values("--catalog"));
    if (!catalog) {
        err << "deepplan-cli catalog: " << catalog.error().describe() << "\n";
        return kExitBadInput;
    }
    const Catalog& c = catalog.value();
    const std::string model_filter = parsed.value("--model").value_or("");
    if (!model_filter.empty() && !c.model(model_filter)) {
        err << "deepplan-cli catalog: --model: unknown model \"" << model_filter << "\"\n";
        return kExitBadInput;
    }
    std::vector<std::string> dirs = {builtin_catalog_dir(context_).string()};
    for (const auto& d : parsed.values("--catalog")) dirs.push_back(d);

    if (parsed.has("--json")) {
        json doc = {{"catalog_dirs", dirs}, {"overridden", c.overridden}};
        for (const auto& kind : selected) doc[kind] = kind_json(kind, c, model_filter);
        out << doc.dump(2) << "\n";
        return kExitOk;
    }
    out << "Catalog: " << joined(dirs, ", ") << "\n";
    for (const auto& kind : selected) {
        out << "\n" << static_cast<char>(kind[0] - 'a' + 'A') << kind.substr(1) << "\n";
        print_kind(out, kind, c, model_filter);
    }
    if (!c.overridden.empty()) {
        out << "\nEntries your catalog overrides: " << joined(c.overridden, ", ") << "\n";
    }
    return kExitOk;
}

}  // namespace deepplan::cli
