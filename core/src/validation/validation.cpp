// Validation against published measurements (MODEL.md §6). The mapping rules
// (which plan figure a measurement is, which scenario reproduces it) are data
// in resources/validation/measurements.csv; this file only reads them and
// recomputes.

#include "deepplan/validation.hpp"
#include "deepplan/message_text.hpp"
#include "deepplan/safe_file.hpp"
#include "util/stats.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>

namespace deepplan {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Splits CSV text into records of fields (RFC 4180: quotes around fields,
// doubled quotes inside, newlines allowed inside quotes). Records carry the
// line they start on.
struct Record {
    int line = 0;
    std::vector<std::string> fields;
};

std::vector<Record> split_csv(const std::string& text, std::string& error)
{
    std::vector<Record> out;
    Record rec;
    std::string field;
    bool quoted = false;
    bool field_started = false;
    int line = 1;
    rec.line = 1;
    auto end_field = [&] {
        rec.fields.push_back(field);
        field.clear();
        field_started = false;
    };
    auto end_record = [&] {
        end_field();
        const bool blank = rec.fields.size() == 1 && rec.fields[0].empty();
        if (!blank) out.push_back(std::move(rec));
        rec = Record{};
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (quoted) {
            if (ch == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (ch == '\n') ++line;
                field += ch;
            }
            continue;
        }
        if (ch == '"' && !field_started) {
            quoted = true;
            field_started = true;
        } else if (ch == ',') {
            end_field();
        } else if (ch == '\r') {
            // CRLF line ends: the '\n' ends the record.
        } else if (ch == '\n') {
            end_record();
            ++line;
            rec.line = line;
        } else {
            field += ch;
            field_started = true;
        }
    }
    if (quoted) {
        error = "line " + std::to_string(rec.line) + ": a quoted field is not closed";
        return {};
    }
    if (!field.empty() || !rec.fields.empty()) end_record();
    return out;
}

using text::trim;

// The columns the reader needs; the rest of the source columns are kept in
// the file for people and ignored here.
const std::vector<std::string>& required_columns()
{
    static const std::vector<std::string> cols = {
        "id", "tier", "metric", "value", "unit", "source_url", "source", "engine_version", "measured_date", "status", "figure", "measured",
        "scn_model", "scn_variant", "scn_engine", "scn_pool", "scn_concurrency", "scn_prompt",
        "scn_output", "scn_context", "scn_offload", "scn_mtp", "scn_raise_wired", "scn_kv_bytes", "note"};
    return cols;
}

class RowReader {
public:
    RowReader(const Record& rec, const std::map<std::string, std::size_t>& cols, const std::string& file)
        : rec_(rec), cols_(cols), file_(file)
    {
    }

    void set_id(std::string id) { id_ = std::move(id); }

    [[nodiscard]] std::string where(const std::string& column) const
    {
        std::string w = file_ + " line " + std::to_string(rec_.line);
        if (!id_.empty()) w += " (case " + quote_for_message(id_) + ")";
        return w + ", column " + column;
    }

    [[noreturn]] void fail(const std::string& column, const std::string& message) const
    {
        throw InputError(where(column), message);
    }

    [[nodiscard]] std::string text(const std::string& column) const
    {
        const std::size_t i = cols_.at(column);
        return i < rec_.fields.size() ? trim(rec_.fields[i]) : std::string();
    }

    [[nodiscard]] bool has(const std::string& column) const { return cols_.count(column) > 0; }

    [[nodiscard]] std::string required(const std::string& column) const
    {
        auto t = text(column);
        if (t.empty()) fail(column, "must not be empty");
        return t;
    }

    [[nodiscard]] double number(const std::string& column, double min, double max) const
    {
        const auto t = required(column);
        char* end = nullptr;
        errno = 0;
        const double v = std::strtod(t.c_str(), &end);
        if (end != t.c_str() + t.size() || errno == ERANGE || !std::isfinite(v)) {
            fail(column, "must be a number, got " + quote_for_message(t));
        }
        if (v < min || v > max) {
            std::ostringstream m;
            m << "must be within [" << min << ", " << max << "], got " << t;
            fail(column, m.str());
        }
        return v;
    }

    [[nodiscard]] int whole(const std::string& column, int min, int max) const
    {
        const auto t = required(column);
        const bool digits = !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits || t.size() > 9) fail(column, "must be a whole number, got " + quote_for_message(t));
        const int v = std::stoi(t);
        if (v < min || v > max) {
            fail(column, "must be within [" + std::to_string(min) + ", " + std::to_string(max) + "], got " + t);
        }
        return v;
    }

    [[nodiscard]] bool flag(const std::string& column) const
    {
        const auto t = text(column);
        if (t.empty() || t == "0") return false;
        if (t == "1") return true;
        fail(column, "must be 0 or 1, got " + quote_for_message(t));
    }

private:
    const Record& rec_;
    const std::map<std::string, std::size_t>& cols_;
    std::string file_;
    std::string id_;
};

// Maps a core error on a scenario field back to the CSV column that set it.
std::string column_for_scenario_path(const std::string& path)
{
    static const std::vector<std::pair<std::string, std::string>> table = {
        {"scenario.workload.context", "scn_context"},  {"scenario.workload.prompt", "scn_prompt"},
        {"scenario.workload.output", "scn_output"},    {"scenario.workload.concurrency", "scn_concurrency"},
        {"scenario.pool", "scn_pool"},                 {"scenario.model", "scn_model"},
        {"scenario.variant", "scn_variant"},           {"scenario.engine", "scn_engine"},
        {"scenario.offload", "scn_offload"},           {"scenario.workload.kv_bytes", "scn_kv_bytes"},
        {"scenario.workload.prefill_chunk_tokens", "scn_prefill_chunk"}, {"scenario.workload.arrivals", "scn_arrivals"},
    };
    for (const auto& [prefix, col] : table) {
        if (path.rfind(prefix, 0) == 0) return col;
    }
    return "scenario";
}

// YYYY, YYYY-MM or YYYY-MM-DD with a plausible month and day.
bool is_date(const std::string& t)
{
    auto digits = [&](std::size_t at, std::size_t n) {
        if (t.size() < at + n) return -1;
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (t[i] < '0' || t[i] > '9') return -1;
            v = v * 10 + (t[i] - '0');
        }
        return v;
    };
    if (t.size() != 4 && t.size() != 7 && t.size() != 10) return false;
    const int year = digits(0, 4);
    if (year < 1990 || year > 2100) return false;
    if (t.size() == 4) return true;
    if (t[4] != '-') return false;
    const int month = digits(5, 2);
    if (month < 1 || month > 12) return false;
    if (t.size() == 7) return true;
    if (t[7] != '-') return false;
    const int day = digits(8, 2);
    return day >= 1 && day <= 31;
}

