#include "deploy_command.h"

#include <sstream>

#include "catalog_loader.h"
#include "command_errors.h"
#include "deepplan/plan.hpp"
#include "deepplan/plan_file.hpp"
#include "exit_codes.h"

namespace deepplan::cli {

std::vector<std::string> split_hosts(const std::string& value)
{
    std::vector<std::string> out;
    std::string cur;
    for (char ch : value) {
        if (ch == ',') {
            out.push_back(cur);
            cur.clear();
        } else {
            cur += ch;
        }
    }
    out.push_back(cur);
    return out;
}

std::optional<Error> write_deployment(const Deployment& d, const std::filesystem::path& dir)
{
    std::error_code ec;
    if (std::filesystem::exists(dir, ec) && !std::filesystem::is_directory(dir, ec)) {
        return Error{dir.string(), "exists and is not a directory"};
    }
    std::filesystem::create_directories(dir, ec);
    if (ec) return Error{dir.string(), "cannot create the directory: " + ec.message()};
    for (const auto& f : d.files) {
        const auto path = dir / f.name;
        if (auto failed = write_file_atomic(path, f.content)) return failed;
        if (f.executable) {
            std::filesystem::permissions(path,
                                         std::filesystem::perms::owner_exec | std::filesystem::perms::group_exec |
                                             std::filesystem::perms::others_exec,
                                         std::filesystem::perm_options::add, ec);
            if (ec) return Error{path.string(), "cannot make it executable: " + ec.message()};
        }
    }
    return std::nullopt;
}

DeployCommand::DeployCommand(CliContext context) : context_(std::move(context)) {}

const std::vector<OptionSpec>& DeployCommand::options()
{
    static const std::vector<OptionSpec> specs = {
        {"--format", "FMT", "sh (default), compose or k8s", false},
        {"--out", "DIR", "write the files into DIR (atomically); without it they are printed", false},
        {"--hosts", "A,B", "machine addresses in pool order; default placeholders NODE0_ADDR ...", false},
        {"--catalog", "DIR", "add a user catalog directory (repeatable; its entries override)", true},
        {"--help", "", "show this help", false},
    };
    return specs;
}

std::string DeployCommand::summary() const
{
    return "write the launch commands of a plan, per machine";
}

std::string DeployCommand::help() const
{
    std::ostringstream text;
    text << "Usage: deepplan-cli deploy PLANFILE [--format sh|compose|k8s] [--out DIR] [--hosts A,B]\n"
            "\n"
            "Replans the plan file's scenario and writes what it takes to run it: for\n"
            "every machine the engine's command line (vLLM, SGLang, TensorRT-LLM,\n"
            "llama.cpp, Ollama, MLX, exo, KTransformers) with the plan's parallel sizes,\n"
            "context, concurrency, offload and KV-cache settings, plus the engine's\n"
            "config files. compose: a docker-compose file per machine; k8s: a\n"
            "Deployment, or a LeaderWorkerSet for vLLM/SGLang across machines.\n"
            "The kit also holds README.md and, for engines that ship a serving\n"
            "benchmark client (vLLM, SGLang, TensorRT-LLM), check.sh: it runs that\n"
            "client against the server with the plan's workload and prints the\n"
            "plan's output tok/s, mean TTFT and mean TPOT to compare with it.\n"
            "\n"
            "Options:\n"
         << describe_options(options())
         << "\n"
            "Exit status: 0 files written, 1 bad input (plan does not fit, unknown\n"
            "engine, unsafe id or host), 2 bad usage.\n";
    return text.str();
}

int DeployCommand::run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    ParsedArgs parsed;
    if (const auto finished = parse_or_finish(args, options(), parsed, out, err)) return *finished;
    if (parsed.positionals().size() != 1) {
        return usage_error(err, "deploy", "needs exactly one plan file");
    }
    DeployOptions opts;
    if (auto f = parsed.value("--format")) {
        auto fmt = deploy_format_from_string(*f);
        if (!fmt) return usage_error(err, "deploy", "--format: must be sh, compose or k8s; got \"" + *f + "\"");
        opts.format = *fmt;
    }
    if (auto h = parsed.value("--hosts")) opts.hosts = split_hosts(*h);
    if (auto o = parsed.value("--out"); o && o->empty()) return usage_error(err, "deploy", "--out: needs a directory");

    auto file = read_plan_file(parsed.positionals().front());
    if (!file) return input_error(err, "deploy", parsed.positionals().front() + ": " + file.error().describe());
    auto loaded = load_cli_catalog(context_, parsed.values("--catalog"));
    if (!loaded) return input_error(err, "deploy", loaded.error().describe());
    Catalog the_catalog = loaded.value();
    if (file.value().definitions) {
        if (auto bad = merge_embedded_definitions(the_catalog, *file.value().definitions)) {
            return input_error(err, "deploy", parsed.positionals().front() + ": " + bad->describe());
        }
    }
    const Result<Catalog> catalog(std::move(the_catalog));
    const Scenario& scenario = file.value().scenario;
    // The launch files need the layout, not a memory row per card.
    PlanOptions options;
    options.device_rows = DeviceRows::Grouped;
    auto planned = plan(scenario, catalog.value(), options);
    if (!planned) return input_error(err, "deploy", planned.error().describe());
    auto deployment = make_deployment(scenario, planned.value(), catalog.value(), opts);
    if (!deployment) return input_error(err, "deploy", deployment.error().describe());
    const Deployment& d = deployment.value();

    if (auto dir = parsed.value("--out")) {
        if (auto failed = write_deployment(d, *dir)) return input_error(err, "deploy", "--out: " + failed->describe());
        out << "Wrote " << d.files.size() << " files for " << d.machines << (d.machines == 1 ? " machine" : " machines")
            << " (" << d.engine << " " << d.release.release << ", " << (d.repo.empty() ? "no repository" : d.repo) << ") to "
            << *dir << ":\n";
        for (const auto& f : d.files) out << "  " << f.name << "\n";
    } else {
        for (const auto& f : d.files) out << "==> " << f.name << " <==\n" << f.content << "\n";
    }
    for (const auto& n : d.notes) out << "note: " << n << "\n";
    return kExitOk;
}

}  // namespace deepplan::cli
