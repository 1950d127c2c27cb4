// Fitting engine efficiencies on the validation cases (MODEL.md §6, §7).
// The fitted quantities are shared factors on physically argued priors (see
// FactorModel below). The optimiser is a plain coordinate search: each
// factor in turn is scanned on a coarse grid within its bounds and refined
// by golden-section search around the best grid point. The objective is smooth enough
// (a max of two linear terms plus overheads, in log space) that this is
// robust, and it needs no derivatives of the planner.

#include "deepplan/calibration.hpp"

#include "engine/efficiency_params.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <limits>
#include <sstream>
#include <mutex>
#include <thread>

#include <nlohmann/json.hpp>

namespace deepplan {

namespace {

using ojson = nlohmann::ordered_json;

using efficiency::kParams;
constexpr std::size_t kParamCount = kParams.size();
constexpr double kOverheadScaleUs = 1000;  // prior pull on overheads: per 1 ms of difference
constexpr double kSensitive = 0.10;        // |d log prediction| under a large move that counts as "constrained"

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
        if (!c.fitted() || exclude.count(c.id)) continue;
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
    for (const auto& p : kParams) e.*p.member = num(p.json, e.*p.member, p.parse_min, p.parse_max);
    return e;
}


// --- The shared-factor model (MODEL.md §7) ---------------------------------
//
// Every block's value is its prior scaled by factors, so that each factor is
// supported by as many cases as physics allows:
//   eta_x     = prior.eta_x     * exp(class_x  + engine_x)   (x = mem, flop, prefill)
//   overheads = prior.overheads * exp(class_oh + engine_oh)
//   node_overhead = prior.node_overhead * exp(class_node + engine_node)
// The achievable share of memory bandwidth and of peak FLOP/s is a property
// of the device class's memory system and tensor units, so `class_x` is one
// factor per (device class, parameter) shared by every engine on that class
// (blocks without cases of their own get it too). An engine gets its own
// `engine_x` only where at least kMinEngineEtaCases of its own cases respond
// to that parameter. Engine differences that physics explains (a CPU kernel
// without AMX reaches a few percent of an AMX peak) are in the priors, which
// say where they come from. Per-step overheads are the engine's software:
// `engine_oh` per (engine, class), pulled towards the class-wide factor
// (i.e. 0) strongly while the block has fewer than kMinOwnOverheadCases.
// The per-machine coordination cost of a multi-machine replica is a factor of
// its own (`node_overhead`): only multi-machine cases respond to it, so the
// single-machine overheads are not pulled up by them.

// One slot per share parameter (in table order), then the overheads, then the node overhead.
constexpr int count_shares()
{
    int n = 0;
    for (const auto& p : kParams) n += p.kind == efficiency::Kind::Share ? 1 : 0;
    return n;
}
constexpr int kSlots = count_shares() + 3;
constexpr int SlotOverhead = kSlots - 3;
constexpr int SlotMoe = kSlots - 2;
constexpr int SlotNode = kSlots - 1;
constexpr std::size_t slot_of(std::size_t param)
{
    std::size_t share = 0;
    for (std::size_t i = 0; i < param; ++i) share += kParams[i].kind == efficiency::Kind::Share ? 1U : 0U;
    switch (kParams[param].kind) {
    case efficiency::Kind::Share: return share;
    case efficiency::Kind::PassOverhead: return static_cast<std::size_t>(SlotOverhead);
    case efficiency::Kind::MoeOverhead: return static_cast<std::size_t>(SlotMoe);
    case efficiency::Kind::NodeOverhead: return static_cast<std::size_t>(SlotNode);
    }
    return static_cast<std::size_t>(SlotNode);
}
constexpr std::array<const char*, kSlots> kSlotNames = [] {
    std::array<const char*, kSlots> names{};
    for (std::size_t i = 0; i < kParamCount; ++i)
        if (kParams[i].kind == efficiency::Kind::Share) names[slot_of(i)] = kParams[i].json;
    names[static_cast<std::size_t>(SlotOverhead)] = "overheads";
    names[static_cast<std::size_t>(SlotMoe)] = "moe_overheads";
    names[static_cast<std::size_t>(SlotNode)] = "node_overhead";
    return names;
}();
bool is_overhead_slot(int s) { return s == SlotOverhead || s == SlotMoe || s == SlotNode; }
constexpr int kMinEngineEtaCases = 3;     // own responsive cases before an engine gets its own eta factor
constexpr int kMinOwnOverheadCases = 3;   // below this, the engine's overhead factor is shrunk towards the class
constexpr double kEngineEtaShrink = 0.1;  // pull of log(engine eta factor)^2 (the class factor is the prior)
constexpr double kSmallBlockShrink = 1.0; // pull of log(engine overhead factor)^2 with < kMinOwnOverheadCases cases: the class weighs as one case
constexpr double kFactorLow = -4.0;       // log factor bounds: x0.018 .. x20 (values are clamped to the fit bounds too)
constexpr double kFactorHigh = 3.0;

// Lowest share of peak memory bandwidth a decode kernel streaming weights
// plausibly reaches. GPUs and Apple silicon: 0.4 (vLLM, SGLang, llama.cpp
// and MLX decode reach 0.55-0.85 on HBM, GDDR and unified memory in every
// published roofline we found); anything slower is launch, synchronisation
// or communication time, which the overheads and the link model carry, not
// the memory system. CPUs: 0.15 (NUMA and thread scaling can halve a
// socket's STREAM figure). Without this floor, a case slowed by overheads
// could drag a whole class's eta_mem to 0.1.
double min_eta_mem(DeviceClass dc) { return dc == DeviceClass::Cpu ? 0.15 : 0.40; }

struct Group {
    int slot = 0;
    DeviceClass dc = DeviceClass::DatacenterGpu;
    std::string engine;                 ///< empty: the class-wide factor
    double x = 0;                       ///< log factor
    double weight = 0;                  ///< pull of x^2 towards 0 (the prior)
    bool free = false;
    int responsive = 0;                 ///< cases whose prediction moves under a large change of the factor
    std::vector<EfficiencyKey> blocks;  ///< blocks it scales
    std::vector<const FitCase*> cases;  ///< cases whose plans use one of those blocks
};

class FactorModel {
public:
    FactorModel(Catalog& work, const Catalog& base, const EfficiencyPriors& priors, const std::vector<FitCase>& fit_cases)
        : work_(work), base_(base), priors_(priors)
    {
        // Class-wide groups first (fit order), then engine groups, in catalog order.
        std::map<DeviceClass, std::vector<EfficiencyKey>> by_class;
        for (const auto& [id, eng] : base.engines) {
            for (const auto& [dc, eff] : eng.efficiency) by_class[dc].push_back({id, dc});
        }
        for (const auto& [dc, keys] : by_class) {
            for (int s = 0; s < kSlots; ++s) {
                Group g;
                g.slot = s;
                g.dc = dc;
                g.blocks = keys;
                add(std::move(g), fit_cases);
            }
        }
        for (const auto& [dc, keys] : by_class) {
            for (const auto& k : keys) {
                for (int s = 0; s < kSlots; ++s) {
                    Group g;
                    g.slot = s;
                    g.dc = dc;
                    g.engine = k.engine;
                    g.blocks = {k};
                    add(std::move(g), fit_cases);
                }
            }
        }
        for (const auto& [dc, keys] : by_class) {
            for (const auto& k : keys) apply(k);
        }
    }