ValidationCase parse_row(const RowReader& r)
{
    ValidationCase c;
    c.tier = r.required("tier");
    if (c.tier != "A" && c.tier != "B" && c.tier != "C") r.fail("tier", "must be A, B or C, got " + quote_for_message(c.tier));
    c.metric = r.text("metric");
    c.value = r.number("value", -1e300, 1e300);
    c.unit = r.text("unit");
    c.source_url = r.required("source_url");
    if (c.source_url.rfind("http", 0) != 0) r.fail("source_url", "must be a URL, got " + quote_for_message(c.source_url));
    c.source = r.required("source");
    if (!std::all_of(c.source.begin(), c.source.end(), [](char ch) {
            return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '.';
        })) {
        r.fail("source", "must be a tag of lower-case letters, digits, '-', '_' and '.', got " + quote_for_message(c.source));
    }
    c.engine_version = r.required("engine_version");
    c.measured_date = r.required("measured_date");
    if (c.measured_date != "not stated" && !is_date(c.measured_date)) {
        r.fail("measured_date", "must be YYYY, YYYY-MM, YYYY-MM-DD or \"not stated\", got " + quote_for_message(c.measured_date));
    }
    if (r.has("quote")) c.quote = r.text("quote");
    if (r.has("fit")) {
        c.fit = r.text("fit").empty() || r.flag("fit");
        if (!c.fit && r.text("note").find("not fitted") == std::string::npos) {
            r.fail("note", "a row with fit 0 must say why it is \"not fitted\"");
        }
    }
    const auto status = r.required("status");
    c.note = r.text("note");
    if (status == "unmapped") {
        if (c.note.empty()) r.fail("note", "an unmapped row must say why");
        return c;
    }
    if (status != "mapped") r.fail("status", "must be mapped or unmapped, got " + quote_for_message(status));
    c.mapped = true;
    c.figure = r.required("figure");
    if (!figure_kind(c.figure)) r.fail("figure", "unknown plan figure \"" + c.figure + "\"");
    c.measured = r.number("measured", 1e-9, 1e15);
    Scenario& s = c.scenario;
    s.model = r.required("scn_model");
    s.variant = r.required("scn_variant");
    s.engine = r.required("scn_engine");
    auto pool = parse_pool_spec(r.required("scn_pool"));
    if (!pool) r.fail("scn_pool", pool.error().describe());
    s.pool = pool.value();
    s.workload.concurrency = r.whole("scn_concurrency", 1, 1 << 20);
    s.workload.prompt = r.whole("scn_prompt", 0, 1 << 24);
    s.workload.output = r.whole("scn_output", 0, 1 << 24);
    s.workload.context = r.whole("scn_context", 1, 1 << 24);
    s.workload.mtp = r.flag("scn_mtp");
    s.apple_raise_wired_limit = r.flag("scn_raise_wired");
    if (!r.text("scn_kv_bytes").empty()) s.workload.kv_bytes = r.number("scn_kv_bytes", 0.25, 8);
    // Optional column: the run's own prefill chunk where it set one.
    if (r.has("scn_prefill_chunk") && !r.text("scn_prefill_chunk").empty())
        s.workload.prefill_chunk_tokens = r.whole("scn_prefill_chunk", 1, kMaxPrefillChunk);
    // Optional column: how the run's concurrent requests arrived (empty: staggered, the scenario's default).
    if (r.has("scn_arrivals") && !r.text("scn_arrivals").empty()) {
        const auto arr = r.text("scn_arrivals");
        const auto arrivals = arrivals_from_string(arr);
        if (!arrivals) r.fail("scn_arrivals", "must be staggered or together, got " + quote_for_message(arr));
        s.workload.arrivals = *arrivals;
    }
    const auto off = r.text("scn_offload");
    auto mode = offload_from_string(off.empty() ? "none" : off);
    if (!mode) r.fail("scn_offload", "must be auto, none, layers or experts, got " + quote_for_message(off));
    s.offload = *mode;
    if (auto err = validate_numbers(s)) r.fail(column_for_scenario_path(err->path), err->message);
    return c;
}


}  // namespace

