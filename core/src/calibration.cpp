// Fitting engine efficiencies on the validation cases (MODEL.md §6, §7).
// The optimiser is a plain coordinate search: each parameter in turn is
// scanned on a coarse grid within its bounds and refined by golden-section
// search around the best grid point. The objective is smooth enough
// (a max of two linear terms plus overheads, in log space) that this is
// robust, and it needs no derivatives of the planner.

#include "deepplan/calibration.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <sstream>

#include <nlohmann/json.hpp>

namespace deepplan {

namespace {

using ojson = nlohmann::ordered_json;

constexpr int kParams = 6;
enum Param { EtaMem, EtaFlop, EtaPrefill, StepOverhead, LayerOverhead, MoeOverhead };

// Physical bounds of each parameter. Efficiencies are shares of a vendor
// peak; overheads are per decode step, so a few ms is already extreme.
constexpr std::array<double, kParams> kLow = {0.10, 0.002, 0.002, 0, 0, 0};
constexpr std::array<double, kParams> kHigh = {0.95, 0.90, 0.90, 50000, 2000, 5000};
constexpr double kOverheadScaleUs = 1000;  // prior pull on overheads: per 1 ms of difference
constexpr double kSensitive = 0.10;        // |d log prediction| under a large move that counts as "constrained"

bool is_eta(int p) { return p <= EtaPrefill; }

double get(const Efficiency& e, int p)
{
    switch (p) {
    case EtaMem: return e.eta_mem;
    case EtaFlop: return e.eta_flop;
    case EtaPrefill: return e.eta_prefill;
    case StepOverhead: return e.step_overhead_us;
    case LayerOverhead: return e.layer_overhead_us;
    default: return e.moe_layer_overhead_us;
    }
}

void set(Efficiency& e, int p, double v)
{
    switch (p) {
    case EtaMem: e.eta_mem = v; break;
    case EtaFlop: e.eta_flop = v; break;
    case EtaPrefill: e.eta_prefill = v; break;
    case StepOverhead: e.step_overhead_us = v; break;
    case LayerOverhead: e.layer_overhead_us = v; break;
    default: e.moe_layer_overhead_us = v; break;
    }
}

// Search coordinate of a value: log for efficiencies (they act as factors), linear for overheads.
double to_x(int p, double v) { return is_eta(p) ? std::log(v) : v; }
double from_x(int p, double x) { return is_eta(p) ? std::exp(x) : x; }

std::optional<DeviceClass> class_from(const std::string& s)
{
    if (s == "datacenter-gpu") return DeviceClass::DatacenterGpu;
    if (s == "consumer-gpu") return DeviceClass::ConsumerGpu;
    if (s == "apple") return DeviceClass::Apple;
    if (s == "cpu") return DeviceClass::Cpu;
    return std::nullopt;
}

std::string fmt(double v, int digits)
{
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(digits);
    s << v;
    return s.str();
}

double round_to(double v, int digits)
{
    const double f = std::pow(10.0, digits);
    return std::round(v * f) / f;
}

// A case prepared for fitting: its scenario and the blocks it uses.
struct FitCase {
    const ValidationCase* c = nullptr;
    std::vector<EfficiencyKey> uses;
    FigureKind kind = FigureKind::Rate;
};

// log(measured / predicted) of a case under the catalog as it stands.
double log_ratio(const FitCase& fc, const Catalog& catalog)
{
    PlanOptions quick;
    quick.detail = false;
    quick.find_min_nodes = false;
    auto p = plan(fc.c->scenario, catalog, quick);
    if (!p) return 10.0;  // an error here means the layout changed; treat as a very bad fit
    const double pred = figure_value(fc.c->figure, p.value(), fc.c->scenario.workload);
    if (!(pred > 0) || !std::isfinite(pred)) return 10.0;
    return std::log(fc.c->measured / pred);
}

struct BlockFit {
    EfficiencyKey key;
    std::vector<const FitCase*> cases;
};

class BlockObjective {
public:
    BlockObjective(Catalog& catalog, const BlockFit& block, const Efficiency& prior, double prior_weight)
        : catalog_(catalog), block_(block), prior_(prior), weight_(prior_weight)
    {
    }