    std::vector<Group>& groups() { return groups_; }

    const Efficiency& prior(const EfficiencyKey& k) const { return prior_of(priors_, k, base_); }

    /// Writes a block's value (prior x factors) into the working catalog.
    void apply(const EfficiencyKey& k)
    {
        const Efficiency& pr = prior(k);
        std::array<double, kSlots> x{};
        for (int s = 0; s < kSlots; ++s) {
            for (int gi : of_block_[k][static_cast<std::size_t>(s)]) x[static_cast<std::size_t>(s)] += groups_[static_cast<std::size_t>(gi)].x;
        }
        Efficiency& e = work_.engines.at(k.engine).efficiency.at(k.device_class);
        for (std::size_t i = 0; i < kParamCount; ++i) {
            const auto& p = kParams[i];
            const double prior_value = pr.*p.member;
            const double scaled = prior_value * std::exp(x[slot_of(i)]);
            if (p.kind == efficiency::Kind::Share) {
                const double lo = p.member == &Efficiency::eta_mem ? min_eta_mem(k.device_class) : p.fit_low;
                e.*p.member = std::clamp(scaled, std::min(lo, prior_value), p.fit_high);
            } else {
                e.*p.member = std::min(p.fit_high, scaled);
            }
        }
    }

    void set_x(Group& g, double x)
    {
        g.x = x;
        for (const auto& k : g.blocks) apply(k);
    }