const std::vector<std::string>& figure_names()
{
    static const std::vector<std::string> names = {
        "decode.tokens_per_s",        "decode.aggregate_tokens_per_s", "decode.aggregate_tokens_per_s_per_node",
        "decode.aggregate_tokens_per_s_per_device", "decode.tpot_ms", "prefill.tokens_per_s",
        "prefill.tokens_per_s_per_node", "prefill.aggregate_tokens_per_s", "prefill.aggregate_tokens_per_s_per_node",
        "prefill.ttft_s", "prefill.ttft_s_at_concurrency", "latency.end_to_end_s", "serving.output_tokens_per_s",
        "serving.ttft_s", "serving.tpot_ms",
        "memory.kv_total_gb",         "memory.weights_total_gb",       "memory.used_gb"};
    return names;
}

std::optional<FigureKind> figure_kind(const std::string& f)
{
    if (f == "decode.tpot_ms" || f == "prefill.ttft_s" || f == "prefill.ttft_s_at_concurrency" || f == "latency.end_to_end_s" ||
        f == "serving.ttft_s" || f == "serving.tpot_ms") {
        return FigureKind::Time;
    }
    if (f.rfind("memory.", 0) == 0) {
        if (f == "memory.kv_total_gb" || f == "memory.weights_total_gb" || f == "memory.used_gb") return FigureKind::Memory;
        return std::nullopt;
    }
    const auto& names = figure_names();
    if (std::find(names.begin(), names.end(), f) != names.end()) return FigureKind::Rate;
    return std::nullopt;
}