    Efficiency& slot() { return catalog_.engines.at(block_.key.engine).efficiency.at(block_.key.device_class); }

    // Sum of squared log errors of the block's cases plus the pull to the prior.
    double operator()(const Efficiency& e, const std::vector<int>& free)
    {
        slot() = e;
        double sum = 0;
        for (const FitCase* fc : block_.cases) {
            const double l = log_ratio(*fc, catalog_);
            sum += l * l;
        }
        for (int p : free) {
            const double d = is_eta(p) ? std::log(get(e, p) / get(prior_, p)) : (get(e, p) - get(prior_, p)) / kOverheadScaleUs;
            sum += weight_ * d * d;
        }
        return sum;
    }

    double rms(const Efficiency& e)
    {
        slot() = e;
        if (block_.cases.empty()) return 0;
        double sum = 0;
        for (const FitCase* fc : block_.cases) {
            const double l = log_ratio(*fc, catalog_);
            sum += l * l;
        }
        return std::sqrt(sum / static_cast<double>(block_.cases.size()));
    }

    // Largest |change of log prediction| over `cases` when parameter p moves
    // by a large step either way (x1.5, x0.3 and x0.05 for efficiencies, +/-300 us or
    // more for overheads): a parameter that only matters far from its prior
    // (a prefill that turns compute-bound at a low efficiency) still counts.
    double sensitivity(const Efficiency& e, int p, const std::vector<const FitCase*>& cases)
    {
        const double v = get(e, p);
        std::vector<double> moves;
        if (is_eta(p)) {
            moves = {std::min(kHigh[static_cast<std::size_t>(p)], v * 1.5), std::max(kLow[static_cast<std::size_t>(p)], v * 0.3),
                     std::max(kLow[static_cast<std::size_t>(p)], v * 0.05)};
        } else {
            moves = {v + std::max(300.0, 0.5 * v), std::max(0.0, v - std::max(300.0, 0.5 * v))};
        }
        double worst = 0;
        for (const FitCase* fc : cases) {
            slot() = e;
            const double a = log_ratio(*fc, catalog_);
            for (double m : moves) {
                Efficiency moved = e;
                set(moved, p, m);
                slot() = moved;
                worst = std::max(worst, std::abs(a - log_ratio(*fc, catalog_)));
            }
        }
        slot() = e;
        return worst;
    }

private:
    Catalog& catalog_;
    const BlockFit& block_;
    Efficiency prior_;
    double weight_;
};

// Minimises f along one coordinate within [lo, hi]: a 9-point grid, then
// golden-section search in the bracket around the best grid point.
template <class F>
double line_search(F&& f, double lo, double hi, double current)
{
    constexpr int kGrid = 9;
    double best_x = current;
    double best_f = f(current);
    const double step = (hi - lo) / (kGrid - 1);
    for (int i = 0; i < kGrid; ++i) {
        const double x = lo + step * i;
        const double v = f(x);
        if (v < best_f) {
            best_f = v;
            best_x = x;
        }
    }
    double a = std::max(lo, best_x - step);
    double b = std::min(hi, best_x + step);
    const double g = (std::sqrt(5.0) - 1.0) / 2.0;
    double c = b - g * (b - a);
    double d = a + g * (b - a);
    double fc = f(c);
    double fd = f(d);
    for (int it = 0; it < 24; ++it) {
        if (fc < fd) {
            b = d;
            d = c;
            fd = fc;
            c = b - g * (b - a);
            fc = f(c);
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + g * (b - a);
            fd = f(d);
        }
    }
    const double x = (a + b) / 2.0;
    const double fx = f(x);
    return fx < best_f ? x : best_x;
}

// Free parameters of a block. Decode cases (per-stream, aggregate, TPOT)
// may free eta_mem, eta_flop and at most one overhead (the one the prior
// relies on), never more than the decode cases can pin down (cases - 1, at
// least 1); prefill cases (prefill rate, TTFT) may free eta_prefill; an
// end-to-end latency counts for both. Only parameters the family's cases are
// sensitive to are freed, most sensitive first.
std::vector<int> choose_free(BlockObjective& obj, const Efficiency& prior, const std::vector<const FitCase*>& cases)
{
    std::vector<const FitCase*> decode;
    std::vector<const FitCase*> prefill;
    for (const FitCase* fc : cases) {
        const std::string& f = fc->c->figure;
        const bool is_prefill = f.rfind("prefill.", 0) == 0;
        const bool both = f == "latency.end_to_end_s";
        if (!is_prefill || both) decode.push_back(fc);
        if (is_prefill || both) prefill.push_back(fc);
    }
    int overhead = LayerOverhead;
    double biggest = -1;
    for (int p : {StepOverhead, LayerOverhead, MoeOverhead}) {
        if (get(prior, p) > biggest) {
            biggest = get(prior, p);
            overhead = p;
        }
    }
    std::vector<int> free;
    if (!decode.empty()) {
        std::vector<std::pair<double, int>> sens;
        for (int p : {static_cast<int>(EtaMem), static_cast<int>(EtaFlop), overhead}) {
            const double s = obj.sensitivity(prior, p, decode);
            if (s > kSensitive) sens.emplace_back(s, p);
        }
        std::stable_sort(sens.begin(), sens.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
        const std::size_t cap = std::max<std::size_t>(1, decode.size() - 1);
        for (std::size_t i = 0; i < sens.size() && i < cap; ++i) free.push_back(sens[i].second);
    }
    if (!prefill.empty() && obj.sensitivity(prior, EtaPrefill, prefill) > kSensitive) free.push_back(EtaPrefill);
    std::sort(free.begin(), free.end());
    return free;
}

Efficiency fit_block(BlockObjective& obj, const Efficiency& prior, const std::vector<int>& free, int max_sweeps)
{
    Efficiency e = prior;
    double current = obj(e, free);
    for (int sweep = 0; sweep < max_sweeps; ++sweep) {
        const double before = current;
        for (int p : free) {
            auto along = [&](double x) {
                Efficiency t = e;
                set(t, p, from_x(p, x));
                return obj(t, free);
            };
            const double x = line_search(along, to_x(p, kLow[static_cast<std::size_t>(p)]),
                                         to_x(p, kHigh[static_cast<std::size_t>(p)]), to_x(p, get(e, p)));
            set(e, p, from_x(p, x));
            current = obj(e, free);
        }
        if (before - current < 1e-9) break;
    }
    // Stored values are rounded; the fit is reported at the rounded values.
    for (int p = 0; p < kParams; ++p) set(e, p, is_eta(p) ? round_to(get(e, p), 4) : round_to(get(e, p), 1));
    return e;
}

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const double pos = q * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const auto hi = std::min(v.size() - 1, lo + 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - static_cast<double>(lo));
}

std::vector<FitCase> prepare(const std::vector<ValidationCase>& cases, const Catalog& catalog, const std::set<std::string>& exclude)
{
    std::vector<FitCase> out;
    for (const auto& c : cases) {
        if (!c.counted() || exclude.count(c.id)) continue;
        const auto kind = figure_kind(c.figure);
        if (!kind || *kind == FigureKind::Memory) continue;
        const CasePrediction p = predict_case(c, catalog);
        if (!p.error.empty() || !p.counted) continue;
        out.push_back({&c, p.uses, *kind});
    }
    return out;
}

const Efficiency& prior_of(const EfficiencyPriors& priors, const EfficiencyKey& k, const Catalog& catalog)
{
    auto it = priors.find(k);
    if (it != priors.end()) return it->second;
    return catalog.engines.at(k.engine).efficiency.at(k.device_class);
}

Efficiency parse_prior_fields(const nlohmann::json& j, const std::string& path)
{
    Efficiency e;
    auto num = [&](const char* key, double fallback, double lo, double hi) {
        if (!j.contains(key)) return fallback;
        const auto& v = j.at(key);
        if (!v.is_number()) throw InputError(path + "." + key, "must be a number");
        const double d = v.get<double>();
        if (!std::isfinite(d) || d < lo || d > hi) throw InputError(path + "." + key, "is out of range");
        return d;
    };
    e.eta_mem = num("eta_mem", 0.5, 1e-3, 1.0);
    e.eta_flop = num("eta_flop", 0.4, 1e-4, 1.0);
    e.eta_prefill = num("eta_prefill", 0.4, 1e-4, 1.0);
    e.step_overhead_us = num("step_overhead_us", 0, 0, 1e7);
    e.layer_overhead_us = num("layer_overhead_us", 0, 0, 1e7);
    e.moe_layer_overhead_us = num("moe_layer_overhead_us", 0, 0, 1e7);
    return e;
}

}  // namespace

const std::vector<std::string>& efficiency_parameter_names()
{
    static const std::vector<std::string> names = {"eta_mem", "eta_flop", "eta_prefill", "step_overhead_us",
                                                   "layer_overhead_us", "moe_layer_overhead_us"};
    return names;
}

Result<EfficiencyPriors> read_priors(const nlohmann::json& doc)
{
    EfficiencyPriors priors;
    try {
        if (!doc.is_object() || !doc.contains("entries") || !doc.at("entries").is_array()) {
            return Error{"engines", "has no entries array"};
        }
        const auto& entries = doc.at("entries");
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const auto& e = entries[i];
            const std::string path = "engines[" + std::to_string(i) + "]";
            if (!e.is_object() || !e.contains("id") || !e.at("id").is_string()) return Error{path + ".id", "must be a string"};
            if (!e.contains("efficiency") || !e.at("efficiency").is_object()) continue;
            for (const auto& [cls, block] : e.at("efficiency").items()) {
                const auto dc = class_from(cls);
                const std::string bpath = path + ".efficiency." + cls;
                if (!dc) return Error{bpath, "unknown device class"};
                if (!block.is_object()) return Error{bpath, "must be an object"};
                const bool has_prior = block.contains("prior");
                if (has_prior && !block.at("prior").is_object()) return Error{bpath + ".prior", "must be an object"};
                priors[{e.at("id").get<std::string>(), *dc}] =
                    parse_prior_fields(has_prior ? block.at("prior") : block, has_prior ? bpath + ".prior" : bpath);
            }
        }
    } catch (const InputError& err) {
        return err.error();
    }
    return priors;
}

