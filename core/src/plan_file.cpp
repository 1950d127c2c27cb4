#include "deepplan/plan_file.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <system_error>

#include <nlohmann/json.hpp>

#include "deepplan/cost.hpp"
#include "json_reader.hpp"

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace deepplan {

using nlohmann::json;

namespace {

json range_json(const Range& r) { return json::array({r.low, r.high}); }

}  // namespace

json to_json(const Plan& p)
{
    json per_device = json::array();
    for (const auto& d : p.memory.per_device) {
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
    json stages = json::array();
    for (const auto& s : p.layout.stages) {
        stages.push_back({{"node", s.node},
                          {"device", s.device},
                          {"devices", s.devices},
                          {"first_layer", s.first_layer},
                          {"end_layer", s.end_layer},
                          {"on_host", s.on_host},
                          {"routed_experts_on_host", s.routed_on_host},
                          {"decode_ms", s.decode_ms}});
    }
    json assumptions = json::array();
    for (const auto& a : p.assumptions) {
        assumptions.push_back({{"name", a.name}, {"value", a.value}, {"unit", a.unit}, {"source", a.source}});
    }
    return json{{"fits", p.fits},
                {"reasons", p.reasons},
                {"warnings", p.warnings},
                {"engine", p.engine},
                {"engine_release", p.engine_release},
                {"offload", to_string(p.offload)},
                {"nodes", p.nodes},
                {"devices", p.devices},
                {"min_nodes", p.min_nodes ? json(*p.min_nodes) : json(nullptr)},
                {"memory",
                 {{"weights_total_gb", p.memory.weights_total_gb},
                  {"kv_per_token_bytes", p.memory.kv_per_token_bytes},
                  {"kv_total_gb", p.memory.kv_total_gb},
                  {"used_gb", p.memory.used_gb},
                  {"usable_gb", p.memory.usable_gb},
                  {"max_concurrency", p.memory.max_concurrency},
                  {"per_device", per_device}}},
                {"layout",
                 {{"mode", p.layout.mode},
                  {"tensor_parallel", p.layout.tensor_parallel},
                  {"pipeline_parallel", p.layout.pipeline_parallel},
                  {"expert_parallel", p.layout.expert_parallel},
                  {"stages", stages}}},
                {"decode",
                 {{"tokens_per_s", p.decode.tokens_per_s},
                  {"tokens_per_s_range", range_json(p.decode.tokens_per_s_range)},
                  {"aggregate_tokens_per_s", p.decode.aggregate_tokens_per_s},
                  {"aggregate_tokens_per_s_range", range_json(p.decode.aggregate_tokens_per_s_range)},
                  {"single_stream_tokens_per_s", p.decode.single_stream_tokens_per_s},
                  {"bottleneck", to_string(p.decode.bottleneck)},
                  {"step_ms", p.decode.step_ms},
                  {"experts_touched", p.decode.experts_touched},
                  {"mtp_speedup", p.decode.mtp_speedup}}},
                {"prefill",
                 {{"tokens_per_s", p.prefill.tokens_per_s},
                  {"tokens_per_s_range", range_json(p.prefill.tokens_per_s_range)},
                  {"ttft_s", p.prefill.ttft_s},
                  {"aggregate_tokens_per_s", p.prefill.aggregate_tokens_per_s},
                  {"aggregate_tokens_per_s_range", range_json(p.prefill.aggregate_tokens_per_s_range)},
                  {"ttft_s_range", range_json(p.prefill.ttft_s_range)},
                  {"bottleneck", to_string(p.prefill.bottleneck)}}},
                {"cost", to_json(p.cost)},
                {"assumptions", assumptions}};
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
    } else {
        auto s = scenario_from_json(doc, "scenario");
        if (!s) return s.error();
        pf.scenario = s.value();
    }
    return pf;
}

Result<PlanFile> read_plan_file(const std::filesystem::path& path)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        return Error{path.string(), "is a directory, not a plan file"};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return Error{path.string(), "cannot be opened"};
    }
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > 64ull * 1024 * 1024) {
        return Error{path.string(), "is larger than 64 MiB; not a plan file"};
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    auto r = parse_plan_file(ss.str());
    if (!r) {
        Error e = r.error();
        e.path = path.filename().string() + ": " + e.path;
        return e;
    }
    return r;
}

std::optional<Error> write_file_atomic(const std::filesystem::path& path, const std::string& text)
{
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::filesystem::path tmp = dir / ("." + path.filename().string() + ".tmp-XXXXXX");
    std::string tmpl = tmp.string();
#if defined(__unix__) || defined(__APPLE__)
    int fd = ::mkstemp(tmpl.data());
    if (fd < 0) {
        return Error{path.string(), "cannot create a temporary file in " + dir.string()};
    }
    const char* p = text.data();
    std::size_t left = text.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n <= 0) {
            ::close(fd);
            ::unlink(tmpl.c_str());
            return Error{path.string(), "write failed (disk full?)"};
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(tmpl.c_str());
        return Error{path.string(), "could not flush the file to disk"};
    }
#else
    tmpl = tmp.string() + ".tmp";
    {
        std::ofstream out(tmpl, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) return Error{path.string(), "write failed"};
    }
#endif
    std::error_code ec;
    std::filesystem::rename(tmpl, path, ec);
    if (ec) {
        std::filesystem::remove(tmpl, ec);
        return Error{path.string(), "could not replace the file: " + ec.message()};
    }
    return std::nullopt;
}

}  // namespace deepplan