double figure_value(const std::string& f, const Plan& p, const Workload& w)
{
    const double nodes = std::max(1, p.nodes);
    const double devices = std::max(1, p.devices);
    if (f == "decode.tokens_per_s") return p.decode.tokens_per_s;
    if (f == "decode.aggregate_tokens_per_s") return p.decode.aggregate_tokens_per_s;
    if (f == "decode.aggregate_tokens_per_s_per_node") return p.decode.aggregate_tokens_per_s / nodes;
    if (f == "decode.aggregate_tokens_per_s_per_device") return p.decode.aggregate_tokens_per_s / devices;
    if (f == "decode.tpot_ms") return 1000.0 / p.decode.tokens_per_s;
    if (f == "prefill.tokens_per_s") return p.prefill.tokens_per_s;
    if (f == "prefill.tokens_per_s_per_node") return p.prefill.tokens_per_s / nodes;
    if (f == "prefill.aggregate_tokens_per_s") return p.prefill.aggregate_tokens_per_s;
    if (f == "prefill.aggregate_tokens_per_s_per_node") return p.prefill.aggregate_tokens_per_s / nodes;
    // A benchmark of C concurrent requests is replanned as it ran: its prompts
    // arrive together and queue for the prefill chunks (= ttft_s at C = 1).
    if (f == "prefill.ttft_s" || f == "prefill.ttft_s_at_concurrency") return p.prefill.ttft_s_at_concurrency;
    // The prefill gives the first token; the other output - 1 are decoded.
    if (f == "latency.end_to_end_s") return p.prefill.ttft_s_at_concurrency + (w.output - 1) / p.decode.tokens_per_s;
    // C clients each prefilled and decoded in turn, prefill chunks
    // interleaved with decode steps as the engine schedules them.
    if (f == "serving.output_tokens_per_s") return p.serving.output_tokens_per_s;
    // What a client of a closed-loop benchmark sees: its TTFT, and its mean
    // time per output token with the other clients' prefill passes in it.
    if (f == "serving.ttft_s") return p.serving.ttft_s;
    if (f == "serving.tpot_ms") return p.serving.tpot_ms;
    if (f == "memory.kv_total_gb") return p.memory.kv_total_gb;
    if (f == "memory.weights_total_gb") return p.memory.weights_total_gb;
    if (f == "memory.used_gb") return p.memory.used_gb;
    return kNaN;
}

Result<std::vector<ValidationCase>> parse_cases_csv(const std::string& text, const std::string& file_name)
{
    std::string err;
    const auto records = split_csv(text, err);
    if (!err.empty()) return Error{file_name, err};
    if (records.empty()) return Error{file_name, "is empty"};
    std::map<std::string, std::size_t> cols;
    for (std::size_t i = 0; i < records[0].fields.size(); ++i) cols[trim(records[0].fields[i])] = i;
    for (const auto& c : required_columns()) {
        if (!cols.count(c)) return Error{file_name + " line 1", "the header has no column \"" + c + "\""};
    }
    std::vector<ValidationCase> out;
    std::map<std::string, int> seen;
    try {
        for (std::size_t i = 1; i < records.size(); ++i) {
            RowReader r(records[i], cols, file_name);
            const auto id = r.required("id");
            r.set_id(id);
            if (auto it = seen.find(id); it != seen.end()) {
                r.fail("id", "repeats the id of line " + std::to_string(it->second));
            }
            seen[id] = records[i].line;
            ValidationCase c = parse_row(r);
            c.id = id;
            c.line = records[i].line;
            out.push_back(std::move(c));
        }
    } catch (const InputError& e) {
        return e.error();
    }
    return out;
}

Result<std::vector<ValidationCase>> read_cases(const std::filesystem::path& path)
{
    auto text = read_text_file(path, kMaxCsvFileBytes);
    if (!text) return text.error();
    return parse_cases_csv(text.value(), path.filename().string());
}

double CasePrediction::abs_error() const { return std::abs(predicted / measured - 1.0); }

double CasePrediction::speed_ratio() const { return kind == FigureKind::Time ? 1.0 / ratio : ratio; }

const std::vector<std::string>& case_class_names()
{
    static const std::vector<std::string> names = {"datacenter-gpu", "consumer-gpu", "apple", "cpu", "hybrid-offload", "multi-node"};
    return names;
}

std::string case_class(const Plan& plan, const Scenario& s, const Catalog& catalog)
{
    int machines = 0;
    for (const auto& g : s.pool.groups) machines += g.count;
    if (machines > 1) return "multi-node";
    if (plan.offload != OffloadMode::None) return "hybrid-offload";
    if (plan.devices == 0) return "cpu";
    for (const auto& st : plan.layout.stages) {
        if (st.on_host) continue;
        if (const Device* d = catalog.device(st.device)) return to_string(d->device_class);
    }
    return "cpu";
}

const std::vector<std::string>& regime_families()
{
    static const std::vector<std::string> v = {"dense", "moe"};
    return v;
}

const std::vector<std::string>& regime_placements()
{
    static const std::vector<std::string> v = {"one-device", "tp-one-machine", "multi-machine", "offload"};
    return v;
}

const std::vector<std::string>& regime_concurrencies()
{
    static const std::vector<std::string> v = {"c1", "c2-16", "c17+"};
    return v;
}