CalibrationResult calibrate(const std::vector<ValidationCase>& cases, const Catalog& catalog, const EfficiencyPriors& priors,
                            const FitOptions& options)
{
    CalibrationResult result;
    result.catalog = catalog;
    Catalog& work = result.catalog;
    const std::vector<FitCase> fit_cases = prepare(cases, catalog, options.exclude);

    // Blocks: every (engine, class) of the catalog, or only the chosen ones.
    std::vector<BlockFit> blocks;
    for (const auto& [id, eng] : catalog.engines) {
        for (const auto& [dc, eff] : eng.efficiency) {
            EfficiencyKey k{id, dc};
            if (!options.only.empty() && !options.only.count(k)) continue;
            BlockFit b;
            b.key = k;
            for (const auto& fc : fit_cases) {
                if (std::find(fc.uses.begin(), fc.uses.end(), k) != fc.uses.end()) b.cases.push_back(&fc);
            }
            blocks.push_back(std::move(b));
        }
    }
    // Start every fitted block from its prior.
    for (const auto& b : blocks) {
        const Efficiency& prior = prior_of(priors, b.key, catalog);
        Efficiency& slot = work.engines.at(b.key.engine).efficiency.at(b.key.device_class);
        for (int p = 0; p < kParams; ++p) set(slot, p, get(prior, p));
    }

    std::map<EfficiencyKey, std::vector<int>> free_of;
    std::map<EfficiencyKey, double> rms_before;
    for (const auto& b : blocks) {
        BlockObjective obj(work, b, prior_of(priors, b.key, catalog), options.prior_weight);
        const Efficiency start = obj.slot();
        free_of[b.key] = choose_free(obj, start, b.cases);
        rms_before[b.key] = obj.rms(start);
    }
    for (int pass = 0; pass < options.outer_passes; ++pass) {
        for (const auto& b : blocks) {
            const auto& free = free_of[b.key];
            if (free.empty()) continue;
            const Efficiency& prior = prior_of(priors, b.key, catalog);
            BlockObjective obj(work, b, prior, options.prior_weight);
            // Each pass restarts from the prior so the result does not depend on the pass order's history.
            Efficiency start = obj.slot();
            for (int p = 0; p < kParams; ++p) set(start, p, get(prior, p));
            obj.slot() = start;
            obj.slot() = fit_block(obj, start, free, options.max_sweeps);
        }
    }

    // Ranges: 10th/90th percentile of measured/predicted (as speeds) of the
    // block's cases, or of every case on the same device class when too few.
    std::map<EfficiencyKey, std::vector<double>> own;
    std::map<DeviceClass, std::vector<double>> pooled;
    std::vector<double> all;
    for (const auto& fc : fit_cases) {
        const double l = log_ratio(fc, work);
        const double speed = std::exp(fc.kind == FigureKind::Time ? -l : l);
        all.push_back(speed);
        std::set<DeviceClass> classes;
        for (const auto& k : fc.uses) {
            own[k].push_back(speed);
            classes.insert(k.device_class);
        }
        for (auto dc : classes) pooled[dc].push_back(speed);
    }
    for (const auto& b : blocks) {
        FittedEfficiency f;
        f.key = b.key;
        Efficiency& slot = work.engines.at(b.key.engine).efficiency.at(b.key.device_class);
        f.free_params.clear();
        for (int p : free_of[b.key]) f.free_params.push_back(efficiency_parameter_names()[static_cast<std::size_t>(p)]);
        BlockObjective obj(work, b, prior_of(priors, b.key, catalog), options.prior_weight);
        const Efficiency fitted = slot;
        f.rms_log_before = rms_before[b.key];
        f.rms_log_after = obj.rms(fitted);
        slot = fitted;
        const std::vector<double>* src = nullptr;
        if (own[b.key].size() >= static_cast<std::size_t>(options.min_range_cases)) {
            src = &own[b.key];
            f.range_source = "own cases";
        } else if (pooled[b.key.device_class].size() >= static_cast<std::size_t>(options.min_range_cases)) {
            src = &pooled[b.key.device_class];
            f.range_source = std::string("pooled ") + to_string(b.key.device_class) + " cases";
        } else if (!all.empty()) {
            src = &all;
            f.range_source = "all cases";
        }
        if (src) {
            slot.range_low = std::clamp(round_to(percentile(*src, 0.10), 3), 0.01, 1.0);
            slot.range_high = std::clamp(round_to(percentile(*src, 0.90), 3), 1.0, 100.0);
        }
        slot.cases.clear();
        for (const FitCase* fc : b.cases) slot.cases.push_back(fc->c->id);
        std::string note;
        if (b.cases.empty()) {
            note = "no calibration case: prior kept";
        } else {
            note = "fitted on " + std::to_string(b.cases.size()) + (b.cases.size() == 1 ? " case" : " cases");
            if (f.free_params.empty()) {
                note += "; none of its parameters moves them, prior kept";
            } else {
                note += " (free:";
                for (const auto& n : f.free_params) note += " " + n;
                note += ")";
            }
            if (b.cases.size() == 1) note += "; only one case supports these values";
            note += "; RMS log error " + fmt(f.rms_log_before, 3) + " at the prior, " + fmt(f.rms_log_after, 3) + " fitted";
        }
        note += "; range from " + (f.range_source.empty() ? std::string("defaults") : f.range_source);
        slot.note = note;
        f.value = slot;
        result.fitted.push_back(std::move(f));
    }
    return result;
}

