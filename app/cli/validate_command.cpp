#include "command_errors.h"
#include "validate_command.h"

#include "deepplan/json_text.hpp"
#include "deepplan/safe_file.hpp"

#include <cmath>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "catalog_loader.h"
#include "deepplan/calibration.hpp"
#include "deepplan/cross_validation.hpp"
#include "deepplan/validation.hpp"
#include "exit_codes.h"
#include "number_format.h"
#include "text_table.h"

namespace deepplan::cli {

namespace {

std::string percent(double fraction) { return fixed(fraction * 100.0, 0) + " %"; }

nlohmann::json summary_json(const ErrorSummary& s)
{
    return {{"n", s.n},
            {"median_abs_error", s.median_abs_error},
            {"within_25", s.within_25},
            {"within_50", s.within_50},
            {"within_factor_1_5", s.within_factor_1_5},
            {"median_ratio", s.median_ratio}};
}

nlohmann::json number_or_null(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

}  // namespace

ValidateCommand::ValidateCommand(CliContext context) : context_(std::move(context)) {}

const std::vector<OptionSpec>& ValidateCommand::options()
{
    static const std::vector<OptionSpec> specs = {
        {"--cases", "FILE", "measurements file (default: the built-in validation/measurements.csv)", false},
        {"--catalog", "DIR", "add a user catalog directory (repeatable; its entries override)", true},
        {"--no-cv", "", "skip the leave-one-source-out cross-validation (faster)", false},
        {"--fit-settings", "FILE", "the fit's bounds and shrinkage (default: the built-in validation/fit-settings.json)", false},
        {"--check", "", "exit 1 when the targets are missed (see above)", false},
        {"--json", "", "print the cases and summaries as JSON", false},
        {"--help", "", "show this help", false},
    };
    return specs;
}

std::string ValidateCommand::summary() const
{
    return "how close the planner is to published measurements";
}

std::string ValidateCommand::help() const
{
    std::ostringstream text;
    text << "Usage: deepplan-cli validate [--json] [--no-cv] [--check] [--cases FILE] [--catalog DIR]\n"
            "\n"
            "Recomputes every mapped row of the measurements file with the planner and\n"
            "prints measured, predicted and measured/predicted per case, then the median\n"
            "absolute error (|predicted/measured - 1|) and the share within 25 % and 50 %,\n"
            "overall and per class (datacenter-gpu, consumer-gpu, apple, cpu,\n"
            "hybrid-offload, multi-node). Tier C rows are shown but never fitted or\n"
            "counted. The cross-validated figures are leave-one-source-out: every row\n"
            "of one source (publication, blog, benchmark repository, issue thread) is\n"
            "held out together, the whole calibration is rerun on the other sources,\n"
            "and the held-out rows are predicted from that fit. They are reported per\n"
            "regime: dense / moe x one-device / tp-one-machine / multi-machine /\n"
            "offload x concurrency c1 / c2-16 / c17+, and their groupings.\n"
            "Ratio in the summaries = predicted / measured as speeds (times inverted):\n"
            "above 1 the plans are too optimistic.\n"
            "\n"
            "Targets (--check): in-sample >= 40 counted cases and median error <= 20 %;\n"
            "cross-validated median error <= 20 %, >= 80 % within a factor of 1.5, and\n"
            "in every regime grouping with >= 5 cases median error <= 30 % and median\n"
            "ratio within [0.8, 1.25].\n"
            "\n"
            "Options:\n"
         << describe_options(options())
         << "\n"
            "Exit status: 0 done, 1 bad input (or targets missed with --check), 2 bad usage.\n";
    return text.str();
}

namespace {

// The leave-one-source-out cross-validation on the engines' priors and the
// fit settings; on failure the error is written and its exit status returned.
std::optional<int> cross_validate(const CliContext& context, const ParsedArgs& parsed, const std::vector<ValidationCase>& cases,
                                  const Catalog& catalog, ValidationReport& report, std::ostream& err)
{
    const auto doc = read_json_file(builtin_catalog_dir(context) / "engines.json", kMaxCatalogFileBytes);
    if (!doc) return input_error(err, "validate", doc.error().describe());
    auto priors = read_priors(doc.value());
    if (!priors) return input_error(err, "validate", priors.error().describe());
    const auto settings = load_cli_fit_settings(context, parsed.value("--fit-settings"));
    if (!settings) return input_error(err, "validate", settings.error().describe());
    FitOptions fit;
    fit.settings = settings.value();
    cross_validate_by_source(report, cases, catalog, priors.value(), fit);
    return std::nullopt;
}

// Every mapped case with its measured and predicted figures (and the
// cross-validated prediction), as --json lists them.
nlohmann::json cases_json(const ValidationReport& report)
{
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t i = 0; i < report.cases.size(); ++i) {
        const auto& c = report.cases[i];
        nlohmann::json row = {{"id", c.id},
                              {"source", c.source},
                              {"regime", c.regime},
                              {"class", c.case_class},
                              {"metric", c.figure},
                              {"measured", c.measured},
                              {"predicted", number_or_null(c.predicted)},
                              {"ratio", number_or_null(c.ratio)},
                              {"tier", c.tier},
                              {"counted", c.counted},
                              {"fits", c.fits}};
        if (!c.error.empty()) row["error"] = c.error;
        if (report.cross_validated) {
            row["cv_predicted"] = number_or_null(report.cv_cases[i].predicted);
            row["cv_ratio"] = number_or_null(report.cv_cases[i].ratio);
        }
        rows.push_back(row);
    }
    return rows;
}

// The summaries overall, per class and per regime grouping.
void add_summaries(nlohmann::json& j, const ErrorSummary& overall, int n_sources, const std::map<std::string, ErrorSummary>& classes,
                   const std::map<std::string, ErrorSummary>& regimes)
{
    j["summary"] = summary_json(overall);
    j["summary"]["n_sources"] = n_sources;
    j["classes"] = nlohmann::json::object();
    for (const auto& [cls, s] : classes) j["classes"][cls] = summary_json(s);
    j["regimes"] = nlohmann::json::object();
    for (const auto& [g, s] : regimes) j["regimes"][g] = summary_json(s);
}

// validate --json: the cases, the in-sample and cross-validated summaries,
// the unmapped rows and the targets.
nlohmann::json report_json(const ValidationReport& report, const std::vector<ValidationCase>& cases,
                           const std::vector<std::string>& failures)
{
    nlohmann::json j;
    j["cases"] = cases_json(report);
    add_summaries(j, report.overall, report.n_sources, report.classes, report.regimes);
    if (report.cross_validated) {
        nlohmann::json cv;
        cv["method"] = report.cv_method;
        add_summaries(cv, report.cv_overall, report.n_sources, report.cv_classes, report.cv_regimes);
        j["cross_validation"] = cv;
    }
    j["unmapped"] = nlohmann::json::array();
    for (const auto& c : cases) {
        if (!c.mapped) j["unmapped"].push_back({{"id", c.id}, {"tier", c.tier}, {"source", c.source}, {"reason", c.note}});
    }
    j["tier_c"] = "tier C rows are listed with counted=false: never fitted, not in the summaries";
    j["targets_met"] = failures.empty();
    j["targets_missed"] = failures;
    return j;
}

// The heading and one row per case: measured, predicted, their ratio (and
// the cross-validated one), then the cases the planner could not compute.
void print_cases(const ValidationReport& report, const std::filesystem::path& cases_path, std::ostream& out)
{
    int tier_c = 0;
    for (const auto& c : report.cases) tier_c += c.tier == "C" ? 1 : 0;
    out << "Validation against published measurements (" << cases_path.filename().string() << ")\n"
        << "  " << report.cases.size() << " mapped cases (" << report.overall.n << " tier A/B counted, " << tier_c
        << " tier C shown but not counted), " << report.unmapped << " unmapped\n"
        << "  ratio = measured / predicted; error = |predicted / measured - 1|\n\n";
    TextTable t;
    for (const char* name : {"case", "tier", "class", "regime", "figure"}) t.add_column(name);
    for (const char* name : {"measured", "predicted", "ratio"}) t.add_column(name, TextTable::Align::Right);
    if (report.cross_validated) t.add_column("CV ratio", TextTable::Align::Right);
    for (std::size_t i = 0; i < report.cases.size(); ++i) {
        const auto& c = report.cases[i];
        std::string tier = c.tier;
        if (c.tier == "C") tier += " (not counted)";
        std::string ratio = c.error.empty() ? fixed(c.ratio, 2) : "error";
        if (c.error.empty() && !c.fits) ratio += " (does not fit)";
        std::vector<std::string> row = {c.id, tier, c.case_class, c.regime, c.figure, sensible(c.measured),
                                        c.error.empty() ? sensible(c.predicted) : "-", ratio};
        if (report.cross_validated) row.push_back(c.error.empty() ? fixed(report.cv_cases[i].ratio, 2) : "-");
        t.add_row(row);
    }
    t.print(out);
    for (const auto& c : report.cases) {
        if (!c.error.empty()) out << "  " << c.id << ": " << c.error << "\n";
    }
}

// Median error and the shares within 25 % and 50 %, overall and per class,
// in sample and (when run) cross-validated.
void print_class_summary(const ValidationReport& report, std::ostream& out)
{
    out << "\nSummary (tier A and B only; tier C rows are never fitted and not counted)\n";
    TextTable s;
    s.add_column("class");
    for (const char* name : {"n", "median error", "within 25 %", "within 50 %"}) s.add_column(name, TextTable::Align::Right);
    if (report.cross_validated) {
        for (const char* name : {"CV median error", "CV within 25 %", "CV within 50 %"}) s.add_column(name, TextTable::Align::Right);
    }
    auto add = [&](const std::string& name, const ErrorSummary& a, const ErrorSummary* b) {
        std::vector<std::string> row = {name, std::to_string(a.n), percent(a.median_abs_error), percent(a.within_25), percent(a.within_50)};
        if (b) {
            row.push_back(percent(b->median_abs_error));
            row.push_back(percent(b->within_25));
            row.push_back(percent(b->within_50));
        }
        s.add_row(row);
    };
    add("overall", report.overall, report.cross_validated ? &report.cv_overall : nullptr);
    for (const auto& [cls, sum] : report.classes) {
        const ErrorSummary* cv = nullptr;
        if (report.cross_validated) {
            auto it = report.cv_classes.find(cls);
            if (it != report.cv_classes.end()) cv = &it->second;
        }
        add(cls, sum, cv);
    }
    s.print(out);
}

// The cross-validated figures per regime grouping.
void print_cv_regimes(const ValidationReport& report, std::ostream& out)
{
    out << "  CV: " << report.cv_method << ", rerunning the whole calibration without every row of a source ("
        << report.n_sources << " sources)\n";
    out << "\nCross-validated per regime (" << report.cv_method
        << "; ratio = predicted / measured as speeds, above 1 too optimistic)\n";
    TextTable g;
    g.add_column("regime");
    for (const char* name : {"n", "median error", "median ratio", "within 1.5x", "within 25 %", "within 50 %"}) {
        g.add_column(name, TextTable::Align::Right);
    }
    auto grow = [&](const std::string& name, const ErrorSummary& v) {
        g.add_row({name, std::to_string(v.n), percent(v.median_abs_error), fixed(v.median_ratio, 2), percent(v.within_factor_1_5),
                   percent(v.within_25), percent(v.within_50)});
    };
    grow("overall", report.cv_overall);
    for (const auto& name : regime_groupings()) {
        auto it = report.cv_regimes.find(name);
        if (it != report.cv_regimes.end()) grow(name, it->second);
    }
    g.print(out);
}

void print_targets(const ValidationReport& report, const std::vector<std::string>& failures, std::ostream& out)
{
    if (failures.empty()) {
        out << "\nTargets met"
            << (report.cross_validated ? " (in-sample and leave-one-source-out).\n" : " (in-sample; cross-validation skipped).\n");
    } else {
        out << "\nTargets missed:\n";
        for (const auto& f : failures) out << "  " << f << "\n";
    }
}

}  // namespace

int ValidateCommand::run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    ParsedArgs parsed;
    if (const auto finished = parse_or_finish(args, options(), parsed, out, err, 0)) return *finished;
    const std::filesystem::path cases_path = cli_cases_path(context_, parsed.value("--cases"));
    if (cases_path.empty()) return usage_error(err, "validate", "--cases: needs a file name, got an empty value");

    auto catalog = load_cli_catalog(context_, parsed.values("--catalog"));
    if (!catalog) return input_error(err, "validate", catalog.error().describe());
    auto cases = read_cases(cases_path);
    if (!cases) return input_error(err, "validate", cases.error().describe());

    ValidationReport report = validate(cases.value(), catalog.value());
    if (!parsed.has("--no-cv")) {
        if (auto failed = cross_validate(context_, parsed, cases.value(), catalog.value(), report, err)) return *failed;
    }
    const auto failures = check_targets(report);
    const int status = parsed.has("--check") && !failures.empty() ? kExitBadInput : kExitOk;
    if (parsed.has("--json")) {
        out << report_json(report, cases.value(), failures).dump(2) << "\n";
        return status;
    }
    print_cases(report, cases_path, out);
    print_class_summary(report, out);
    if (report.cross_validated) print_cv_regimes(report, out);
    print_targets(report, failures, out);
    return status;
}

}  // namespace deepplan::cli
