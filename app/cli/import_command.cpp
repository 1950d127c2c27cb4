#include "import_command.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "catalog_loader.h"
#include "command_errors.h"
#include "deepplan/catalog.hpp"
#include "deepplan/plan_file.hpp"
#include "exit_codes.h"

namespace deepplan::cli {

namespace {

constexpr std::uintmax_t kMaxConfigBytes = 4u << 20;  // a config.json is a few KB

std::optional<Error> read_small_file(const std::filesystem::path& p, std::string& text)
{
    std::error_code ec;
    const auto status = std::filesystem::status(p, ec);
    if (ec || !std::filesystem::exists(status)) return Error{p.string(), "cannot open"};
    if (!std::filesystem::is_regular_file(status)) return Error{p.string(), "not a regular file"};
    const auto size = std::filesystem::file_size(p, ec);
    if (ec) return Error{p.string(), "cannot read its size"};
    if (size > kMaxConfigBytes) return Error{p.string(), "larger than " + std::to_string(kMaxConfigBytes) + " bytes; not a config file"};
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    text = s.str();
    return std::nullopt;
}

std::optional<Error> upsert(const std::filesystem::path& file, const std::string& kind, const nlohmann::json& entry)
{
    nlohmann::json doc = {{"kind", kind}, {"entries", nlohmann::json::array()}};
    std::error_code ec;
    if (std::filesystem::exists(file, ec)) {
        std::string text;
        if (auto e = read_small_file(file, text)) return e;
        doc = nlohmann::json::parse(text, nullptr, false);
        if (doc.is_discarded() || !doc.is_object() || !doc.contains("entries") || !doc.at("entries").is_array()) {
            return Error{file.string(), "not a catalog file with an \"entries\" list; refusing to overwrite it"};
        }
    }
    auto& entries = doc["entries"];
    bool replaced = false;
    for (auto& e : entries) {
        if (e.is_object() && e.contains("id") && e.at("id") == entry.at("id")) {
            e = entry;
            replaced = true;
        }
    }
    if (!replaced) entries.push_back(entry);
    return write_file_atomic(file, doc.dump(2) + "\n");
}

}  // namespace

std::optional<Error> add_to_user_catalog(const ImportedModel& m, const std::filesystem::path& dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return Error{dir.string(), "cannot create the directory: " + ec.message()};
    if (auto e = upsert(dir / "models.json", "models", model_to_json(m.arch))) return e;
    if (m.format) {
        if (auto e = upsert(dir / "formats.json", "formats", format_to_json(*m.format))) return e;
    }
    return std::nullopt;
}

ImportCommand::ImportCommand(CliContext context) : context_(std::move(context)) {}

const std::vector<OptionSpec>& ImportCommand::options()
{
    static const std::vector<OptionSpec> specs = {
        {"--name", "ID", "catalog id of the model (default: from the file)", false},
        {"--variant", "ID", "gguf: id of the weight format (default MODEL-gguf)", false},
        {"--catalog", "DIR", "user catalog directory to add the model to; without it the entries are printed", false},
        {"--help", "", "show this help", false},
    };
    return specs;
}

std::string ImportCommand::summary() const
{
    return "add a model from a Hugging Face config.json or a GGUF file";
}

std::string ImportCommand::help() const
{
    std::ostringstream text;
    text << "Usage: deepplan-cli import hf CONFIG.json [--name ID] [--catalog DIR]\n"
            "       deepplan-cli import gguf FILE.gguf [--name ID] [--variant ID] [--catalog DIR]\n"
            "\n"
            "hf: reads a Hugging Face config.json (Llama, Qwen2, Qwen3, Qwen3-MoE, Mistral,\n"
            "Mixtral, Gemma 2/3, DeepSeek-V2/V3). The parameter count is derived from the\n"
            "dimensions and checked against num_parameters or a model.safetensors.index.json\n"
            "beside the config.\n"
            "gguf: reads only the GGUF header (metadata and tensor infos, never the\n"
            "weights) and adds the model and a variant with the exact bytes of every\n"
            "tensor class. A split file (-00001-of-00003.gguf) is read with its siblings.\n"
            "\n"
            "Options:\n"
         << describe_options(options())
         << "\n"
            "Exit status: 0 imported, 1 bad input (unreadable or malformed file), 2 bad usage.\n";
    return text.str();
}

namespace {

// The total_size that a model.safetensors.index.json beside the config
// states, when there is one that says it.
std::optional<double> safetensors_total_bytes(const std::filesystem::path& config)
{
    const auto index = config.parent_path() / "model.safetensors.index.json";
    std::string index_text;
    if (!std::filesystem::exists(index) || read_small_file(index, index_text)) return std::nullopt;
    const auto j = nlohmann::json::parse(index_text, nullptr, false);
    if (j.is_object() && j.contains("metadata") && j.at("metadata").is_object() && j.at("metadata").contains("total_size") &&
        j.at("metadata").at("total_size").is_number()) {
        return j.at("metadata").at("total_size").get<double>();
    }
    return std::nullopt;
}

// The id of a config.json's model without --name: from its _name_or_path,
// else from the folder the config is in.
std::string hf_default_id(const std::filesystem::path& file, const std::string& text)
{
    const auto j = nlohmann::json::parse(text, nullptr, false);
    std::string base = file.parent_path().filename().string();
    if (j.is_object() && j.contains("_name_or_path") && j.at("_name_or_path").is_string()) {
        base = std::filesystem::path(j.at("_name_or_path").get<std::string>()).filename().string();
    }
    return catalog_id_from(base);
}

// The id of a GGUF model without --name: from general.name, else from the file name.
std::string gguf_default_id(const std::filesystem::path& file, const GgufHeader& h)
{
    std::string base = file.stem().string();
    const auto it = h.metadata.find("general.name");
    if (it != h.metadata.end() && it->second.is_string() && !it->second.get<std::string>().empty()) {
        base = it->second.get<std::string>();
    }
    return catalog_id_from(base);
}

// import hf: the model of a config.json (checked against the safetensors
// index beside it). On failure the error is written and its exit status returned.
std::optional<int> import_hf_file(const std::filesystem::path& file, std::string& id, ImportedModel& model, std::ostream& err)
{
    std::string text;
    if (auto e = read_small_file(file, text)) return input_error(err, "import", e->describe());
    const std::optional<double> total = safetensors_total_bytes(file);
    if (id.empty()) id = hf_default_id(file, text);
    auto r = import_hf_config(text, id, total);
    if (!r) return input_error(err, "import", file.string() + ": " + r.error().describe());
    model = r.value();
    return std::nullopt;
}

// import gguf: the model and the variant of a GGUF header (`variant`: the
// --variant id, if given). On failure the error is written and its exit status returned.
std::optional<int> import_gguf_file(const std::filesystem::path& file, const std::optional<std::string>& variant, std::string& id,
                                    ImportedModel& model, std::ostream& err)
{
    auto h = read_gguf_file(file);
    if (!h) return input_error(err, "import", h.error().describe());
    if (id.empty()) id = gguf_default_id(file, h.value());
    const std::string variant_id = variant.value_or(id + "-gguf");
    if (catalog_id_from(variant_id) != variant_id) return usage_error(err, "import", "--variant: not a valid id");
    auto r = import_gguf(h.value(), id, variant_id);
    if (!r) return input_error(err, "import", file.string() + ": " + r.error().describe());
    model = r.value();
    return std::nullopt;
}

// Built-in ids are not shadowed by accident.
std::optional<int> refuse_builtin_ids(const CliContext& context, const ImportedModel& model, std::ostream& err)
{
    auto builtin = load_cli_catalog(context, {});
    if (builtin && builtin.value().model(model.arch.id)) {
        return input_error(err, "import", "model id \"" + model.arch.id + "\" is a built-in model; choose another with --name");
    }
    if (builtin && model.format && builtin.value().format(model.format->id)) {
        return input_error(err, "import", "variant id \"" + model.format->id + "\" is built in; choose another with --variant");
    }
    return std::nullopt;
}

// What was imported: the model's size, the variant's bytes, the checks.
void print_summary(const ImportedModel& model, std::ostream& out)
{
    out << "Model " << model.arch.id << ": " << model.arch.layers << " layers, hidden " << model.arch.hidden_size << ", "
        << model.params / 1e9 << " B parameters";
    if (model.format) {
        out << "; variant " << model.format->id;
        if (!model.format->published.empty()) out << ": " << model.format->published.front().bytes / 1e9 << " GB";
    }
    out << "\n";
    for (const auto& n : model.notes) out << "  " << n << "\n";
}

// --catalog DIR: added to the user catalog there, which must still load;
// without it the catalog entries are printed.
int add_or_print(const CliContext& context, const ImportedModel& model, const std::optional<std::string>& dir, std::ostream& out,
                 std::ostream& err)
{
    if (dir) {
        if (auto e = add_to_user_catalog(model, *dir)) return input_error(err, "import", "--catalog: " + e->describe());
        // The catalog must still load with the new entries.
        auto check = load_cli_catalog(context, {*dir});
        if (!check) return input_error(err, "import", "the user catalog does not load after the import: " + check.error().describe());
        out << "Added to " << *dir << "\n";
    } else {
        nlohmann::json j = {{"models", {model_to_json(model.arch)}}};
        if (model.format) j["formats"] = {format_to_json(*model.format)};
        out << j.dump(2) << "\n";
    }
    return kExitOk;
}

}  // namespace

int ImportCommand::run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    ParsedArgs parsed;
    if (const auto finished = parse_or_finish(args, options(), parsed, out, err)) return *finished;
    const auto& pos = parsed.positionals();
    if (pos.size() != 2 || (pos[0] != "hf" && pos[0] != "gguf")) {
        return usage_error(err, "import", "expects \"hf CONFIG.json\" or \"gguf FILE\"");
    }
    const std::filesystem::path file = pos[1];
    std::string id;
    if (auto n = parsed.value("--name")) {
        id = *n;
        if (catalog_id_from(id) != id) {
            return usage_error(err, "import", "--name: use lower-case letters, digits, '.', '_' and '-' (e.g. \"" + catalog_id_from(id) + "\")");
        }
    }
    ImportedModel model;
    const auto failed = pos[0] == "hf" ? import_hf_file(file, id, model, err)
                                       : import_gguf_file(file, parsed.value("--variant"), id, model, err);
    if (failed) return *failed;
    if (auto refused = refuse_builtin_ids(context_, model, err)) return *refused;
    print_summary(model, out);
    return add_or_print(context_, model, parsed.value("--catalog"), out, err);
}

}  // namespace deepplan::cli