void cross_validate(ValidationReport& report, const std::vector<ValidationCase>& cases, const Catalog& fitted_catalog,
                    const EfficiencyPriors& priors, const FitOptions& options)
{
    report.cv_cases = report.cases;
    report.cv_method = "leave-one-out";
    for (auto& p : report.cv_cases) {
        if (!p.counted || p.kind == FigureKind::Memory || p.uses.empty()) continue;
        auto it = std::find_if(cases.begin(), cases.end(), [&](const ValidationCase& c) { return c.id == p.id; });
        if (it == cases.end()) continue;
        FitOptions o = options;
        o.exclude = options.exclude;
        o.exclude.insert(p.id);
        o.only = std::set<EfficiencyKey>(p.uses.begin(), p.uses.end());
        const CalibrationResult refit = calibrate(cases, fitted_catalog, priors, o);
        const CasePrediction q = predict_case(*it, refit.catalog);
        p.predicted = q.predicted;
        p.ratio = q.ratio;
        p.counted = q.counted;
    }
    report.cv_overall = summarize(report.cv_cases);
    report.cv_classes.clear();
    for (const auto& cls : case_class_names()) {
        auto s = summarize(report.cv_cases, cls);
        if (s.n > 0) report.cv_classes[cls] = s;
    }
    report.cross_validated = true;
}

