#include "deepplan/plan_file.hpp"


#include <nlohmann/json.hpp>

#include "deepplan/cost.hpp"
#include "json_reader.hpp"


namespace deepplan {

using nlohmann::json;

namespace {

json range_json(const Range& r) { return json::array({r.low, r.high}); }

// Weights, KV cache and what is used and free, in total and per device.
json memory_json(const Plan::Memory& memory)
{
    json per_device = json::array();
    for (const auto& d : memory.per_device) {
        per_device.push_back({{"device", d.device},
                              {"name", d.name},
                              {"node", d.node},
                              {"index", d.index},
                              {"capacity_gb", d.capacity_gb},
                              {"usable_gb", d.usable_gb},
                              {"weights_gb", d.weights_gb},
                              {"kv_cache_gb", d.kv_cache_gb},
                              {"activations_gb", d.activations_gb},
                              {"overhead_gb", d.overhead_gb},
                              {"free_gb", d.free_gb},
                              {"holds", d.holds}});
    }
    return {{"weights_total_gb", memory.weights_total_gb},
            {"kv_per_token_bytes", memory.kv_per_token_bytes},
            {"kv_total_gb", memory.kv_total_gb},
            {"used_gb", memory.used_gb},
            {"usable_gb", memory.usable_gb},
            {"max_concurrency", memory.max_concurrency},
            {"per_device", per_device}};
}

// The parallel sizes and the stages with their layers.
json layout_json(const Layout& layout)
{
    json stages = json::array();
    for (const auto& s : layout.stages) {
        stages.push_back({{"node", s.node},
                          {"device", s.device},
                          {"devices", s.devices},
                          {"first_layer", s.first_layer},
                          {"end_layer", s.end_layer},
                          {"on_host", s.on_host},
                          {"routed_experts_on_host", s.routed_on_host},
                          {"decode_ms", s.decode_ms}});
    }
    return {{"mode", layout.mode},
            {"tensor_parallel", layout.tensor_parallel},
            {"pipeline_parallel", layout.pipeline_parallel},
            {"expert_parallel", layout.expert_parallel},
            {"stages", stages}};
}

// Decode speed; "valid" is false when the plan does not fit.
json decode_json(const Plan::Decode& decode, bool valid)
{
    return {{"valid", valid},
            {"tokens_per_s", decode.tokens_per_s},
            {"tokens_per_s_range", range_json(decode.tokens_per_s_range)},
            {"aggregate_tokens_per_s", decode.aggregate_tokens_per_s},
            {"aggregate_tokens_per_s_range", range_json(decode.aggregate_tokens_per_s_range)},
            {"single_stream_tokens_per_s", decode.single_stream_tokens_per_s},
            {"bottleneck", to_string(decode.bottleneck)},
            {"step_ms", decode.step_ms},
            {"experts_touched", decode.experts_touched},
            {"mtp_speedup", decode.mtp_speedup},
            {"roofline_tokens_per_s", decode.roofline_tokens_per_s},
            {"roofline_fraction", decode.roofline_fraction}};
}

// Prefill speed and time to first token; "valid" is false when the plan does not fit.
json prefill_json(const Plan::Prefill& prefill, bool valid)
{
    return {{"valid", valid},
            {"tokens_per_s", prefill.tokens_per_s},
            {"tokens_per_s_range", range_json(prefill.tokens_per_s_range)},
            {"ttft_s", prefill.ttft_s},
            {"aggregate_tokens_per_s", prefill.aggregate_tokens_per_s},
            {"aggregate_tokens_per_s_range", range_json(prefill.aggregate_tokens_per_s_range)},
            {"ttft_s_range", range_json(prefill.ttft_s_range)},
            {"bottleneck", to_string(prefill.bottleneck)},
            {"ttft_s_at_concurrency", prefill.ttft_s_at_concurrency},
            {"ttft_s_at_concurrency_range", range_json(prefill.ttft_s_at_concurrency_range)},
            {"chunks", prefill.chunks}};
}

json assumptions_json(const std::vector<Assumption>& assumptions)
{
    json out = json::array();
    for (const auto& a : assumptions) {
        out.push_back({{"name", a.name}, {"value", a.value}, {"unit", a.unit}, {"source", a.source}});
    }
    return out;
}

}  // namespace

json to_json(const Plan& p)
{
    return json{{"fits", p.fits},
                {"tight", p.tight},
                {"short_gb", p.short_gb},
                {"reasons", p.reasons},
                {"warnings", p.warnings},
                {"engine", p.engine},
                {"engine_release", p.engine_release},
                {"offload", to_string(p.offload)},
                {"nodes", p.nodes},
                {"devices", p.devices},
                {"min_nodes", p.min_nodes ? json(*p.min_nodes) : json(nullptr)},
                {"memory", memory_json(p.memory)},
                {"layout", layout_json(p.layout)},
                {"decode", decode_json(p.decode, p.fits)},
                {"prefill", prefill_json(p.prefill, p.fits)},
                {"serving",
                 {{"output_tokens_per_s", p.serving.output_tokens_per_s},
                  {"output_tokens_per_s_range", range_json(p.serving.output_tokens_per_s_range)},
                  {"ttft_s", p.serving.ttft_s},
                  {"ttft_s_range", range_json(p.serving.ttft_s_range)},
                  {"tpot_ms", p.serving.tpot_ms},
                  {"tpot_ms_range", range_json(p.serving.tpot_ms_range)},
                  {"prompts_per_pass", p.serving.prompts_per_pass}}},
                {"cost", to_json(p.cost)},
                {"assumptions", assumptions_json(p.assumptions)}};
}

json make_plan_file(const Scenario& s, const Plan& p, const std::string& generated_by)
{
    return json{{"schema_version", kSchemaVersion},
                {"generated_by", generated_by},
                {"scenario", to_json(s)},
                {"plan", to_json(p)}};
}

Result<PlanFile> parse_plan_file(const std::string& text)
{
    if (text.find('\0') != std::string::npos) {
        return Error{"file", "is binary, not a JSON plan file"};
    }
    std::string why;
    auto parsed = detail::parse_json(text, why);
    if (!parsed) {
        return Error{"file", why};
    }
    const json& doc = *parsed;
    if (!doc.is_object()) {
        return Error{"file", "must hold a JSON object, got " + detail::show(doc)};
    }
    PlanFile pf;
    if (doc.contains("scenario")) {
        try {
            const detail::JsonReader top(doc, "");
            top.allow({"schema_version", "generated_by", "scenario", "plan", "definitions"});
            top.reject_unknown();
        } catch (const InputError& e) {
            return e.error();
        }
        if (!doc.contains("schema_version")) {
            return Error{"schema_version", "is required in a plan file"};
        }
        const auto& v = doc.at("schema_version");
        if (!v.is_number_integer()) {
            return Error{"schema_version", "must be a whole number, got " + detail::show(v)};
        }
        const auto version = v.get<long long>();
        if (version > kSchemaVersion) {
            return Error{"schema_version", "is " + std::to_string(version) + ", newer than this DeepPlan reads (" +
                                               std::to_string(kSchemaVersion) + "); update DeepPlan"};
        }
        if (version < 1) {
            return Error{"schema_version", "must be 1 or more, got " + std::to_string(version)};
        }
        pf.schema_version = static_cast<int>(version);
        auto s = scenario_from_json(doc.at("scenario"), "scenario");
        if (!s) return s.error();
        pf.scenario = s.value();
        if (doc.contains("plan") && !doc.at("plan").is_null()) {
            if (!doc.at("plan").is_object()) return Error{"plan", "must be an object"};
            pf.stored_plan = doc.at("plan");
        }
        if (doc.contains("definitions") && !doc.at("definitions").is_null()) {
            if (!doc.at("definitions").is_object()) return Error{"definitions", "must be an object of catalog kinds"};
            pf.definitions = doc.at("definitions");
        }
    } else {
        auto s = scenario_from_json(doc, "scenario");
        if (!s) return s.error();
        pf.scenario = s.value();
    }
    return pf;
}

Result<PlanFile> read_plan_file(const std::filesystem::path& path)
{
    auto text = read_text_file(path, kMaxPlanFileBytes);
    if (!text) return text.error();
    auto r = parse_plan_file(text.value());
    if (!r) {
        Error e = r.error();
        e.path = path.filename().string() + ": " + e.path;
        return e;
    }
    return r;
}

}  // namespace deepplan
