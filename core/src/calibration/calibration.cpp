// Fitting engine efficiencies on the validation cases (MODEL.md §6, §7).
// The fitted quantities are shared factors on physically argued priors (see
// FactorModel below). The optimiser is a plain coordinate search: each
// factor in turn is scanned on a coarse grid within its bounds and refined
// by golden-section search around the best grid point. The objective is smooth enough
// (a max of two linear terms plus overheads, in log space) that this is
// robust, and it needs no derivatives of the planner.

#include "deepplan/calibration.hpp"

#include "deepplan/json_text.hpp"
#include "engine/efficiency_params.hpp"
#include "json_reader.hpp"
#include "util/stats.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>

#include <nlohmann/json.hpp>

namespace deepplan {

namespace {

using ojson = nlohmann::ordered_json;

using efficiency::kParams;
constexpr std::size_t kParamCount = kParams.size();

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
//   eta_x     = prior.eta_x     * exp(class_x  + engine_x  [+ release_x])   (x = mem, flop, prefill)
//   overheads = prior.overheads * exp(class_oh + engine_oh [+ release_oh])
//   node_overhead = prior.node_overhead * exp(class_node + engine_node [+ release_node])
// An engine release's block (vllm@0.6) takes its base engine's factors and
// a release factor of its own, pulled towards 0 (the base engine) as an
// engine's is towards its class: a release runs its engine's kernels unless
// its own cases show otherwise. The engine factors are fitted on the base
// engine's own cases only.
// The achievable share of memory bandwidth and of peak FLOP/s is a property
// of the device class's memory system and tensor units, so `class_x` is one
// factor per (device class, parameter) shared by every engine on that class
// (blocks without cases of their own get it too). An engine gets its own
// `engine_x` only where at least min_engine_eta_cases of its own cases respond
// to that parameter. Engine differences that physics explains (a CPU kernel
// without AMX reaches a few percent of an AMX peak) are in the priors, which
// say where they come from. Per-step overheads are the engine's software:
// `engine_oh` per (engine, class), pulled towards the class-wide factor
// (i.e. 0) strongly while the block has fewer than min_own_overhead_cases.
// Those counts, the pulls, the factors' range and the eta_mem floors are
// FitSettings, read from resources/validation/fit-settings.json.
// The per-machine coordination cost of a multi-machine replica is a factor of
// its own (`node_overhead`): only multi-machine cases respond to it, so the
// single-machine overheads are not pulled up by them. The host time to
// launch an eager prefill pass (`prefill_launch`) is a factor of its own for
// the same reason: only short prefills (TTFT) respond to it.

// One slot per share parameter (in table order), then the overheads, then the node overhead.
constexpr int count_shares()
{
    int n = 0;
    for (const auto& p : kParams) n += p.kind == efficiency::Kind::Share ? 1 : 0;
    return n;
}
constexpr int kSlots = count_shares() + 4;
constexpr int SlotOverhead = kSlots - 4;
constexpr int SlotMoe = kSlots - 3;
constexpr int SlotNode = kSlots - 2;
constexpr int SlotLaunch = kSlots - 1;
constexpr std::size_t slot_of(std::size_t param)
{
    std::size_t share = 0;
    for (std::size_t i = 0; i < param; ++i) share += kParams[i].kind == efficiency::Kind::Share ? 1U : 0U;
    switch (kParams[param].kind) {
    case efficiency::Kind::Share: return share;
    case efficiency::Kind::PassOverhead: return static_cast<std::size_t>(SlotOverhead);
    case efficiency::Kind::MoeOverhead: return static_cast<std::size_t>(SlotMoe);
    case efficiency::Kind::NodeOverhead: return static_cast<std::size_t>(SlotNode);
    case efficiency::Kind::LaunchOverhead: return static_cast<std::size_t>(SlotLaunch);
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
    names[static_cast<std::size_t>(SlotLaunch)] = "prefill_launch";
    return names;
}();
bool is_overhead_slot(int s) { return s == SlotOverhead || s == SlotMoe || s == SlotNode || s == SlotLaunch; }


// Class factor x engine factor x release factor: an engine's factor scales
// its own block and its releases' blocks on the class; a release's factor
// only its own block, shrunk towards 1 (its base engine) like an engine's
// towards its class.
enum class GroupLevel { Class, Engine, Release };

struct Group {
    int slot = 0;
    DeviceClass dc = DeviceClass::DatacenterGpu;
    GroupLevel level = GroupLevel::Class;
    std::string engine;                 ///< the engine or release; empty: the class-wide factor
    double x = 0;                       ///< log factor
    double weight = 0;                  ///< pull of x^2 towards 0 (the prior)
    bool free = false;
    int responsive = 0;                 ///< cases whose prediction moves under a large change of the factor
    std::vector<EfficiencyKey> blocks;  ///< blocks it scales
    std::vector<const FitCase*> cases;  ///< cases whose plans use one of those blocks
};

class FactorModel {
public:
    FactorModel(Catalog& work, const Catalog& base, const EfficiencyPriors& priors, const std::vector<FitCase>& fit_cases,
                const FitSettings& settings)
        : work_(work), base_(base), priors_(priors), settings_(settings)
    {
        // Class-wide groups first (fit order), then engine groups, then
        // release groups, in catalog order.
        std::map<DeviceClass, std::vector<EfficiencyKey>> by_class;
        for (const auto& [id, eng] : base.engines) {
            for (const auto& [dc, eff] : eng.efficiency) by_class[dc].push_back({id, dc});
        }
        for (const auto& [dc, keys] : by_class) add_slots(GroupLevel::Class, "", keys, fit_cases);
        for (const auto& [dc, keys] : by_class) {
            for (const auto& k : keys) {
                if (!base_key(k)) add_slots(GroupLevel::Engine, k.engine, with_releases(k, keys), fit_cases);
            }
        }
        for (const auto& [dc, keys] : by_class) {
            for (const auto& k : keys) {
                if (base_key(k)) add_slots(GroupLevel::Release, k.engine, {k}, fit_cases);
            }
        }
        for (const auto& [dc, keys] : by_class) {
            for (const auto& k : keys) apply(k);
        }
    }

    /// The base engine's block a release's block shares its kernels with
    /// (the same device class), if the block is a release's and its base has one.
    std::optional<EfficiencyKey> base_key(const EfficiencyKey& k) const
    {
        const std::string& b = base_.engines.at(k.engine).base;
        if (b.empty()) return std::nullopt;
        const auto it = base_.engines.find(b);
        if (it == base_.engines.end() || !it->second.efficiency.count(k.device_class)) return std::nullopt;
        return EfficiencyKey{b, k.device_class};
    }

    std::vector<Group>& groups() { return groups_; }
    const std::vector<Group>& groups() const { return groups_; }

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
    /// settings.responsive_log_change when the factor moves a long way (x1.5, x0.3, x0.05 for an
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
            if (worst > settings_.responsive_log_change) ++n;
        }
        set_x(g, x0);
        return n;
    }

private:
    // Lowest eta_mem a block may take (fit-settings.json says why).
    double min_eta_mem(DeviceClass dc) const
    {
        return dc == DeviceClass::Cpu ? settings_.min_eta_mem_cpu : settings_.min_eta_mem_accelerator;
    }