    double sse(const std::vector<const FitCase*>& cases) const
    {
        double sum = 0;
        for (const FitCase* fc : cases) {
            const double l = log_ratio(*fc, work_);
            sum += l * l;
        }
        return sum;
    }

    /// Counts the group's cases whose log prediction moves by more than
    /// kSensitive when the factor moves a long way (x1.5, x0.3, x0.05 for an
    /// efficiency; x4 and x0.1 for overheads): a prefill that turns
    /// compute-bound only at a low efficiency still counts.
    int count_responsive(Group& g)
    {
        const std::vector<double> moves = is_overhead_slot(g.slot) ? std::vector<double>{std::log(4.0), std::log(0.1)}
                                                                 : std::vector<double>{std::log(1.5), std::log(0.3), std::log(0.05)};
        const double x0 = g.x;
        int n = 0;
        for (const FitCase* fc : g.cases) {
            set_x(g, x0);
            const double a = log_ratio(*fc, work_);
            double worst = 0;
            for (double m : moves) {
                set_x(g, x0 + m);
                worst = std::max(worst, std::abs(a - log_ratio(*fc, work_)));
            }
            if (worst > kSensitive) ++n;
        }
        set_x(g, x0);
        return n;
    }

private:
    void add(Group g, const std::vector<FitCase>& fit_cases)
    {
        for (const auto& fc : fit_cases) {
            const bool uses = std::any_of(g.blocks.begin(), g.blocks.end(), [&](const EfficiencyKey& k) {
                return std::find(fc.uses.begin(), fc.uses.end(), k) != fc.uses.end();
            });
            if (uses) g.cases.push_back(&fc);
        }
        const int index = static_cast<int>(groups_.size());
        for (const auto& k : g.blocks) of_block_[k][static_cast<std::size_t>(g.slot)].push_back(index);
        groups_.push_back(std::move(g));
    }

    Catalog& work_;
    const Catalog& base_;
    const EfficiencyPriors& priors_;
    std::vector<Group> groups_;
    std::map<EfficiencyKey, std::array<std::vector<int>, kSlots>> of_block_;
};

std::string factor_text(double x) { return "x" + fmt(std::exp(x), 2); }

}  // namespace

