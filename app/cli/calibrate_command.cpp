#include "command_errors.h"
#include "calibrate_command.h"

#include "deepplan/json_text.hpp"
#include "deepplan/safe_file.hpp"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "catalog_loader.h"
#include "deepplan/calibration.hpp"
#include "deepplan/plan_file.hpp"
#include "deepplan/validation.hpp"
#include "exit_codes.h"
#include "number_format.h"
#include "text_table.h"

namespace deepplan::cli {

CalibrateCommand::CalibrateCommand(CliContext context) : context_(std::move(context)) {}

const std::vector<OptionSpec>& CalibrateCommand::options()
{
    static const std::vector<OptionSpec> specs = {
        {"--cases", "FILE", "measurements file (default: the built-in validation/measurements.csv)", false},
        {"--engines", "FILE", "engine catalog to rewrite (default: the built-in catalog/engines.json)", false},
        {"--fit-settings", "FILE", "the fit's bounds and shrinkage (default: the built-in validation/fit-settings.json)", false},
        {"--dry-run", "", "fit and print, but write nothing", false},
        {"--help", "", "show this help", false},
    };
    return specs;
}

std::string CalibrateCommand::summary() const
{
    return "fit the engines' efficiencies on the measurements";
}

std::string CalibrateCommand::help() const
{
    std::ostringstream text;
    text << "Usage: deepplan-cli calibrate [--dry-run] [--cases FILE] [--engines FILE]\n"
            "\n"
            "Sets every (engine, device class) efficiency block to its prior (stored\n"
            "next to it, with its physical source) times fitted factors: one per\n"
            "(device class, efficiency) shared by the engines on that class, an\n"
            "engine factor only where >= 3 of its own cases respond, and overhead\n"
            "factors per class and per (engine, class), the latter shrunk towards the\n"
            "class below 3 cases. The factors minimise the squared log of\n"
            "measured/predicted over the tier A/B rate and time cases. Ranges are\n"
            "the 10th/90th percentiles of measured/predicted of the block's cases (of its\n"
            "device class when it has fewer than 5). Only the `efficiency` blocks of the\n"
            "engine catalog are rewritten, atomically; the fit always starts from the\n"
            "priors stored there, so running it twice gives the same values.\n"
            "\n"
            "Options:\n"
         << describe_options(options())
         << "\n"
            "Exit status: 0 done, 1 bad input or the file could not be written, 2 bad usage.\n";
    return text.str();
}

int CalibrateCommand::run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    ParsedArgs parsed;
    if (const auto finished = parse_or_finish(args, options(), parsed, out, err, 0)) return *finished;
    const std::filesystem::path cases_path = cli_cases_path(context_, parsed.value("--cases"));
    const std::filesystem::path engines_path =
        parsed.value("--engines") ? std::filesystem::path(*parsed.value("--engines")) : builtin_catalog_dir(context_) / "engines.json";
    if (cases_path.empty()) return usage_error(err, "calibrate", "--cases: needs a file name, got an empty value");
    if (engines_path.empty()) return usage_error(err, "calibrate", "--engines: needs a file name, got an empty value");

    auto catalog = load_cli_catalog(context_, {});
    if (!catalog) return input_error(err, "calibrate", catalog.error().describe());
    auto cases = read_cases(cases_path);
    if (!cases) return input_error(err, "calibrate", cases.error().describe());
    const auto text = read_text_file(engines_path, kMaxCatalogFileBytes);
    if (!text) return input_error(err, "calibrate", "--engines: " + text.error().describe());
    const auto doc = parse_json_text(text.value(), engines_path.string());
    if (!doc) return input_error(err, "calibrate", "--engines: " + doc.error().describe());
    auto priors = read_priors(doc.value());
    if (!priors) return input_error(err, "calibrate", engines_path.string() + ": " + priors.error().describe());

    const auto settings = load_cli_fit_settings(context_, parsed.value("--fit-settings"));
    if (!settings) return input_error(err, "calibrate", settings.error().describe());
    FitOptions fit;
    fit.settings = settings.value();
    const CalibrationResult result = calibrate(cases.value(), catalog.value(), priors.value(), fit);

    TextTable t;
    t.add_column("engine");
    t.add_column("class");
    t.add_column("cases", TextTable::Align::Right);
    t.add_column("eta_mem", TextTable::Align::Right);
    t.add_column("eta_flop", TextTable::Align::Right);
    t.add_column("eta_prefill", TextTable::Align::Right);
    t.add_column("overheads us (step/layer/moe/expert/node)", TextTable::Align::Right);
    t.add_column("range", TextTable::Align::Right);
    t.add_column("RMS log err prior -> fit", TextTable::Align::Right);
    t.add_column("free");
    for (const auto& f : result.fitted) {
        const auto& v = f.value;
        std::string free;
        for (const auto& p : f.free_params) free += (free.empty() ? "" : " ") + p;
        t.add_row({f.key.engine, to_string(f.key.device_class), std::to_string(v.cases.size()), fixed(v.eta_mem, 3),
                   fixed(v.eta_flop, 3), fixed(v.eta_prefill, 3),
                   fixed(v.step_overhead_us, 0) + "/" + fixed(v.layer_overhead_us, 0) + "/" + fixed(v.moe_layer_overhead_us, 0) +
                       "/" + fixed(v.expert_overhead_us, 0) + "/" + fixed(v.node_overhead_us, 0),
                   fixed(v.range_low, 2) + "-" + fixed(v.range_high, 2),
                   v.cases.empty() ? "-" : fixed(f.rms_log_before, 3) + " -> " + fixed(f.rms_log_after, 3), free.empty() ? "-" : free});
    }
    out << "Calibration on " << cases_path.filename().string() << " (tier A/B rate and time cases)\n";
    t.print(out);

    if (parsed.has("--dry-run")) {
        out << "Dry run: " << engines_path.string() << " not written.\n";
        return kExitOk;
    }
    auto written = write_efficiencies(text.value(), result, priors.value());
    if (!written) return input_error(err, "calibrate", engines_path.string() + ": " + written.error().describe());
    if (auto failed = write_file_atomic(engines_path, written.value())) {
        return input_error(err, "calibrate", failed->describe());
    }
    out << "Wrote the efficiency blocks of " << engines_path.string() << "\n";
    return kExitOk;
}

}  // namespace deepplan::cli