    // An engine's block and the blocks of its releases on the same class:
    // the engine's factors scale them all.
    std::vector<EfficiencyKey> with_releases(const EfficiencyKey& k, const std::vector<EfficiencyKey>& class_keys) const
    {
        std::vector<EfficiencyKey> out{k};
        for (const auto& r : class_keys) {
            const auto b = base_key(r);
            if (b && *b == k) out.push_back(r);
        }
        return out;
    }

    void add_slots(GroupLevel level, const std::string& engine, const std::vector<EfficiencyKey>& blocks,
                   const std::vector<FitCase>& fit_cases)
    {
        for (int s = 0; s < kSlots; ++s) {
            Group g;
            g.slot = s;
            g.dc = blocks.front().device_class;
            g.level = level;
            g.engine = engine;
            g.blocks = blocks;
            add(std::move(g), fit_cases);
        }
    }

    // A group is fitted on the cases that use its blocks; an engine's factor
    // only on the engine's own cases: an older release's rows say how that
    // release ran, not how the engine (its newest release) runs, and its
    // difference is the release's own factor.
    void add(Group g, const std::vector<FitCase>& fit_cases)
    {
        const std::size_t informing = g.level == GroupLevel::Engine ? 1 : g.blocks.size();
        for (const auto& fc : fit_cases) {
            const auto last = g.blocks.begin() + static_cast<std::ptrdiff_t>(informing);
            const bool uses = std::any_of(g.blocks.begin(), last, [&](const EfficiencyKey& k) {
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
    const FitSettings& settings_;
    std::vector<Group> groups_;
    std::map<EfficiencyKey, std::array<std::vector<int>, kSlots>> of_block_;
};

std::string factor_text(double x) { return "x" + text::fixed(std::exp(x), 2); }

// The cases each block's own plans use.
using CasesOfBlock = std::map<EfficiencyKey, std::vector<const FitCase*>>;

CasesOfBlock own_cases(const std::vector<FitCase>& fit_cases)
{
    CasesOfBlock own;
    for (const auto& fc : fit_cases) {
        for (const auto& k : fc.uses) own[k].push_back(&fc);
    }
    return own;
}

double rms_log_error(const FactorModel& model, const std::vector<const FitCase*>& cases)
{
    return cases.empty() ? 0.0 : std::sqrt(model.sse(cases) / static_cast<double>(cases.size()));
}

// Which factors the cases can pin down, decided at the priors, and how hard
// each is pulled towards its prior.
void choose_free_factors(FactorModel& model, const FitSettings& settings)
{
    for (auto& g : model.groups()) {
        if (g.cases.empty()) continue;
        g.responsive = model.count_responsive(g);
        if (g.engine.empty()) {
            g.free = g.responsive >= 1;
            g.weight = settings.prior_weight;
        } else if (is_overhead_slot(g.slot)) {
            g.free = g.responsive >= 1;
            g.weight = g.responsive < settings.min_own_overhead_cases ? settings.small_block_shrink : settings.prior_weight;
        } else {
            g.free = g.responsive >= settings.min_engine_eta_cases;
            g.weight = settings.engine_eta_shrink;
        }
    }
}

// The objective: squared log errors of every case plus the free factors' pulls.
double fit_objective(const FactorModel& model, const std::vector<FitCase>& fit_cases, const Catalog& work)
{
    double sum = 0;
    for (const auto& fc : fit_cases) {
        const double l = log_ratio(fc, work);
        sum += l * l;
    }
    for (const auto& g : model.groups()) sum += g.free ? g.weight * g.x * g.x : 0.0;
    return sum;
}

// Coordinate search over the free factors, all starting at 0 (the priors),
// until a sweep no longer changes the objective. An engine's factor ignores
// its releases' cases (FactorModel::add), so a sweep may raise the objective
// over those cases before their release factors follow; the search goes on
// then too.
void fit_factors(FactorModel& model, const std::vector<FitCase>& fit_cases, const Catalog& work, const FitOptions& options)
{
    double current = fit_objective(model, fit_cases, work);
    for (int sweep = 0; sweep < options.max_sweeps; ++sweep) {
        const double before = current;
        for (auto& g : model.groups()) {
            if (!g.free) continue;
            auto along = [&](double x) {
                model.set_x(g, x);
                return model.sse(g.cases) + g.weight * x * x;
            };
            const double x = line_search(along, options.settings.factor_log_low, options.settings.factor_log_high, g.x);
            model.set_x(g, round_to(x, 4));
        }
        current = fit_objective(model, fit_cases, work);
        if (std::abs(before - current) < 1e-7) break;
    }
}

// Stored values are rounded; everything after is reported at the rounded values.
void round_stored_values(Catalog& work, const Catalog& catalog)
{
    for (const auto& [id, eng] : catalog.engines) {
        for (const auto& [dc, eff] : eng.efficiency) {
            Efficiency& e = work.engines.at(id).efficiency.at(dc);
            for (const auto& p : kParams) e.*p.member = round_to(e.*p.member, p.kind == efficiency::Kind::Share ? 4 : 1);
        }
    }
}

// measured / predicted as speeds, of every fitted case: per block, pooled per
// device class, and all together (the sources of a block's range).
struct SpeedRatios {
    std::map<EfficiencyKey, std::vector<double>> of_block;
    std::map<DeviceClass, std::vector<double>> of_class;
    std::vector<double> all;
};

SpeedRatios speed_ratios(const std::vector<FitCase>& fit_cases, const Catalog& work)
{
    SpeedRatios out;
    for (const auto& fc : fit_cases) {
        const double l = log_ratio(fc, work);
        const double speed = std::exp(fc.kind == FigureKind::Time ? -l : l);
        out.all.push_back(speed);
        std::set<DeviceClass> classes;
        for (const auto& k : fc.uses) {
            out.of_block[k].push_back(speed);
            classes.insert(k.device_class);
        }
        for (auto dc : classes) out.of_class[dc].push_back(speed);
    }
    return out;
}

// Sets the block's range to the 10th/90th percentile of its own cases' speed
// ratios, or of its class's, or of all cases when too few; returns which.
std::string set_range(Efficiency& slot, const EfficiencyKey& key, const SpeedRatios& speeds, int min_cases)
{
    const auto enough = [&](const std::vector<double>& v) { return v.size() >= static_cast<std::size_t>(min_cases); };
    const std::vector<double>* src = nullptr;
    std::string source;
    const auto own = speeds.of_block.find(key);
    const auto pooled = speeds.of_class.find(key.device_class);
    if (own != speeds.of_block.end() && enough(own->second)) {
        src = &own->second;
        source = "own cases";
    } else if (pooled != speeds.of_class.end() && enough(pooled->second)) {
        src = &pooled->second;
        source = std::string("pooled ") + to_string(key.device_class) + " cases";
    } else if (!speeds.all.empty()) {
        src = &speeds.all;
        source = "all cases";
    }
    if (src) {
        slot.range_low = std::clamp(round_to(stats::percentile(*src, 0.10), 3), 0.01, 1.0);
        slot.range_high = std::clamp(round_to(stats::percentile(*src, 0.90), 3), 1.0, 100.0);
    }
    return source;
}

// Where a block's values came from: the cases that informed them (its own
// and those of the class-wide, engine and release factors it takes) and the
// factors, in words.
struct Provenance {
    DeviceClass dc = DeviceClass::DatacenterGpu;
    std::set<const FitCase*> informed;
    std::string class_part;    ///< "eta_mem x0.93, ..." of the free class-wide factors
    std::string engine_part;   ///< the same for the engine's own factors, with their case counts
    std::string base_engine;   ///< a release's base engine whose factors it takes; empty otherwise
    std::string release_part;  ///< a release's own factors, shrunk towards its base engine
    std::set<std::string> engine_blocks;  ///< the engine's releases, which take its factors too
    std::set<std::string> class_engines;
    std::size_t class_cases = 0;
};

// "eta_mem x1.75 on 7 responsive cases", and whether it was shrunk (towards `towards`).
std::string factor_part(const Group& g, const FitSettings& settings, const std::string& towards)
{
    std::string out = std::string(kSlotNames[static_cast<std::size_t>(g.slot)]) + " " + factor_text(g.x) + " on " +
                      std::to_string(g.responsive) + (g.responsive == 1 ? " responsive case" : " responsive cases");
    if (is_overhead_slot(g.slot) && g.responsive < settings.min_own_overhead_cases) out += " (shrunk towards " + towards + ")";
    return out;
}

void append(std::string& list, const std::string& item) { list += (list.empty() ? "" : ", ") + item; }

Provenance provenance(const std::vector<Group>& groups, const EfficiencyKey& key, const std::vector<const FitCase*>& own,
                      const FitSettings& settings, std::vector<std::string>& free_params)
{
    Provenance out;
    out.dc = key.device_class;
    out.informed.insert(own.begin(), own.end());
    for (const auto& g : groups) {
        if (!g.free || g.dc != key.device_class) continue;
        const std::string name = kSlotNames[static_cast<std::size_t>(g.slot)];
        const bool scales_key = std::find(g.blocks.begin(), g.blocks.end(), key) != g.blocks.end();
        if (g.level == GroupLevel::Class) {
            out.informed.insert(g.cases.begin(), g.cases.end());
            append(out.class_part, name + " " + factor_text(g.x));
            out.class_cases = std::max(out.class_cases, g.cases.size());
            for (const FitCase* fc : g.cases) {
                for (const auto& k : fc->uses) {
                    if (k.device_class == key.device_class) out.class_engines.insert(k.engine);
                }
            }
            free_params.push_back(name + " (class)");
        } else if (g.level == GroupLevel::Engine && scales_key) {
            out.informed.insert(g.cases.begin(), g.cases.end());
            append(out.engine_part, factor_part(g, settings, "the class"));
            for (const auto& b : g.blocks) {
                if (b.engine != g.engine) out.engine_blocks.insert(b.engine);
            }
            if (g.engine != key.engine) out.base_engine = g.engine;
            free_params.push_back(name + (g.engine == key.engine ? " (engine)" : " (base engine)"));
        } else if (g.level == GroupLevel::Release && g.engine == key.engine) {
            append(out.release_part, factor_part(g, settings, "the base engine"));
            free_params.push_back(name + " (release)");
        }
    }
    return out;
}

// The block's `note` in engines.json: factors, cases, errors, range source.
std::string block_note(const Provenance& from, const FittedEfficiency& f, std::size_t n_own, std::size_t n_cases)
{
    const std::string cls = to_string(from.dc);
    std::string note = "prior x factors";
    if (from.class_part.empty()) {
        note += "; no class-wide factor (no " + cls + " case)";
    } else {
        note += "; class-wide " + cls + " factors pooled over " + std::to_string(from.class_cases) + " cases of";
        for (const auto& e : from.class_engines) note += " " + e;
        note += ": " + from.class_part;
    }
    if (!from.engine_part.empty()) {
        std::string releases;
        for (const auto& e : from.engine_blocks) releases += " " + e;
        note += from.base_engine.empty() ? "; engine factors" : "; base engine " + from.base_engine + "'s factors";
        note += " (fitted on " + (from.base_engine.empty() ? std::string("its") : from.base_engine + "'s") + " own cases";
        if (from.base_engine.empty() && !releases.empty()) note += "; its releases" + releases + " take them too";
        note += "): " + from.engine_part;
    }
    if (!from.base_engine.empty()) {
        note += from.release_part.empty() ? "; no release factor of its own (its base engine's values)"
                                          : "; release factors (shrunk towards " + from.base_engine + "): " + from.release_part;
    }
    if (n_own == 0) {
        note += "; no case of its own";
    } else {
        note += "; " + std::to_string(n_own) + (n_own == 1 ? " own case" : " own cases") + ", RMS log error " +
                text::fixed(f.rms_log_before, 3) + " at the prior, " + text::fixed(f.rms_log_after, 3) + " fitted";
    }
    if (n_cases == 1) note += "; only one case supports these values";
    note += "; range from " + (f.range_source.empty() ? std::string("defaults") : f.range_source);
    return note;
}

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

namespace {

// The settings of fit-settings.json: name, member, accepted range.
struct DoubleSetting {
    const char* name;
    double FitSettings::*member;
    double min;
    double max;
};
struct IntSetting {
    const char* name;
    int FitSettings::*member;
    int min;
    int max;
};
constexpr std::array<DoubleSetting, 8> kDoubleSettings{{
    {"prior_weight", &FitSettings::prior_weight, 0.0, 1000.0},
    {"engine_eta_shrink", &FitSettings::engine_eta_shrink, 0.0, 1000.0},
    {"small_block_shrink", &FitSettings::small_block_shrink, 0.0, 1000.0},
    {"factor_log_low", &FitSettings::factor_log_low, -20.0, 0.0},
    {"factor_log_high", &FitSettings::factor_log_high, 0.0, 20.0},
    {"min_eta_mem_accelerator", &FitSettings::min_eta_mem_accelerator, 0.0, 1.0},
    {"min_eta_mem_cpu", &FitSettings::min_eta_mem_cpu, 0.0, 1.0},
    {"responsive_log_change", &FitSettings::responsive_log_change, 1e-6, 10.0},
}};
constexpr std::array<IntSetting, 2> kIntSettings{{
    {"min_engine_eta_cases", &FitSettings::min_engine_eta_cases, 1, 1000},
    {"min_own_overhead_cases", &FitSettings::min_own_overhead_cases, 1, 1000},
}};
constexpr std::size_t kMaxFitSettingsBytes = 1U << 16U;

// A setting's object: its value (checked by `read`) and a non-empty reason.
template <class Read>
auto read_setting(const detail::JsonReader& settings, const char* name, Read&& read)
{
    const detail::JsonReader entry = settings.object(name);
    if (entry.str("reason").empty()) entry.fail("reason", "must say why the value is what it is");
    const auto value = read(entry);
    entry.reject_unknown();
    return value;
}

}  // namespace

Result<FitSettings> read_fit_settings(const std::filesystem::path& path)
{
    const auto doc = read_json_file(path, kMaxFitSettingsBytes);
    if (!doc) return doc.error();
    FitSettings out;
    try {
        const detail::JsonReader root(doc.value(), "");
        root.allow({"description"});
        const detail::JsonReader settings = root.object("settings");
        for (const auto& d : kDoubleSettings) {
            out.*d.member = read_setting(settings, d.name, [&](const detail::JsonReader& e) { return e.num("value", d.min, d.max); });
        }
        for (const auto& n : kIntSettings) {
            out.*n.member = read_setting(settings, n.name, [&](const detail::JsonReader& e) { return e.integer("value", n.min, n.max); });
        }
        settings.reject_unknown();
        root.reject_unknown();
        if (out.factor_log_low >= out.factor_log_high) {
            return Error{settings.field_path("factor_log_low") + ".value", "must be below factor_log_high"};
        }
    } catch (const InputError& err) {
        return err.error();
    }
    return out;
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
    FactorModel model(work, catalog, priors, fit_cases, options.settings);

    const CasesOfBlock own = own_cases(fit_cases);
    std::map<EfficiencyKey, double> rms_before;
    for (const auto& [k, v] : own) rms_before[k] = rms_log_error(model, v);

    choose_free_factors(model, options.settings);
    fit_factors(model, fit_cases, work, options);
    round_stored_values(work, catalog);

    const SpeedRatios speeds = speed_ratios(fit_cases, work);
    for (const auto& [id, eng] : catalog.engines) {
        for (const auto& [dc, eff] : eng.efficiency) {
            const EfficiencyKey key{id, dc};
            const auto mine = own.find(key);
            const std::vector<const FitCase*> no_cases;
            const auto& own_of_key = mine == own.end() ? no_cases : mine->second;
            FittedEfficiency f;
            f.key = key;
            f.rms_log_before = rms_before.count(key) ? rms_before.at(key) : 0.0;
            f.rms_log_after = rms_log_error(model, own_of_key);
            Efficiency& slot = work.engines.at(id).efficiency.at(dc);
            const Provenance from = provenance(model.groups(), key, own_of_key, options.settings, f.free_params);
            f.range_source = set_range(slot, key, speeds, options.min_range_cases);
            slot.cases.clear();
            for (const auto& fc : fit_cases) {
                if (from.informed.count(&fc)) slot.cases.push_back(fc.c->id);
            }
            slot.note = block_note(from, f, own_of_key.size(), slot.cases.size());
            f.value = slot;
            result.fitted.push_back(std::move(f));
        }
    }
    return result;
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