Result<std::string> write_efficiencies(const std::string& text, const CalibrationResult& result, const EfficiencyPriors& priors)
{
    ojson doc;
    try {
        doc = ojson::parse(text);
    } catch (const std::exception& e) {
        return Error{"engines.json", std::string("is not valid JSON: ") + e.what()};
    }
    if (!doc.is_object() || !doc.contains("entries") || !doc["entries"].is_array()) {
        return Error{"engines.json", "has no entries array"};
    }
    for (const auto& f : result.fitted) {
        bool found = false;
        for (auto& entry : doc["entries"]) {
            if (!entry.is_object() || entry.value("id", "") != f.key.engine) continue;
            const std::string cls = to_string(f.key.device_class);
            if (!entry.contains("efficiency") || !entry["efficiency"].contains(cls)) continue;
            const Efficiency& v = f.value;
            const Efficiency& prior = prior_of(priors, f.key, result.catalog);
            ojson block;
            block["eta_mem"] = v.eta_mem;
            block["eta_flop"] = v.eta_flop;
            block["eta_prefill"] = v.eta_prefill;
            block["step_overhead_us"] = v.step_overhead_us;
            block["layer_overhead_us"] = v.layer_overhead_us;
            block["moe_layer_overhead_us"] = v.moe_layer_overhead_us;
            block["range_low"] = v.range_low;
            block["range_high"] = v.range_high;
            block["cases"] = v.cases;
            block["note"] = v.note;
            ojson pj;
            pj["eta_mem"] = prior.eta_mem;
            pj["eta_flop"] = prior.eta_flop;
            pj["eta_prefill"] = prior.eta_prefill;
            pj["step_overhead_us"] = prior.step_overhead_us;
            pj["layer_overhead_us"] = prior.layer_overhead_us;
            pj["moe_layer_overhead_us"] = prior.moe_layer_overhead_us;
            block["prior"] = pj;
            entry["efficiency"][cls] = block;
            found = true;
        }
        if (!found) {
            return Error{"engines.json", "has no efficiency block " + std::string(to_string(f.key.device_class)) + " for engine \"" +
                                             f.key.engine + "\""};
        }
    }
    std::string out = doc.dump(2);
    if (!text.empty() && text.back() == '\n') out += '\n';
    return out;
}

}  // namespace deepplan
