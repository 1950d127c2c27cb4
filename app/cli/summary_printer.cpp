#include "summary_printer.h"

#include <cmath>
#include <string>

#include "deepplan/units.hpp"
#include "number_format.h"
#include "text_table.h"

namespace deepplan::cli {

namespace {

using Align = TextTable::Align;

// "Name (id)", or just the id when the catalog has no entry.
template <class Entry>
std::string named(const Entry* entry, const std::string& id)
{
    return entry && !entry->name.empty() && entry->name != id ? entry->name + " (" + id + ")" : id;
}

std::string gb(double value) { return fixed(value, 1); }

std::string rate(double tokens_per_s) { return sensible(tokens_per_s) + " tok/s"; }

// Seconds, or milliseconds below one second.
std::string seconds_text(double s) { return s < 1.0 ? sensible(s * 1000.0) + " ms" : sensible(s) + " s"; }

void print_section(std::ostream& out, const char* title) { out << "\n" << title << "\n"; }

void print_field(std::ostream& out, const std::string& label, const std::string& value)
{
    constexpr std::size_t kLabelWidth = 16;
    out << "  " << label << std::string(label.size() < kLabelWidth ? kLabelWidth - label.size() : 1, ' ') << value
        << "\n";
}

void print_verdict(std::ostream& out, const Scenario& s, const Plan& p, const Catalog& c)
{
    const ModelArch* model = c.model(s.model);
    const WeightFormat* format = c.format(s.variant);
    out << (p.fits ? "FITS" : p.tight ? "DOES NOT FIT (tight: " + fixed(p.short_gb, 1) + " GB short)" : "DOES NOT FIT") << ": "
        << (model ? model->name : s.model) << " "
        << (format ? format->name : s.variant) << " on " << to_spec(s.pool) << "\n";
    for (const auto& reason : p.reasons) out << "  - " << reason << "\n";
}

void print_scenario(std::ostream& out, const Scenario& s, const Plan& p, const Catalog& c)
{
    print_section(out, "Scenario");
    print_field(out, "model", named(c.model(s.model), s.model));
    std::string variant = named(c.format(s.variant), s.variant);
    print_field(out, "variant", variant);
    std::string engine = p.engine.empty() ? "none runs this variant on this pool" : named(c.engine(p.engine), p.engine);
    if (s.engine == "auto" && !p.engine.empty()) engine += ", chosen automatically";
    print_field(out, "engine", engine);
    if (!p.engine_release.empty()) print_field(out, "engine release", p.engine_release + " (the efficiencies' profile)");
    std::string offload = to_string(p.offload);
    if (s.offload == OffloadMode::Auto) offload += " (asked: auto)";
    print_field(out, "offload", offload);
    for (std::size_t i = 0; i < s.pool.groups.size(); ++i) {
        const auto& g = s.pool.groups[i];
        const System* sys = c.system(g.system);
        std::string text = std::to_string(g.count) + " x " + named(sys, g.system);
        if (!g.accelerator.empty()) {
            const bool has_own = sys && sys->accelerator_count > 0;
            text += (has_own ? ", accelerators replaced by " : ", with ") + std::to_string(g.accelerator_count) +
                    " x " + g.accelerator + (has_own ? "" : " added");
        }
        const std::string link = g.link.empty() && sys ? sys->network_link : g.link;
        if (!link.empty()) text += ", joined by " + named(c.link(link), link);
        print_field(out, i == 0 ? "pool" : "", text);
    }
    print_field(out, "nodes", std::to_string(p.nodes) + " machine" + (p.nodes == 1 ? "" : "s") + ", " +
                                  std::to_string(p.devices) + " accelerator" + (p.devices == 1 ? "" : "s"));
    if (p.min_nodes) {
        const std::string first = s.pool.groups.empty() ? "" : s.pool.groups.front().system;
        print_field(out, "min nodes", std::to_string(*p.min_nodes) + " x " + first + " (any offload mode)");
    } else {
        print_field(out, "min nodes", "none up to 64 machines of the first group's system");
    }
    const auto& w = s.workload;
    print_field(out, "workload", "context " + grouped(w.context) + ", prompt " + grouped(w.prompt) + ", output " +
                                     grouped(w.output) + ", concurrency " + grouped(w.concurrency) +
                                     ", MTP " + (w.mtp ? "on" : "off"));
}

void print_memory(std::ostream& out, const Plan& p)
{
    const auto& m = p.memory;
    print_section(out, "Memory");
    print_field(out, "weights total", gb(m.weights_total_gb) + " GB (" + fixed(m.weights_total_gb * units::kGB / units::kGiB, 1) + " GiB)");
    print_field(out, "KV per token", bytes_text(m.kv_per_token_bytes) + " (" + grouped(static_cast<long long>(m.kv_per_token_bytes)) + " bytes)");
    print_field(out, "KV total", gb(m.kv_total_gb) + " GB");
    print_field(out, "used / usable", gb(m.used_gb) + " / " + gb(m.usable_gb) + " GB");
    print_field(out, "max concurrency", grouped(m.max_concurrency) + " sequences at this context");
    if (m.per_device.empty()) return;

    TextTable table;
    table.add_column("device");
    table.add_column("node", Align::Right);
    table.add_column("usable GB", Align::Right);
    table.add_column("weights", Align::Right);
    table.add_column("KV", Align::Right);
    table.add_column("act", Align::Right);
    table.add_column("overhead", Align::Right);
    table.add_column("free", Align::Right);
    table.add_column("holds");
    std::size_t shown = 0;
    long long devices_shown = 0;
    long long devices_listed = 0;
    for (const auto& d : m.per_device) devices_listed += d.count;
    for (const auto& d : m.per_device) {
        if (shown == kMaxDeviceRows) break;
        // A grouped row: "8 x h100-sxm" on machines "0-1"; a single device: "h100-sxm #3".
        std::string where = d.count > 1 ? grouped(d.count) + " x " + d.device : d.device;
        where += d.index < 0 ? " (host RAM)" : d.count > 1 ? "" : " #" + std::to_string(d.index);
        const std::string node = d.last_node > d.node ? std::to_string(d.node) + "-" + std::to_string(d.last_node) : std::to_string(d.node);
        table.add_row({where, node, gb(d.usable_gb), gb(d.weights_gb), gb(d.kv_cache_gb),
                       gb(d.activations_gb), gb(d.overhead_gb), gb(d.free_gb) + (d.free_gb < 0 ? " !" : ""), d.holds});
        ++shown;
        devices_shown += d.count;
    }
    out << "\n";
    table.print(out);
    if (m.per_device.size() > shown) {
        out << "  ... and " << grouped(devices_listed - devices_shown) << " more devices (all are in --json)\n";
    }
}

void print_layout(std::ostream& out, const Plan& p)
{
    const auto& l = p.layout;
    print_section(out, "Layout");
    print_field(out, "mode", l.mode.empty() ? "-" : l.mode);
    print_field(out, "parallelism", "TP " + std::to_string(l.tensor_parallel) + " x PP " +
                                        std::to_string(l.pipeline_parallel) + ", EP " + std::to_string(l.expert_parallel));
    if (l.stages.empty()) return;
    TextTable table;
    table.add_column("stage", Align::Right);
    table.add_column("node", Align::Right);
    table.add_column("device");
    table.add_column("devices", Align::Right);
    table.add_column("layers");
    table.add_column("decode ms", Align::Right);
    std::size_t shown = 0;
    for (const auto& st : l.stages) {
        if (shown == kMaxDeviceRows) break;
        std::string device = st.on_host ? "CPU" : st.device;
        if (st.routed_on_host) device += " (routed experts on CPU)";
        const std::string layers = st.end_layer > st.first_layer
                                       ? std::to_string(st.first_layer) + "-" + std::to_string(st.end_layer - 1)
                                       : "-";
        table.add_row({std::to_string(shown), std::to_string(st.node), device, std::to_string(st.devices), layers,
                       sensible(st.decode_ms)});
        ++shown;
    }
    out << "\n";
    table.print(out);
    if (l.stages.size() > shown) out << "  ... and " << (l.stages.size() - shown) << " more stages\n";
}

// What one of the concurrent clients sees while all are served: its mean
// TTFT and time per token after it, and how the requests come.
std::string under_load_text(const Scenario& s, const Plan& p, const Catalog& c)
{
    const std::string clients = grouped(s.workload.concurrency) + " clients";
    std::string how;
    if (const EngineProfile* e = c.engine(p.engine); e != nullptr && !e->batching) {
        how = clients + " taking turns: the engine serves one request at a time";
    } else {
        // A whole count ("16 prompts", "1 prompt") without decimals; a mean of 1.25 with them.
        const double m = p.serving.prompts_per_pass;
        const bool whole = std::fabs(m - std::round(m)) < 0.005;
        const std::string prompts = whole ? grouped(std::llround(m)) + (std::llround(m) == 1 ? " prompt" : " prompts")
                                          : sensible(m) + " prompts";
        how = clients + (s.workload.arrivals == Arrivals::Staggered ? " sending on their own" : " sending together") + "; " +
              prompts + " a prefill pass";
    }
    return "TTFT " + seconds_text(p.serving.ttft_s) + ", then " + sensible(p.serving.tpot_ms) + " ms a token (" + how + ")";
}

void print_speed(std::ostream& out, const Scenario& s, const Plan& p, const Catalog& c)
{
    const auto& d = p.decode;
    const auto& f = p.prefill;
    if (!p.fits && d.tokens_per_s <= 0) {
        print_section(out, "Speed");
        print_field(out, "none", "nothing was placed");
        return;
    }
    // A plan that does not fit has no speed; the figures are its placement's, if it fitted.
    print_section(out, p.fits ? "Speed" : "Speed if it fitted (it does not: not a prediction)");
    print_field(out, "decode", rate(d.tokens_per_s) + " per stream " +
                                   range_text(d.tokens_per_s_range.low, d.tokens_per_s_range.high));
    print_field(out, "aggregate", rate(d.aggregate_tokens_per_s) + " " +
                                      range_text(d.aggregate_tokens_per_s_range.low, d.aggregate_tokens_per_s_range.high) +
                                      " over " + grouped(s.workload.concurrency) + " stream" +
                                      (s.workload.concurrency == 1 ? "" : "s"));
    if (s.workload.concurrency != 1) print_field(out, "single stream", rate(d.single_stream_tokens_per_s));
    if (d.roofline_tokens_per_s > 0) {
        print_field(out, "hardware limit", rate(d.roofline_tokens_per_s) + " per stream; the plan is " +
                                               sensible(d.roofline_fraction * 100.0) + " % of the hardware's limit");
    }
    print_field(out, "bottleneck", std::string(to_string(d.bottleneck)) + ", step " + sensible(d.step_ms) + " ms");
    if (d.experts_touched > 0) print_field(out, "experts touched", sensible(d.experts_touched) + " per MoE layer per step");
    if (d.mtp_speedup != 1.0) print_field(out, "MTP speedup", "x" + sensible(d.mtp_speedup));
    print_field(out, "prefill", rate(f.tokens_per_s) + " " + range_text(f.tokens_per_s_range.low, f.tokens_per_s_range.high) +
                                    ", " + to_string(f.bottleneck) + "-bound");
    const bool in_ms = f.ttft_s < 1.0;
    const double scale = in_ms ? 1000.0 : 1.0;
    print_field(out, "TTFT", seconds_text(f.ttft_s) + " " +
                                 range_text(f.ttft_s_range.low * scale, f.ttft_s_range.high * scale) + " for " +
                                 grouped(s.workload.prompt) + " prompt tokens");
    if (s.workload.concurrency > 1) {
        print_field(out, "TTFT queued", seconds_text(f.ttft_s_at_concurrency) + " mean when " + grouped(s.workload.concurrency) +
                                            " prompts arrive together (" + grouped(std::llround(f.chunks)) + " prefill pass" +
                                            (std::llround(f.chunks) == 1 ? "" : "es") + ")");
    }
    print_field(out, "serving", rate(p.serving.output_tokens_per_s) + " output of " + grouped(s.workload.concurrency) + " client" +
                                    (s.workload.concurrency == 1 ? "" : "s") + ", prefill included");
    if (s.workload.concurrency > 1) print_field(out, "under load", under_load_text(s, p, c));
}

void print_cost(std::ostream& out, const Plan& p)
{
    const auto& c = p.cost;
    if (!p.fits && p.decode.tokens_per_s <= 0) {
        print_section(out, "Cost");
        print_field(out, "none", "nothing was placed");
        return;
    }
    print_section(out, p.fits ? "Cost" : "Cost if it fitted");
    if (c.known) {
        print_field(out, c.rented ? "rented" : "own hardware", "$" + sensible(c.usd_per_hour) + " per hour while serving");
        print_field(out, "per M tokens", "$" + sensible(c.per_million_output_usd) + " output, $" +
                                             sensible(c.per_million_input_usd) + " input");
    } else {
        print_field(out, "unknown", "the catalog lacks prices this plan needs");
    }
    if (c.api.known) {
        print_field(out, "hosted API", "$" + sensible(c.api.per_million_output_usd) + " output, $" +
                                           sensible(c.api.per_million_input_usd) + " input per M tokens" +
                                           (c.api.date.empty() ? "" : " (" + c.api.date + ")"));
    }
    if (c.break_even_utilization) {
        print_field(out, "break-even", "at " + sensible(*c.break_even_utilization * 100.0) + " % utilization");
    }
    for (const auto& m : c.missing) out << "  - missing: " << m << "\n";
}

void print_assumptions(std::ostream& out, const Plan& p)
{
    if (p.assumptions.empty()) return;
    print_section(out, "Assumptions");
    TextTable table;
    table.add_column("name");
    table.add_column("value", Align::Right);
    table.add_column("unit");
    table.add_column("source");
    const std::string* previous_source = nullptr;
    for (const auto& a : p.assumptions) {
        // Long sources repeat row after row; say so once.
        const bool repeated = previous_source && *previous_source == a.source && !a.source.empty();
        table.add_row({a.name, sensible(a.value), a.unit, repeated ? "\"" : a.source});
        previous_source = &a.source;
    }
    table.print(out);
}

}  // namespace

void print_plan_summary(std::ostream& out, const Scenario& scenario, const Plan& plan, const Catalog& catalog)
{
    print_verdict(out, scenario, plan, catalog);
    print_scenario(out, scenario, plan, catalog);
    print_memory(out, plan);
    print_layout(out, plan);
    print_speed(out, scenario, plan, catalog);
    print_cost(out, plan);
    if (!plan.warnings.empty()) {
        print_section(out, "Warnings");
        for (const auto& w : plan.warnings) out << "  - " << w << "\n";
    }
    print_assumptions(out, plan);
}

}  // namespace deepplan::cli