const std::vector<std::string>& regime_groupings()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        const std::vector<const std::vector<std::string>*> parts = {&regime_families(), &regime_placements(), &regime_concurrencies()};
        // Single parts, then pairs, then full regimes.
        for (const auto* p : parts) out.insert(out.end(), p->begin(), p->end());
        for (std::size_t a = 0; a < parts.size(); ++a) {
            for (std::size_t b = a + 1; b < parts.size(); ++b) {
                for (const auto& x : *parts[a]) {
                    for (const auto& y : *parts[b]) out.push_back(x + "/" + y);
                }
            }
        }
        for (const auto& f : regime_families()) {
            for (const auto& pl : regime_placements()) {
                for (const auto& c : regime_concurrencies()) out.push_back(f + "/" + pl + "/" + c);
            }
        }
        return out;
    }();
    return names;
}

namespace {

std::vector<std::string> split_slash(const std::string& s)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const auto end = s.find('/', start);
        out.push_back(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return out;
}

}  // namespace

bool regime_in_grouping(const std::string& regime, const std::string& grouping)
{
    // The parts of the three dimensions never share a name, so a grouping
    // holds a regime when each of its parts is one of the regime's.
    const auto have = split_slash(regime);
    for (const auto& part : split_slash(grouping)) {
        if (std::find(have.begin(), have.end(), part) == have.end()) return false;
    }
    return true;
}

Regime case_regime(const Plan& plan, const Scenario& s, const Catalog& catalog)
{
    Regime r;
    const ModelArch* m = catalog.model(s.model);
    r.family = m != nullptr && m->is_moe() ? "moe" : "dense";
    int machines = 0;
    for (const auto& g : s.pool.groups) machines += g.count;
    int accelerators = 0;
    for (const auto& st : plan.layout.stages) {
        if (!st.on_host) accelerators += std::max(1, st.devices);
    }
    if (machines > 1) {
        r.placement = "multi-machine";
    } else if (plan.offload != OffloadMode::None) {
        r.placement = "offload";
    } else if (accelerators > 1) {
        r.placement = "tp-one-machine";
    } else {
        r.placement = "one-device";
    }
    const int c = s.workload.concurrency;
    r.concurrency = c <= 1 ? "c1" : c <= 16 ? "c2-16" : "c17+";
    return r;
}

CasePrediction predict_case(const ValidationCase& c, const Catalog& catalog)
{
    CasePrediction p;
    p.id = c.id;
    p.tier = c.tier;
    p.source = c.source;
    p.regime = "?";
    p.figure = c.figure;
    p.kind = figure_kind(c.figure).value_or(FigureKind::Rate);
    p.measured = c.measured;
    p.predicted = kNaN;
    p.ratio = kNaN;
    PlanOptions opt;
    opt.find_min_nodes = false;
    auto result = plan(c.scenario, catalog, opt);
    if (!result) {
        p.error = result.error().describe();
        p.case_class = "?";
        return p;
    }
    const Plan& pl = result.value();
    p.fits = pl.fits;
    p.case_class = case_class(pl, c.scenario, catalog);
    p.regime = case_regime(pl, c.scenario, catalog).name();
    p.predicted = figure_value(c.figure, pl, c.scenario.workload);
    p.ratio = c.measured / p.predicted;
    p.counted = c.counted() && std::isfinite(p.ratio) && p.ratio > 0;
    for (const auto& st : pl.layout.stages) {
        DeviceClass dc = DeviceClass::Cpu;
        if (!st.on_host) {
            if (const Device* d = catalog.device(st.device)) dc = d->device_class;
        }
        EfficiencyKey k{pl.engine, dc};
        if (std::find(p.uses.begin(), p.uses.end(), k) == p.uses.end()) p.uses.push_back(k);
    }
    return p;
}

