// The report of a plan: memory summary, layout, per-device rows, warnings
// and the assumptions every figure used, with their sources.

#include <algorithm>
#include <cmath>
#include <limits>

#include "engine/efficiency_params.hpp"
#include "hardware/machine.hpp"
#include "planner/planner.hpp"
#include "util/text.hpp"

namespace deepplan::planner {

using units::kGB;
using text::fixed;

void fill_memory_summary(Plan& out, const Resolved& r, const Attempt& chosen)
{
    auto& mem = out.memory;
    mem.weights_total_gb = (r.bytes.total + (r.mtp ? r.bytes.mtp : 0.0)) / kGB;
    mem.kv_per_token_bytes = r.kv_token_layer * r.model->layers;
    mem.kv_total_gb = r.model->layers * kv_bytes_per_layer_all_sequences(r) / kGB;
    int max_conc = std::numeric_limits<int>::max();
    for (const auto& u : chosen.stages) {
        const double count = u.on_host ? 1.0 : u.tp_degree;
        mem.usable_gb += u.usable_b * count / kGB;
        mem.used_gb += (u.weights_b + u.kv_b + u.activations_b + u.overhead_b) * count / kGB;
        const int n = u.end - u.first;
        if (n > 0 && !u.routed_experts_only) {
            const double per_seq = held_kv_bytes_per_sequence_per_device(r, u);
            const double room = u.usable_b - u.weights_b - u.activations_b - u.overhead_b;
            const double seqs = room > 0 ? std::floor(room / per_seq) : 0.0;
            max_conc = std::min(max_conc, static_cast<int>(std::min(seqs, 1e9)));
        }
    }
    mem.max_concurrency = max_conc == std::numeric_limits<int>::max() ? 0 : max_conc;
}

void fill_layout(Plan& out, const Resolved& r, const Attempt& chosen)
{
    auto& lay = out.layout;
    lay.mode = chosen.layout_mode;
    int stage_count = 0;
    int max_tp = 1;
    for (const auto& u : chosen.stages) {
        if (u.routed_experts_only || u.end > u.first) ++stage_count;
        max_tp = std::max(max_tp, u.tp_degree);
    }
    lay.tensor_parallel = max_tp;
    lay.pipeline_parallel = std::max(1, stage_count - (chosen.mode == OffloadMode::Experts ? 1 : 0));
    lay.expert_parallel = (r.model->is_moe() && r.engine->expert_parallel) ? max_tp : 1;
}

void fill_stage_rows(Plan& out, const Resolved& r, const Attempt& chosen)
{
    for (const auto& u : chosen.stages) {
        Stage st;
        st.node = u.node;
        st.first_layer = u.routed_experts_only ? 0 : u.first;
        st.end_layer = u.routed_experts_only ? r.model->layers : u.end;
        st.devices = u.tp_degree;
        st.on_host = u.on_host;
        st.routed_on_host = u.routed_experts_only;
        st.device = u.device ? u.device->id : "";
        st.decode_ms = u.decode_s * 1e3;
        out.layout.stages.push_back(st);
    }
}

namespace {

std::string holds_text(const Resolved& r, const PlacedStage& u)
{
    std::string holds;
    if (u.routed_experts_only) {
        holds = "routed experts of layers " + std::to_string(r.model->dense_layers()) + "-" + std::to_string(r.model->layers - 1);
    } else if (u.end > u.first) {
        holds = (u.non_routed ? "attention, dense and shared parts of layers " : "layers ") + std::to_string(u.first) + "-" +
                std::to_string(u.end - 1);
        if (u.tp_degree > 1) holds += " (1/" + std::to_string(u.tp_degree) + " of each, tensor-parallel)";
    } else {
        holds = "nothing";
    }
    if (u.embed && !u.routed_experts_only) holds += ", embedding";
    if (u.head && !u.routed_experts_only) holds += ", output head";
    return holds;
}

// The macOS GPU wired-memory limit: whether it decides the fit, and the
// sysctl that raises it, in MiB of the capacity the plan assumes raised.
void add_wired_limit_warning(const Plan& out, std::vector<std::string>& warnings, const Resolved& r, const Machines& m)
{
    const Scenario& s = *r.s;
    const Catalog& c = *r.c;
    for (const auto& n : m.nodes) {
        if (n.accel && machine::has_wired_limit(*n.accel)) {
            const double wired = machine::default_wired_capacity_gb(*n.accel);
            const double raised = machine::raised_wired_capacity_gb(*n.accel);
            if (!s.apple_raise_wired_limit) {
                // Would it fit with the limit raised? Then the default limit decides.
                Scenario raised_s = s;
                raised_s.apple_raise_wired_limit = true;
                PlanOptions quick{false, false};
                auto alt = plan(raised_s, c, quick);
                if (!out.fits && alt && alt.value().fits) {
                    warnings.push_back("macOS lets the GPU wire only about " + fixed(wired, 0) + " GiB of " + n.accel->name +
                                       "'s memory by default; raising it (sudo sysctl iogpu.wired_limit_mb=" +
                                       std::to_string(static_cast<long>(std::floor(units::capacity_to_mib(raised)))) +
                                       ") would make this fit");
                } else if (out.fits) {
                    warnings.push_back("planned within macOS's default GPU wired-memory limit (about " + fixed(wired, 0) + " GiB of " +
                                       fixed(n.accel->memory_gb, 0) + " GiB); sysctl iogpu.wired_limit_mb raises it");
                }
            } else {
                warnings.push_back("assumes the GPU wired-memory limit is raised to " + fixed(raised, 0) + " GiB (sudo sysctl iogpu.wired_limit_mb=" +
                                   std::to_string(static_cast<long>(std::floor(units::capacity_to_mib(raised)))) + ")");
            }
            break;
        }
    }
}

// The engine's choices, offload, slow links, memory and context limits, user catalog overrides.
void add_other_warnings(const Plan& out, std::vector<std::string>& warnings, const Resolved& r, const Attempt& chosen,
                        const Machines& m, const std::vector<const Link*>& hops)
{
    const Scenario& s = *r.s;
    const Catalog& c = *r.c;
    const auto& mem = out.memory;
    if (r.model->attention == AttentionKind::MLA && !r.engine->mla_compressed) {
        warnings.push_back(r.engine->name + " caches expanded K/V for MLA: " + fixed(mem.kv_per_token_bytes / 1e6, 2) +
                           " MB per token instead of " +
                           fixed(kv_bytes_per_token(*r.model, true, r.engine->kv_bytes) / 1e3, 1) + " KB compressed");
    }
    if (chosen.mode == OffloadMode::Experts) {
        warnings.push_back("routed experts run on the CPU from host RAM (KTransformers-style offload); decode is bound by host memory bandwidth");
    } else if (chosen.mode == OffloadMode::Layers) {
        const auto& host = chosen.stages.back();
        warnings.push_back(std::to_string(host.end - host.first) + " of " + std::to_string(r.model->layers) +
                           " layers run on the CPU from host RAM (llama.cpp -ngl " + std::to_string(host.first) + ")");
    }
    if (m.nodes.size() > 1 && m.pool_link && !m.pool_link->rdma) {
        warnings.push_back("machines are joined by " + m.pool_link->name + " (" + fixed(m.pool_link->latency_us, 0) +
                           " us per hop): each token crosses it " + std::to_string(hops.size()) + " times");
    }
    if (mem.max_concurrency < s.workload.concurrency && out.fits) {
        warnings.push_back("memory holds " + std::to_string(mem.max_concurrency) + " sequences at this context");
    }
    if (s.workload.prompt + s.workload.output > s.workload.context) {
        warnings.push_back("prompt + output tokens exceed the context length");
    }
    for (const auto& o : c.overridden) {
        const auto slash = o.find('/');
        const std::string id = o.substr(slash + 1);
        bool used = id == s.model || id == s.variant || id == r.engine->id;
        for (const auto& g : s.pool.groups) used = used || id == g.system || id == g.accelerator || id == g.link;
        for (const auto& n : m.nodes) used = used || (n.accel && id == n.accel->id) || (n.cpu && id == n.cpu->id);
        if (used) warnings.push_back("uses your catalog's entry " + o + " in place of the built-in one");
    }
}

// Measurements an assumption's source names before it says how many more.
constexpr std::size_t kNamedCases = 4;

// Each device class's fitted efficiencies and overheads.
void add_efficiency_assumptions(Plan& out, const Resolved& r, const Attempt& chosen)
{
    auto add = [&](std::string name, double v, std::string unit, std::string src) {
        out.assumptions.push_back({std::move(name), v, std::move(unit), std::move(src)});
    };
    std::vector<DeviceClass> seen;
    for (const auto& u : chosen.stages) {
        const DeviceClass dc = u.device ? u.device->device_class : DeviceClass::Cpu;
        if (std::find(seen.begin(), seen.end(), dc) != seen.end()) continue;
        seen.push_back(dc);
        const std::string cls = to_string(dc);
        std::string src = r.engine->id + " engine profile";
        if (!u.eff->cases.empty()) {
            // A profile fitted on a hundred measurements names a few; the
            // engine catalog's block lists every one.
            const auto& cases = u.eff->cases;
            const std::size_t n = cases.size();
            src += ", fitted on " + std::to_string(n) + (n == 1 ? " measurement:" : " measurements:");
            for (std::size_t i = 0; i < std::min(n, kNamedCases); ++i) src += (i ? ", " : " ") + cases[i];
            if (n > kNamedCases) {
                src += " and " + std::to_string(n - kNamedCases) + " more (engines.json lists them all under " + r.engine->id +
                       ", " + cls + ")";
            }
        } else if (!u.eff->note.empty()) {
            src += ": " + u.eff->note;
        }
        for (const auto& p : efficiency::kParams) {
            const double v = (*u.eff).*p.member;
            const bool shown = p.shown == efficiency::Shown::Always ||
                               (v > 0 && (p.shown == efficiency::Shown::WhenNonZero || chosen.machines > 1));
            if (shown) add(std::string(p.name) + " (" + cls + ")", v, p.unit, src);
        }
        add("range (" + cls + ") low", u.eff->range_low, "measured/predicted", src);
        add("range (" + cls + ") high", u.eff->range_high, "measured/predicted", src);
    }
}

}  // namespace

namespace {

// Two rows a reader cannot tell apart but for where they are: the same
// device holding the same share with the same memory figures.
bool same_contents(const DeviceMemory& a, const DeviceMemory& b)
{
    return a.device == b.device && a.name == b.name && (a.index < 0) == (b.index < 0) && a.capacity_gb == b.capacity_gb &&
           a.usable_gb == b.usable_gb && a.weights_gb == b.weights_gb && a.kv_cache_gb == b.kv_cache_gb &&
           a.activations_gb == b.activations_gb && a.overhead_gb == b.overhead_gb && a.holds == b.holds;
}

}  // namespace

void fill_device_rows(Plan& out, const Resolved& r, const Attempt& chosen, DeviceRows rows)
{
    auto& per_device = out.memory.per_device;
    for (const auto& u : chosen.stages) {
        const int copies = u.on_host ? 1 : u.tp_degree;
        DeviceMemory dm;
        dm.device = u.device ? u.device->id : "host";
        dm.name = u.device ? u.device->name : "host RAM";
        if (u.on_host) dm.name = "Host RAM (" + dm.name + ")";
        dm.node = u.node;
        dm.last_node = u.node;
        dm.index = u.on_host ? -1 : u.device_index;
        dm.capacity_gb = u.capacity_b / kGB;
        dm.usable_gb = u.usable_b / kGB;
        dm.weights_gb = u.weights_b / kGB;
        dm.kv_cache_gb = u.kv_b / kGB;
        dm.activations_gb = u.activations_b / kGB;
        dm.overhead_gb = u.overhead_b / kGB;
        dm.free_gb = dm.usable_gb - dm.weights_gb - dm.kv_cache_gb - dm.activations_gb - dm.overhead_gb;
        dm.holds = holds_text(r, u);
        if (rows == DeviceRows::Grouped) {
            // The stage's ranks hold the same: one row, counted; a stage like
            // the one before it (idle cards of a long pipeline) joins its row.
            dm.count = copies;
            if (!u.on_host) dm.last_node = u.node + (copies - 1) / std::max(1, u.per_node);
            if (!per_device.empty() && same_contents(per_device.back(), dm)) {
                per_device.back().count += dm.count;
                per_device.back().last_node = std::max(per_device.back().last_node, dm.last_node);
            } else {
                per_device.push_back(std::move(dm));
            }
            continue;
        }
        for (int k = 0; k < copies; ++k) {
            DeviceMemory row = dm;
            row.node = u.node + (u.on_host ? 0 : k / u.per_node);
            row.last_node = row.node;
            row.index = u.on_host ? -1 : u.device_index + k % u.per_node;
            per_device.push_back(std::move(row));
        }
    }
}

void add_warnings(Plan& out, std::vector<std::string>& warnings, const Resolved& r, const Attempt& chosen, const Machines& m,
                  const std::vector<const Link*>& hops)
{
    if (r.s->engine == "auto") warnings.push_back("engine \"auto\" chose " + r.engine->name + " for " + r.format->name);
    add_wired_limit_warning(out, warnings, r, m);
    add_other_warnings(out, warnings, r, chosen, m, hops);
}

void fill_assumptions(Plan& out, const Resolved& r, const Attempt& chosen, double kv_element)
{
    const Scenario& s = *r.s;
    const auto& mem = out.memory;
    auto add = [&](std::string name, double v, std::string unit, std::string src) {
        out.assumptions.push_back({std::move(name), v, std::move(unit), std::move(src)});
    };
    add_efficiency_assumptions(out, r, chosen);
    add("engine memory fraction", r.engine->memory_fraction, "of device memory", r.engine->id + " engine profile");
    add("runtime overhead", r.engine->overhead_gb, "GB per accelerator", r.engine->id + " engine profile");
    add("activations and workspace", r.engine->activation_gb, "GB per accelerator", r.engine->id + " engine profile");
    add("KV cache element size", kv_element, "bytes",
        s.workload.kv_bytes > 0 ? "scenario (KV cache precision)" : r.engine->id + " engine profile");
    add("KV cache per token", mem.kv_per_token_bytes, "bytes",
        r.model->attention == AttentionKind::MLA
            ? (r.engine->mla_compressed ? "MLA latent: layers x (kv_lora_rank + qk_rope_head_dim) x bytes"
                                        : "expanded MLA: layers x heads x (qk_nope + qk_rope + v_head) x bytes")
            : "2 x layers x kv_heads x head_dim x bytes");
    add("host RAM kept by the OS", machine::kHostReserveFraction, "fraction (at least 3 GiB)", "planner assumption");
    if (r.engine->numa_scaling < 1.0 || r.engine->numa_replicate) {
        add("second CPU socket adds", r.engine->numa_replicate ? 1.0 : r.engine->numa_scaling, "of one socket's bandwidth",
            r.engine->numa_replicate ? r.engine->id + " copies host weights to every socket" : r.engine->id + " engine profile");
    }
    for (const auto& u : chosen.stages) {
        if (!u.on_host || !u.device) continue;
        if (cpu_runs_int8_dot(*u.device, *r.engine, r.format->compute)) {
            add("CPU peak for " + r.engine->id + "'s kernels", u.device->tops_int8_vector, "TOPS int8 per socket",
                u.device->id + " vector int8 dot products on " + r.format->id + " weights (tops_int8_vector)");
            break;
        }
        if (cpu_kernel_share(*u.device, *r.engine) >= 1.0) continue;
        add("CPU peak for " + r.engine->id + "'s kernels", u.device->tflops_bf16_vector, "TFLOP/s BF16 per socket",
            u.device->id + " vector units (the engine does not use AMX; matrix-engine peak " + fixed(u.device->tflops_bf16, 0) + ")");
        break;
    }
    if (r.model->is_moe()) {
        add("experts touched per MoE layer U(B)", out.decode.experts_touched, "experts",
            "E (1 - (1 - k/E)^B), MODEL.md section 4");
    }
    if (r.mtp) {
        add("MTP acceptance of the drafted token", r.engine->mtp_acceptance, "probability",
            "DeepSeek-V3 technical report: 85-90 % acceptance of the second token");
    }
    add("weights", mem.weights_total_gb, "GB", r.format->name + ": " + (r.format->notes.empty() ? r.format->source : r.format->notes));
}

}  // namespace deepplan::planner