const std::vector<std::string>& efficiency_parameter_names()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& p : kParams) out.emplace_back(p.json);
        return out;
    }();
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
                const auto dc = device_class_from_string(cls);
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
    FactorModel model(work, catalog, priors, fit_cases);
    auto& groups = model.groups();

    // Own cases of each block.
    std::map<EfficiencyKey, std::vector<const FitCase*>> own;
    for (const auto& fc : fit_cases) {
        for (const auto& k : fc.uses) own[k].push_back(&fc);
    }
    std::map<EfficiencyKey, double> rms_before;
    auto rms = [&](const EfficiencyKey& k) {
        const auto& v = own[k];
        return v.empty() ? 0.0 : std::sqrt(model.sse(v) / static_cast<double>(v.size()));
    };
    for (const auto& [k, v] : own) rms_before[k] = rms(k);

    // Which factors the cases can pin down, decided at the priors.
    for (auto& g : groups) {
        if (g.cases.empty()) continue;
        g.responsive = model.count_responsive(g);
        if (g.engine.empty()) {
            g.free = g.responsive >= 1;
            g.weight = options.prior_weight;
        } else if (is_overhead_slot(g.slot)) {
            g.free = g.responsive >= 1;
            g.weight = g.responsive < kMinOwnOverheadCases ? kSmallBlockShrink : options.prior_weight;
        } else {
            g.free = g.responsive >= kMinEngineEtaCases;
            g.weight = kEngineEtaShrink;
        }
    }

    // Coordinate search over the free factors, all starting at 0 (the priors).
    auto total = [&] {
        double sum = 0;
        for (const auto& fc : fit_cases) {
            const double l = log_ratio(fc, work);
            sum += l * l;
        }
        for (const auto& g : groups) sum += g.free ? g.weight * g.x * g.x : 0.0;
        return sum;
    };
    double current = total();
    for (int sweep = 0; sweep < options.max_sweeps; ++sweep) {
        const double before = current;
        for (auto& g : groups) {
            if (!g.free) continue;
            auto along = [&](double x) {
                model.set_x(g, x);
                return model.sse(g.cases) + g.weight * x * x;
            };
            const double x = line_search(along, kFactorLow, kFactorHigh, g.x);
            model.set_x(g, round_to(x, 4));
        }
        current = total();
        if (before - current < 1e-7) break;
    }
    // Stored values are rounded; everything below is reported at the rounded values.
    for (const auto& [id, eng] : catalog.engines) {
        for (const auto& [dc, eff] : eng.efficiency) {
            Efficiency& e = work.engines.at(id).efficiency.at(dc);
            for (const auto& p : kParams) e.*p.member = round_to(e.*p.member, p.kind == efficiency::Kind::Share ? 4 : 1);
        }
    }

    // Ranges: 10th/90th percentile of measured/predicted (as speeds) of the
    // block's cases, or of every case on the same device class when too few.
    std::map<DeviceClass, std::vector<double>> pooled;
    std::map<EfficiencyKey, std::vector<double>> own_speed;
    std::vector<double> all;
    for (const auto& fc : fit_cases) {
        const double l = log_ratio(fc, work);
        const double speed = std::exp(fc.kind == FigureKind::Time ? -l : l);
        all.push_back(speed);
        std::set<DeviceClass> classes;
        for (const auto& k : fc.uses) {
            own_speed[k].push_back(speed);
            classes.insert(k.device_class);
        }
        for (auto dc : classes) pooled[dc].push_back(speed);
    }

    for (const auto& [id, eng] : catalog.engines) {
        for (const auto& [dc, eff] : eng.efficiency) {
            const EfficiencyKey key{id, dc};
            FittedEfficiency f;
            f.key = key;
            Efficiency& slot = work.engines.at(id).efficiency.at(dc);
            const auto& mine = own[key];
            const std::size_t n_own = mine.size();
            f.rms_log_before = rms_before[key];
            f.rms_log_after = rms(key);

            // Cases that informed the values: its own, and those of the class-wide factors it takes.
            std::set<const FitCase*> informed(mine.begin(), mine.end());
            std::string class_part;
            std::string engine_part;
            std::set<std::string> class_engines;
            std::size_t class_cases = 0;
            for (const auto& g : groups) {
                if (!g.free || g.dc != dc) continue;
                if (g.engine.empty()) {
                    informed.insert(g.cases.begin(), g.cases.end());
                    class_part += std::string(class_part.empty() ? "" : ", ") + kSlotNames[static_cast<std::size_t>(g.slot)] + " " +
                                  factor_text(g.x);
                    class_cases = std::max(class_cases, g.cases.size());
                    for (const FitCase* fc : g.cases) {
                        for (const auto& k : fc->uses) {
                            if (k.device_class == dc) class_engines.insert(k.engine);
                        }
                    }
                    f.free_params.push_back(std::string(kSlotNames[static_cast<std::size_t>(g.slot)]) + " (class)");
                } else if (g.engine == id) {
                    engine_part += std::string(engine_part.empty() ? "" : ", ") + kSlotNames[static_cast<std::size_t>(g.slot)] + " " +
                                   factor_text(g.x) + " on " + std::to_string(g.responsive) + (g.responsive == 1 ? " responsive case" : " responsive cases");
                    if (is_overhead_slot(g.slot) && g.responsive < kMinOwnOverheadCases) engine_part += " (shrunk towards the class)";
                    f.free_params.push_back(std::string(kSlotNames[static_cast<std::size_t>(g.slot)]) + " (engine)");
                }
            }
            const std::vector<double>* src = nullptr;
            if (own_speed[key].size() >= static_cast<std::size_t>(options.min_range_cases)) {
                src = &own_speed[key];
                f.range_source = "own cases";
            } else if (pooled[dc].size() >= static_cast<std::size_t>(options.min_range_cases)) {
                src = &pooled[dc];
                f.range_source = std::string("pooled ") + to_string(dc) + " cases";
            } else if (!all.empty()) {
                src = &all;
                f.range_source = "all cases";
            }
            if (src) {
                slot.range_low = std::clamp(round_to(percentile(*src, 0.10), 3), 0.01, 1.0);
                slot.range_high = std::clamp(round_to(percentile(*src, 0.90), 3), 1.0, 100.0);
            }
            slot.cases.clear();
            for (const auto& fc : fit_cases) {
                if (informed.count(&fc)) slot.cases.push_back(fc.c->id);
            }
            std::string note = "prior x factors";
            if (class_part.empty()) {
                note += "; no class-wide factor (no " + std::string(to_string(dc)) + " case)";
            } else {
                note += "; class-wide " + std::string(to_string(dc)) + " factors pooled over " + std::to_string(class_cases) +
                        " cases of";
                for (const auto& e : class_engines) note += " " + e;
                note += ": " + class_part;
            }
            if (!engine_part.empty()) note += "; engine factors: " + engine_part;
            if (n_own == 0) {
                note += "; no case of its own";
            } else {
                note += "; " + std::to_string(n_own) + (n_own == 1 ? " own case" : " own cases") + ", RMS log error " +
                        fmt(f.rms_log_before, 3) + " at the prior, " + fmt(f.rms_log_after, 3) + " fitted";
            }
            if (slot.cases.size() == 1) note += "; only one case supports these values";
            note += "; range from " + (f.range_source.empty() ? std::string("defaults") : f.range_source);
            slot.note = note;
            f.value = slot;
            result.fitted.push_back(std::move(f));
        }
    }
    return result;
}