namespace {

template <typename Keep>
ErrorSummary summarize_if(const std::vector<CasePrediction>& preds, Keep keep)
{
    std::vector<double> errs;
    std::vector<double> ratios;
    for (const auto& p : preds) {
        if (!p.counted || !keep(p)) continue;
        errs.push_back(p.abs_error());
        ratios.push_back(1.0 / p.speed_ratio());
    }
    ErrorSummary s;
    s.n = static_cast<int>(errs.size());
    if (errs.empty()) return s;
    std::sort(errs.begin(), errs.end());
    std::sort(ratios.begin(), ratios.end());
    s.median_abs_error = stats::percentile(errs, 0.5);
    s.median_ratio = stats::percentile(ratios, 0.5);
    const auto share = [&](auto pred) {
        return static_cast<double>(std::count_if(errs.begin(), errs.end(), pred)) / static_cast<double>(errs.size());
    };
    s.within_25 = share([](double e) { return e <= 0.25 + 1e-12; });
    s.within_50 = share([](double e) { return e <= 0.50 + 1e-12; });
    s.within_factor_1_5 = static_cast<double>(std::count_if(ratios.begin(), ratios.end(), [](double r) {
                              return r <= 1.5 + 1e-12 && r >= 1.0 / 1.5 - 1e-12;
                          })) /
                          static_cast<double>(ratios.size());
    return s;
}

}  // namespace

ErrorSummary summarize(const std::vector<CasePrediction>& preds, const std::string& cls)
{
    return summarize_if(preds, [&](const CasePrediction& p) { return cls.empty() || p.case_class == cls; });
}

ErrorSummary summarize_regime(const std::vector<CasePrediction>& preds, const std::string& grouping)
{
    return summarize_if(preds, [&](const CasePrediction& p) { return regime_in_grouping(p.regime, grouping); });
}

std::map<std::string, ErrorSummary> summarize_regimes(const std::vector<CasePrediction>& preds)
{
    std::map<std::string, ErrorSummary> out;
    for (const auto& g : regime_groupings()) {
        auto s = summarize_regime(preds, g);
        if (s.n > 0) out[g] = s;
    }
    return out;
}

int count_sources(const std::vector<CasePrediction>& preds)
{
    std::set<std::string> sources;
    for (const auto& p : preds) {
        if (p.counted) sources.insert(p.source);
    }
    return static_cast<int>(sources.size());
}

ValidationReport validate(const std::vector<ValidationCase>& cases, const Catalog& catalog)
{
    ValidationReport r;
    for (const auto& c : cases) {
        if (!c.mapped) {
            ++r.unmapped;
            continue;
        }
        r.cases.push_back(predict_case(c, catalog));
    }
    r.overall = summarize(r.cases);
    for (const auto& cls : case_class_names()) {
        auto s = summarize(r.cases, cls);
        if (s.n > 0) r.classes[cls] = s;
    }
    r.regimes = summarize_regimes(r.cases);
    r.n_sources = count_sources(r.cases);
    return r;
}

std::vector<std::string> check_targets(const ValidationReport& r, int min_cases)
{
    std::vector<std::string> fails;
    auto pct = [](double v) { return std::to_string(static_cast<int>(std::lround(v * 100))) + " %"; };
    auto two = [](double v) {
        std::ostringstream o;
        o.precision(2);
        o << std::fixed << v;
        return o.str();
    };
    if (r.overall.n < min_cases) {
        fails.push_back("in-sample: " + std::to_string(r.overall.n) + " counted cases, fewer than " + std::to_string(min_cases));
    }
    if (r.overall.median_abs_error > 0.20) {
        fails.push_back("in-sample: median absolute error " + pct(r.overall.median_abs_error) + " overall exceeds 20 %");
    }
    if (r.cross_validated) {
        const std::string what = r.cv_method.empty() ? std::string("cross-validated") : r.cv_method;
        if (r.cv_overall.median_abs_error > 0.20) {
            fails.push_back(what + ": median absolute error " + pct(r.cv_overall.median_abs_error) + " overall exceeds 20 %");
        }
        if (r.cv_overall.within_factor_1_5 < 0.80) {
            fails.push_back(what + ": " + pct(r.cv_overall.within_factor_1_5) + " of cases within a factor of 1.5, fewer than 80 %");
        }
        for (const auto& [g, s] : r.cv_regimes) {
            if (s.n < 5) continue;
            if (s.median_abs_error > 0.30) {
                fails.push_back(what + ": median absolute error " + pct(s.median_abs_error) + " in regime " + g + " (n " +
                                std::to_string(s.n) + ") exceeds 30 %");
            }
            if (s.median_ratio < 0.8 || s.median_ratio > 1.25) {
                fails.push_back(what + ": median ratio " + two(s.median_ratio) + " in regime " + g + " (n " + std::to_string(s.n) +
                                ") is outside [0.80, 1.25]");
            }
        }
    }
    for (const auto& c : r.cases) {
        if (!c.error.empty() && c.tier != "C") fails.push_back("case " + c.id + " could not be planned: " + c.error);
    }
    return fails;
}

}  // namespace deepplan
