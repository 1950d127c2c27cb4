#include "command_errors.h"
#include "deepplan/message_text.hpp"
#include "plan_command.h"

#include <climits>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "catalog_loader.h"
#include "deploy_command.h"
#include "deepplan/plan.hpp"
#include "deepplan/plan_file.hpp"
#include "deepplan/scenario.hpp"
#include "exit_codes.h"
#include "summary_printer.h"

namespace deepplan::cli {

namespace {

// The scenario fields each flag sets, to name the flag when the core rejects
// a value. Longest prefixes are tried first by scanning all of them.
const std::vector<std::pair<std::string, std::string>>& field_flags()
{
    static const std::vector<std::pair<std::string, std::string>> table = {
        {"scenario.model", "--model"},
        {"scenario.variant", "--variant"},
        {"scenario.engine", "--engine"},
        {"scenario.pool", "--pool"},
        {"scenario.workload.context", "--context"},
        {"scenario.workload.prompt", "--prompt"},
        {"scenario.workload.output", "--output"},
        {"scenario.workload.concurrency", "--concurrency"},
        {"scenario.workload.mtp", "--mtp"},
        {"scenario.workload.prefill_chunk_tokens", "--prefill-chunk"},
        {"scenario.workload.arrivals", "--arrivals"},
        {"scenario.offload", "--offload"},
        {"scenario.apple_raise_wired_limit", "--apple-raise-wired-limit"},
    };
    return table;
}

// The flag that set a scenario field, when one was given on the command line.
std::string flag_for_field(const std::string& path, const ParsedArgs& parsed)
{
    std::string best_field;
    std::string best_flag;
    for (const auto& [field, flag] : field_flags()) {
        const bool matches = path == field || path.rfind(field + ".", 0) == 0 || path.rfind(field + "[", 0) == 0;
        if (matches && field.size() > best_field.size() && parsed.has(flag)) {
            best_field = field;
            best_flag = flag;
        }
    }
    return best_flag;
}

// Where to look up valid ids for an unknown-id error.
std::string hint_for_field(const std::string& path)
{
    if (path == "scenario.model") return "deepplan-cli catalog models";
    if (path == "scenario.variant") return "deepplan-cli catalog variants";
    if (path == "scenario.engine") return "deepplan-cli catalog engines";
    if (path.find(".system") != std::string::npos) return "deepplan-cli catalog systems";
    if (path.find(".accelerator") != std::string::npos) return "deepplan-cli catalog devices";
    if (path.find(".link") != std::string::npos) return "deepplan-cli catalog links";
    return {};
}

// Top-level keys whose values differ between two plan JSON objects.
std::vector<std::string> differing_keys(const nlohmann::json& a, const nlohmann::json& b)
{
    std::vector<std::string> keys;
    for (const auto& [key, value] : a.items()) {
        if (!b.contains(key) || b.at(key) != value) keys.push_back(key);
    }
    for (const auto& [key, value] : b.items()) {
        if (!a.contains(key)) keys.push_back(key);
    }
    return keys;
}

}  // namespace

PlanCommand::PlanCommand(CliContext context) : context_(std::move(context)) {}

const std::vector<OptionSpec>& PlanCommand::options()
{
    static const std::vector<OptionSpec> specs = {
        {"--model", "ID", "model id (default deepseek-r1)", false},
        {"--variant", "ID", "weight format id (default q4_k_m)", false},
        {"--pool", "SPEC", "hardware, e.g. \"2x hgx-h100-8@ib-ndr400\" or \"1x pc-ddr5+1x rtx-4090\"", false},
        {"--engine", "ID", "serving engine id, or auto (default)", false},
        {"--context", "N", "tokens held per sequence (prompt + output)", false},
        {"--prompt", "N", "prompt tokens (prefill, time to first token)", false},
        {"--output", "N", "generated tokens", false},
        {"--concurrency", "N", "sequences decoded together", false},
        {"--offload", "MODE", "auto, none, layers or experts", false},
        {"--mtp", "", "speculative decoding with DeepSeek's MTP module", false},
        {"--prefill-chunk", "N", "tokens per prefill pass, as the engine's chunked-prefill flag (default: the engine's)", false},
        {"--arrivals", "HOW", "staggered (default: each client sends on its own) or together (static batches)", false},
        {"--apple-raise-wired-limit", "", "macOS iogpu.wired_limit_mb raised: the GPU may wire more memory", false},
        {"--scenario", "FILE", "start from a plan file or scenario JSON; flags override it", false},
        {"--catalog", "DIR", "add a user catalog directory (repeatable; its entries override)", true},
        {"--json", "", "print the plan file JSON instead of the summary", false},
        {"--out", "FILE", "also write the plan file JSON to FILE (atomically)", false},
        {"--deploy", "DIR", "also write the launch files of the plan into DIR (shell scripts; see deploy)", false},
        {"--help", "", "show this help", false},
    };
    return specs;
}

std::string PlanCommand::summary() const
{
    return "will a model fit this hardware, and how fast will it run";
}

std::string PlanCommand::help() const
{
    std::ostringstream text;
    text << "Usage: deepplan-cli plan [--model ID] [--variant ID] [--pool SPEC] [options]\n"
            "       deepplan-cli plan --scenario FILE [options that override it]\n"
            "\n"
            "Plans a model variant on a pool of hardware: whether it fits, on how many\n"
            "machines, the memory of every device, the layout, decode and prefill speed.\n"
            "Without --scenario, unset model/variant/pool come from the default scenario\n"
            "(DeepSeek-R1 Q4_K_M on 3x mac-studio-m2-ultra-192g@tb4).\n"
            "\n"
            "Pool spec: groups separated by ',', each COUNTx SYSTEM[+NxDEVICE][@LINK].\n"
            "\n"
            "Arrivals, with --concurrency above 1: staggered clients each send their next\n"
            "request when their last one ends, so a prompt mostly comes alone and its\n"
            "prefill pass stalls the others' decoding (chat users, benchmarks with varied\n"
            "lengths); together, all requests come at once, wave after wave (static\n"
            "batches, benchmarks whose lengths are all fixed).\n"
            "\n"
            "Options:\n"
         << describe_options(options())
         << "\n"
            "Exit status: 0 a plan was computed (whether it fits or not), 1 bad input\n"
            "(unknown id, unreadable plan file, bad catalog), 2 bad usage.\n";
    return text.str();
}

namespace {

// The scenario a plan starts from: a plan file's (with the plan and the
// custom definitions it stores), or the program's default.
struct StartingPoint {
    Scenario scenario = default_scenario();
    std::optional<nlohmann::json> stored_plan;
    std::optional<nlohmann::json> definitions;
};

// --scenario FILE read into `start`; on failure the error is written and its exit status returned.
std::optional<int> read_starting_point(const ParsedArgs& parsed, StartingPoint& start, std::ostream& err)
{
    const auto file = parsed.value("--scenario");
    if (!file) return std::nullopt;
    if (file->empty()) return usage_error(err, "plan", "--scenario: needs a file name, got an empty value");
    auto read = read_plan_file(*file);
    if (!read) return input_error(err, "plan", "--scenario: " + read.error().describe());
    start.scenario = read.value().scenario;
    start.stored_plan = read.value().stored_plan;
    start.definitions = read.value().definitions;
    return std::nullopt;
}

// The flags override the starting scenario; a bad value throws UsageError naming its flag.
void apply_flags(const ParsedArgs& parsed, Scenario& scenario)
{
    if (auto v = parsed.value("--model")) scenario.model = *v;
    if (auto v = parsed.value("--variant")) scenario.variant = *v;
    if (auto v = parsed.value("--engine")) scenario.engine = *v;
    if (auto v = parsed.value("--pool")) {
        auto pool = parse_pool_spec(*v);
        if (!pool) throw UsageError("--pool: " + pool.error().describe());
        scenario.pool = pool.value();
    }
    auto& w = scenario.workload;
    if (auto v = parsed.value("--context")) w.context = parse_int_flag("--context", *v, 1, INT_MAX);
    if (auto v = parsed.value("--prompt")) w.prompt = parse_int_flag("--prompt", *v, 1, INT_MAX);
    if (auto v = parsed.value("--output")) w.output = parse_int_flag("--output", *v, 1, INT_MAX);
    if (auto v = parsed.value("--concurrency")) w.concurrency = parse_int_flag("--concurrency", *v, 1, INT_MAX);
    if (parsed.has("--mtp")) w.mtp = true;
    if (auto v = parsed.value("--prefill-chunk")) w.prefill_chunk_tokens = parse_int_flag("--prefill-chunk", *v, 1, kMaxPrefillChunk);
    if (auto v = parsed.value("--arrivals")) {
        auto arrivals = arrivals_from_string(*v);
        if (!arrivals) throw UsageError("--arrivals: must be staggered or together; got " + quote_for_message(*v));
        w.arrivals = *arrivals;
    }
    if (auto v = parsed.value("--offload")) {
        auto mode = offload_from_string(*v);
        if (!mode) throw UsageError("--offload: must be one of auto, none, layers, experts; got " + quote_for_message(*v));
        scenario.offload = *mode;
    }
    if (parsed.has("--apple-raise-wired-limit")) scenario.apple_raise_wired_limit = true;
    if (auto v = parsed.value("--out"); v && v->empty()) throw UsageError("--out: needs a file name, got an empty value");
}

// The catalog with the user's directories and the definitions the plan file carries.
Result<Catalog> plan_catalog(const CliContext& context, const ParsedArgs& parsed, const std::optional<nlohmann::json>& definitions)
{
    auto loaded = load_cli_catalog(context, parsed.values("--catalog"));
    if (!loaded) return loaded.error();
    Catalog the_catalog = loaded.value();
    // Custom entries the plan file carries, for the ids this catalog lacks.
    if (definitions) {
        if (auto bad = merge_embedded_definitions(the_catalog, *definitions)) return Error{"--scenario", bad->describe()};
    }
    return the_catalog;
}

// The planner's error, named after the flag or the file that set the value,
// with the ids on offer; a workload number a flag set is bad usage.
int plan_error(const Error& e, const ParsedArgs& parsed, std::ostream& err)
{
    std::string message = e.describe();
    // A workload number the catalog rules out (a context above the
    // model's maximum) is bad usage when a flag set it.
    if (const std::string flag = flag_for_field(e.path, parsed);
        !flag.empty() && e.path.rfind("scenario.workload.", 0) == 0) {
        return usage_error(err, "plan", flag + ": " + e.message);
    }
    if (const std::string flag = flag_for_field(e.path, parsed); !flag.empty()) {
        message += " (from " + flag + ")";
    } else if (parsed.has("--scenario")) {
        message += " (in " + *parsed.value("--scenario") + ")";
    }
    if (const std::string hint = hint_for_field(e.path); !hint.empty()) {
        message += "\n  the ids on offer: " + hint;
    }
    return input_error(err, "plan", message);
}

// A warning when the plan a file stores differs from the recomputed one.
void warn_if_stored_plan_differs(const nlohmann::json& recomputed, const nlohmann::json& stored, const std::string& file,
                                 std::ostream& err)
{
    if (recomputed == stored) return;
    const auto keys = differing_keys(recomputed, stored);
    err << "deepplan-cli plan: warning: the plan stored in " << file << " differs from the recomputed one";
    if (!keys.empty()) {
        err << " (";
        for (std::size_t i = 0; i < keys.size(); ++i) err << (i ? ", " : "") << keys[i];
        err << ")";
    }
    err << "; figures may change with a newer catalog or DeepPlan. Showing the recomputed plan.\n";
}

// --out FILE and --deploy DIR; on failure the error is written and its exit status returned.
std::optional<int> write_outputs(const ParsedArgs& parsed, const std::string& text, const Scenario& scenario, const Plan& the_plan,
                                 const Catalog& catalog, std::ostream& err)
{
    if (const auto path = parsed.value("--out")) {
        if (auto failed = write_file_atomic(*path, text)) {
            return input_error(err, "plan", "--out: " + failed->describe());
        }
    }
    if (const auto dir = parsed.value("--deploy")) {
        if (dir->empty()) return usage_error(err, "plan", "--deploy: needs a directory");
        auto d = make_deployment(scenario, the_plan, catalog);
        if (!d) return input_error(err, "plan", "--deploy: " + d.error().describe());
        if (auto failed = write_deployment(d.value(), *dir)) return input_error(err, "plan", "--deploy: " + failed->describe());
    }
    return std::nullopt;
}

}  // namespace

int PlanCommand::run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    ParsedArgs parsed;
    if (const auto finished = parse_or_finish(args, options(), parsed, out, err, 0)) return *finished;
    StartingPoint start;
    if (auto failed = read_starting_point(parsed, start, err)) return *failed;
    Scenario scenario = start.scenario;
    try {
        apply_flags(parsed, scenario);
    } catch (const UsageError& e) {
        return usage_error(err, "plan", e.what());
    }
    // Range checks of the core, reported against the flag that set the value.
    if (auto bad = validate_numbers(scenario)) {
        const std::string flag = flag_for_field(bad->path, parsed);
        if (!flag.empty()) return usage_error(err, "plan", flag + ": " + bad->message);
        return input_error(err, "plan", bad->describe());
    }
    const Result<Catalog> catalog = plan_catalog(context_, parsed, start.definitions);
    if (!catalog) return input_error(err, "plan", catalog.error().describe());