void cross_validate(ValidationReport& report, const std::vector<ValidationCase>& cases, const Catalog& fitted_catalog,
                    const EfficiencyPriors& priors, const FitOptions& options)
{
    report.cv_cases = report.cases;
    report.cv_method = "leave-one-out";
    // Each held-out case reruns the whole fit (every factor, the choice of
    // free factors included) without it; cases are independent, so they are
    // spread over a few threads (each with its own catalog copy).
    std::vector<std::size_t> todo;
    for (std::size_t i = 0; i < report.cv_cases.size(); ++i) {
        const auto& p = report.cv_cases[i];
        if (!p.counted || p.kind == FigureKind::Memory || p.uses.empty()) continue;
        todo.push_back(i);
    }
    auto run = [&](std::size_t i) {
        auto& p = report.cv_cases[i];
        auto it = std::find_if(cases.begin(), cases.end(), [&](const ValidationCase& c) { return c.id == p.id; });
        if (it == cases.end()) return;
        FitOptions o = options;
        o.exclude.insert(p.id);
        const CalibrationResult refit = calibrate(cases, fitted_catalog, priors, o);
        const CasePrediction q = predict_case(*it, refit.catalog);
        p.predicted = q.predicted;
        p.ratio = q.ratio;
        p.counted = q.counted;
    };
    const unsigned hw = std::max(1U, std::min(4U, std::thread::hardware_concurrency()));
    std::atomic<std::size_t> next{0};
    std::size_t done = 0;
    std::mutex progress_mutex;
    if (options.progress) options.progress(0, todo.size());
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < hw; ++t) {
        pool.emplace_back([&] {
            for (std::size_t j = next++; j < todo.size(); j = next++) {
                run(todo[j]);
                if (options.progress) {
                    const std::lock_guard<std::mutex> lock(progress_mutex);
                    options.progress(++done, todo.size());
                }
            }
        });
    }
    for (auto& th : pool) th.join();
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
            for (const auto& p : kParams) block[p.json] = v.*p.member;
            block["range_low"] = v.range_low;
            block["range_high"] = v.range_high;
            block["cases"] = v.cases;
            block["note"] = v.note;
            ojson pj;
            // The prior's `source` (where its values come from) is kept as written.
            const ojson& before = entry["efficiency"][cls];
            if (before.contains("prior") && before["prior"].is_object() && before["prior"].contains("source")) {
                pj["source"] = before["prior"]["source"];
            }
            for (const auto& p : kParams) pj[p.json] = prior.*p.member;
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