    // The plan file (--json, --out, a stored plan to compare) lists every
    // device; the summary shows a stage's identical devices as one counted
    // row, so a plan that is only printed never builds a row per card.
    const bool compare_stored = start.stored_plan && scenario == start.scenario;
    const bool want_file = parsed.has("--json") || parsed.value("--out").has_value() || compare_stored;
    PlanOptions options;
    options.device_rows = want_file ? DeviceRows::Each : DeviceRows::Grouped;
    auto result = plan(scenario, catalog.value(), options);
    if (!result) return plan_error(result.error(), parsed, err);
    const Plan& the_plan = result.value();
    const nlohmann::json plan_file =
        want_file ? make_plan_file(scenario, the_plan, context_.generated_by, catalog.value()) : nlohmann::json();
    // A stored plan is compared only when the scenario is the file's own.
    if (compare_stored) warn_if_stored_plan_differs(plan_file.at("plan"), *start.stored_plan, *parsed.value("--scenario"), err);
    const std::string text = want_file ? plan_file.dump(2) + "\n" : std::string();
    if (auto failed = write_outputs(parsed, text, scenario, the_plan, catalog.value(), err)) return *failed;
    if (parsed.has("--json")) {
        out << text;
    } else {
        print_plan_summary(out, scenario, the_plan, catalog.value());
    }
    return kExitOk;
}

}  // namespace deepplan::cli
