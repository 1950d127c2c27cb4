// Hugging Face config.json and GGUF headers to catalog models. The GGUF
// reader parses only the header (metadata and tensor infos), with every
// count and length checked against the bytes left and the limits before
// anything is allocated.

#include "deepplan/model_import.hpp"

#include "deepplan/message_text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <regex>
#include <set>
#include <sstream>
#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "json_reader.hpp"

namespace deepplan {

using nlohmann::json;

namespace {

// ---------------------------------------------------------------------------
// config.json

struct ConfigReader {
    const json& j;
    std::string path;

    [[nodiscard]] bool has(const char* key) const { return j.contains(key) && !j.at(key).is_null(); }
    [[noreturn]] void fail(const std::string& key, const std::string& msg) const { throw InputError(path + "." + key, msg); }
    int integer(const char* key, int min, int max) const
    {
        if (!has(key)) fail(key, "missing (needed to size the model)");
        const auto& v = j.at(key);
        if (!v.is_number_integer() && !(v.is_number_float() && std::floor(v.get<double>()) == v.get<double>())) {
            fail(key, "must be a whole number, got " + detail::show(v));
        }
        const double d = v.get<double>();
        if (!(d >= min && d <= max)) {
            fail(key, "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", got " + detail::show(v));
        }
        return static_cast<int>(d);
    }
    int integer_or(const char* key, int fallback, int min, int max) const { return has(key) ? integer(key, min, max) : fallback; }
    bool boolean_or(const char* key, bool fallback) const
    {
        if (!has(key)) return fallback;
        if (!j.at(key).is_boolean()) fail(key, "must be true or false, got " + detail::show(j.at(key)));
        return j.at(key).get<bool>();
    }
    std::string str_or(const char* key, const std::string& fallback) const
    {
        if (!has(key)) return fallback;
        if (!j.at(key).is_string()) fail(key, "must be a string, got " + detail::show(j.at(key)));
        return j.at(key).get<std::string>();
    }
};

// The language model's part of a config.json: multimodal wrappers (Gemma 3)
// keep it in text_config, with the architecture, dtype and tying at the top.
json language_config(const json& root)
{
    json cfg = root;
    if (root.contains("text_config") && root.at("text_config").is_object()) {
        cfg = root.at("text_config");
        for (const char* k : {"architectures", "torch_dtype", "tie_word_embeddings"}) {
            if (!cfg.contains(k) && root.contains(k)) cfg[k] = root.at(k);
        }
    }
    return cfg;
}

// The first entry of "architectures" (LlamaForCausalLM ...), or "" without one.
std::string architecture_name(const json& cfg)
{
    if (cfg.contains("architectures") && cfg.at("architectures").is_array() && !cfg.at("architectures").empty() &&
        cfg.at("architectures")[0].is_string()) {
        return cfg.at("architectures")[0].get<std::string>();
    }
    return {};
}

// The catalog family of a model_type, or an error that lists the supported ones.
std::string hf_family(const ConfigReader& r, const std::string& model_type)
{
    static const std::map<std::string, std::string> kFamilies = {
        {"llama", "llama"},       {"qwen2", "qwen2"},           {"qwen3", "qwen3"},       {"qwen3_moe", "qwen3-moe"},
        {"mistral", "mistral"},   {"mixtral", "mixtral"},       {"gemma2", "gemma2"},     {"gemma3", "gemma3"},
        {"gemma3_text", "gemma3"}, {"deepseek_v2", "deepseek-v2"}, {"deepseek_v3", "deepseek-v3"},
    };
    auto fam = kFamilies.find(model_type);
    if (fam == kFamilies.end()) {
        throw InputError(r.path + ".model_type", "unsupported model type " + quote_for_message(model_type) +
                                                     " (supported: llama, qwen2, qwen3, qwen3_moe, mistral, mixtral, gemma2, gemma3, "
                                                     "deepseek_v2, deepseek_v3)");
    }
    return fam->second;
}

// Layers, widths, heads and context every family has; MHA or GQA from the head counts.
void read_hf_dimensions(const ConfigReader& r, ModelArch& m)
{
    m.layers = r.integer("num_hidden_layers", 1, 10000);
    m.hidden_size = r.integer("hidden_size", 1, 1 << 20);
    m.vocab_size = r.integer("vocab_size", 1, 1 << 24);
    m.heads = r.integer("num_attention_heads", 1, 4096);
    m.kv_heads = r.integer_or("num_key_value_heads", m.heads, 1, 4096);
    if (m.heads % m.kv_heads != 0) r.fail("num_key_value_heads", "must divide num_attention_heads (" + std::to_string(m.heads) + ")");
    m.head_dim = r.integer_or("head_dim", m.hidden_size / m.heads, 1, 8192);
    m.max_context = r.integer_or("max_position_embeddings", 4096, 1, 1 << 26);
    const bool gemma = m.family == "gemma2" || m.family == "gemma3";
    m.tied_embeddings = r.boolean_or("tie_word_embeddings", gemma);
    m.qkv_bias = m.family == "qwen2" ? true : r.boolean_or("attention_bias", false);
    m.attention = m.kv_heads == m.heads ? AttentionKind::MHA : AttentionKind::GQA;
}

// DeepSeek-V2/V3: latent attention (MLA), routed and shared experts after
// the first dense layers, and the MTP modules.
void read_deepseek_layers(const ConfigReader& r, ModelArch& m)
{
    m.attention = AttentionKind::MLA;
    m.mla.q_lora_rank = r.integer_or("q_lora_rank", 0, 0, 1 << 20);
    m.mla.kv_lora_rank = r.integer("kv_lora_rank", 1, 1 << 20);
    m.mla.qk_nope_head_dim = r.integer("qk_nope_head_dim", 1, 8192);
    m.mla.qk_rope_head_dim = r.integer("qk_rope_head_dim", 1, 8192);
    m.mla.v_head_dim = r.integer("v_head_dim", 1, 8192);
    m.dense_ffn = r.integer("intermediate_size", 1, 1 << 22);
    if (r.has("n_routed_experts")) {
        MoeDims moe;
        moe.routed_experts = r.integer("n_routed_experts", 1, 1 << 16);
        moe.shared_experts = r.integer_or("n_shared_experts", 0, 0, 1 << 10);
        moe.experts_per_token = r.integer("num_experts_per_tok", 1, moe.routed_experts);
        moe.expert_ffn = r.integer("moe_intermediate_size", 1, 1 << 22);
        moe.first_dense_layers = r.integer_or("first_k_dense_replace", 0, 0, m.layers);
        m.moe = moe;
    }
    m.mtp_modules = r.integer_or("num_nextn_predict_layers", 0, 0, 16);
}

// Mixtral: every layer's FFN is a set of routed experts of intermediate_size.
void read_mixtral_experts(const ConfigReader& r, ModelArch& m)
{
    MoeDims moe;
    moe.routed_experts = r.integer("num_local_experts", 1, 1 << 16);
    moe.experts_per_token = r.integer("num_experts_per_tok", 1, moe.routed_experts);
    moe.expert_ffn = r.integer("intermediate_size", 1, 1 << 22);
    m.dense_ffn = moe.expert_ffn;
    m.moe = moe;
}

// Qwen3-MoE: every layer MoE (dense layers in between are refused).
void read_qwen3_moe_experts(const ConfigReader& r, ModelArch& m)
{
    MoeDims moe;
    moe.routed_experts = r.integer("num_experts", 1, 1 << 16);
    moe.experts_per_token = r.integer("num_experts_per_tok", 1, moe.routed_experts);
    moe.expert_ffn = r.integer("moe_intermediate_size", 1, 1 << 22);
    if (r.has("mlp_only_layers") && r.j.at("mlp_only_layers").is_array() && !r.j.at("mlp_only_layers").empty()) {
        r.fail("mlp_only_layers", "dense layers between MoE layers are not modelled; only a list of none is supported");
    }
    if (r.integer_or("decoder_sparse_step", 1, 1, 1000) != 1) r.fail("decoder_sparse_step", "only 1 (every layer MoE) is supported");
    m.dense_ffn = r.integer_or("intermediate_size", moe.expert_ffn, 1, 1 << 22);
    m.moe = moe;
}

// The FFN and experts of the family (and MLA for DeepSeek).
void read_hf_family_layers(const ConfigReader& r, ModelArch& m)
{
    if (m.family == "deepseek-v2" || m.family == "deepseek-v3") {
        read_deepseek_layers(r, m);
    } else if (m.family == "mixtral") {
        read_mixtral_experts(r, m);
    } else if (m.family == "qwen3-moe") {
        read_qwen3_moe_experts(r, m);
    } else {
        m.dense_ffn = r.integer("intermediate_size", 1, 1 << 22);
    }
}

// The checkpoint as published, as a variant vLLM-class engines load: FP8
// with one FP32 scale per weight block, or its torch_dtype.
WeightFormat hf_checkpoint_format(const ConfigReader& r, const ModelArch& m, const std::string& id)
{
    WeightFormat f;
    f.family = "hf";
    f.models = {id};
    f.source = m.source;
    const json& cfg = r.j;
    const json* q = cfg.contains("quantization_config") && cfg.at("quantization_config").is_object() ? &cfg.at("quantization_config") : nullptr;
    if (q && q->contains("quant_method") && q->at("quant_method") == "fp8") {
        double block = 128.0 * 128.0;
        if (q->contains("weight_block_size") && q->at("weight_block_size").is_array() && q->at("weight_block_size").size() == 2 &&
            q->at("weight_block_size")[0].is_number() && q->at("weight_block_size")[1].is_number()) {
            block = std::max(1.0, q->at("weight_block_size")[0].get<double>() * q->at("weight_block_size")[1].get<double>());
        }
        const double linear = 8.0 + 32.0 / block;  // FP8 weights + one FP32 scale per block
        f.id = id + "-fp8";
        f.name = m.name + " checkpoint (FP8)";
        f.compute = ComputeType::FP8;
        f.bits = BitsPerWeight{16, linear, linear, linear, linear, 16, 16, 32};
    } else {
        const std::string dtype = r.str_or("torch_dtype", "bfloat16");
        const double b = dtype == "float32" ? 32.0 : 16.0;
        f.id = id + (dtype == "float32" ? "-fp32" : dtype == "float16" ? "-fp16" : "-bf16");
        f.name = m.name + " checkpoint (" + dtype + ")";
        f.compute = ComputeType::BF16;
        f.bits = BitsPerWeight{b, b, b, b, b, b, b, b};
    }
    f.notes = "the checkpoint's own weights, from its config.json";
    return f;
}

// A parameter count in billions, cut to `width` characters ("671.02").
std::string billions(double count, std::size_t width) { return std::to_string(count / 1e9).substr(0, width); }

// An import note: whether the derived parameters match what the files say.
std::string check_note(bool passed, const std::string& what) { return std::string(passed ? "check passed" : "CHECK FAILED") + ": " + what; }

// The derived parameters against num_parameters, when the config states it.
void check_num_parameters(const ConfigReader& r, ImportedModel& out)
{
    if (!r.has("num_parameters")) return;
    const auto& v = r.j.at("num_parameters");
    if (!v.is_number() || !(v.get<double>() > 0)) r.fail("num_parameters", "must be a positive number, got " + detail::show(v));
    const double stated = v.get<double>();
    const double dev = std::abs(out.params - stated) / stated;
    out.notes.push_back(check_note(dev <= 0.02, "derived " + billions(out.params, 6) + " B parameters, num_parameters says " +
                                                    billions(stated, 6) + " B"));
}

// The derived parameters (with or without the MTP modules) against the
// bytes of a safetensors index, for 16- and 32-bit checkpoints.
void check_safetensors_bytes(const ConfigReader& r, double total_bytes, double mtp_params, ImportedModel& out)
{
    const std::string dtype = r.str_or("torch_dtype", "bfloat16");
    const double bytes_per = dtype == "float32" ? 4.0 : (dtype == "float16" || dtype == "bfloat16") ? 2.0 : 0.0;
    if (bytes_per <= 0) return;
    const double stated = total_bytes / bytes_per;
    const double with_mtp = out.params + mtp_params;
    const double dev = std::min(std::abs(out.params - stated), std::abs(with_mtp - stated)) / stated;
    out.notes.push_back(check_note(dev <= 0.02, "derived " + billions(out.params, 6) + " B parameters, the safetensors index holds " +
                                                    billions(stated, 6) + " B (" + dtype + ")"));
}

ImportedModel hf_model(const json& root, const std::string& id, std::optional<double> total_bytes)
{
    if (!root.is_object()) throw InputError("config", "must be a JSON object");
    const json cfg = language_config(root);
    const ConfigReader r{cfg, root.contains("text_config") ? "config.text_config" : "config"};
    const std::string arch_name = architecture_name(cfg);
    const std::string model_type = r.str_or("model_type", "");
    const std::string family = hf_family(r, model_type);
    ImportedModel out;
    ModelArch& m = out.arch;
    m.id = id;
    m.name = r.str_or("_name_or_path", id);
    if (m.name.empty()) m.name = id;
    m.family = family;
    read_hf_dimensions(r, m);
    read_hf_family_layers(r, m);
    m.source = "imported from config.json (" + (arch_name.empty() ? model_type : arch_name) + ")";

    const ParamCounts pc = count_params(m);
    out.params = pc.total();
    out.format = hf_checkpoint_format(r, m, id);
    check_num_parameters(r, out);
    if (total_bytes) check_safetensors_bytes(r, *total_bytes, pc.mtp, out);
    return out;
}

// ---------------------------------------------------------------------------
// GGUF

constexpr std::array<GgmlType, 32> kTypes = {{
    {0, "F32", 1, 4},       {1, "F16", 1, 2},        {2, "Q4_0", 32, 18},     {3, "Q4_1", 32, 20},
    {6, "Q5_0", 32, 22},    {7, "Q5_1", 32, 24},     {8, "Q8_0", 32, 34},     {9, "Q8_1", 32, 36},
    {10, "Q2_K", 256, 84},  {11, "Q3_K", 256, 110},  {12, "Q4_K", 256, 144},  {13, "Q5_K", 256, 176},
    {14, "Q6_K", 256, 210}, {15, "Q8_K", 256, 292},  {16, "IQ2_XXS", 256, 66}, {17, "IQ2_XS", 256, 74},
    {18, "IQ3_XXS", 256, 98}, {19, "IQ1_S", 256, 50}, {20, "IQ4_NL", 32, 18},  {21, "IQ3_S", 256, 110},
    {22, "IQ2_S", 256, 82}, {23, "IQ4_XS", 256, 136}, {24, "I8", 1, 1},        {25, "I16", 1, 2},
    {26, "I32", 1, 4},      {27, "I64", 1, 8},       {28, "F64", 1, 8},       {29, "IQ1_M", 256, 56},
    {30, "BF16", 1, 2},     {34, "TQ1_0", 256, 54},  {35, "TQ2_0", 256, 66},  {39, "MXFP4", 32, 17},
}};

class Cursor {
public:
    Cursor(const std::string& b, const GgufLimits& l) : b_(b), lim_(l) {}
    std::uint64_t pos() const { return pos_; }
    [[noreturn]] void fail(const std::string& what, std::uint64_t at) const
    {
        throw InputError("gguf@" + std::to_string(at), what);
    }
    void need(std::uint64_t n, const std::string& what) const
    {
        if (n > b_.size() - pos_) fail("truncated header: " + what + " needs " + std::to_string(n) + " bytes, " +
                                           std::to_string(b_.size() - pos_) + " left", pos_);
        if (pos_ + n > lim_.max_header_bytes) fail("header larger than the " + std::to_string(lim_.max_header_bytes) + "-byte cap", pos_);
    }
    template <class T>
    T get(const std::string& what)
    {
        need(sizeof(T), what);
        T v{};
        std::memcpy(&v, b_.data() + pos_, sizeof(T));
        pos_ += sizeof(T);
        return v;
    }
    std::string str(const std::string& what)
    {
        const std::uint64_t at = pos_;
        const auto n = get<std::uint64_t>(what + " length");
        if (n > lim_.max_string) fail(what + ": length " + std::to_string(n) + " exceeds the cap of " + std::to_string(lim_.max_string), at);
        need(n, what);
        std::string s = b_.substr(static_cast<std::size_t>(pos_), static_cast<std::size_t>(n));
        pos_ += n;
        return s;
    }
    void skip(std::uint64_t n, const std::string& what)
    {
        need(n, what);
        pos_ += n;
    }

private:
    const std::string& b_;
    const GgufLimits& lim_;
    std::uint64_t pos_ = 0;
};

std::uint64_t scalar_size(std::uint32_t t)
{
    switch (t) {
    case 0: case 1: case 7: return 1;
    case 2: case 3: return 2;
    case 4: case 5: case 6: return 4;
    case 10: case 11: case 12: return 8;
    default: return 0;
    }
}

json read_scalar(Cursor& c, std::uint32_t t, const std::string& key)
{
    switch (t) {
    case 0: return c.get<std::uint8_t>(key);
    case 1: return c.get<std::int8_t>(key);
    case 2: return c.get<std::uint16_t>(key);
    case 3: return c.get<std::int16_t>(key);
    case 4: return c.get<std::uint32_t>(key);
    case 5: return c.get<std::int32_t>(key);
    case 6: {
        const float f = c.get<float>(key);
        return std::isfinite(f) ? json(static_cast<double>(f)) : json(nullptr);
    }
    case 7: return c.get<std::uint8_t>(key) != 0;
    case 10: return c.get<std::uint64_t>(key);
    case 11: return c.get<std::int64_t>(key);
    case 12: {
        const double f = c.get<double>(key);
        return std::isfinite(f) ? json(f) : json(nullptr);
    }
    default: return nullptr;
    }
}

GgufHeader parse_header(const std::string& bytes, const GgufLimits& lim)
{
    Cursor c(bytes, lim);
    GgufHeader h;
    c.need(4, "magic");
    if (bytes.compare(0, 4, "GGUF") != 0) c.fail("not a GGUF file: the magic is not \"GGUF\"", 0);
    c.skip(4, "magic");
    h.version = c.get<std::uint32_t>("version");
    if (h.version != 2 && h.version != 3) c.fail("unknown GGUF version " + std::to_string(h.version) + " (2 and 3 are read)", 4);
    const std::uint64_t n_tensors = c.get<std::uint64_t>("tensor_count");
    if (n_tensors > lim.max_tensors) c.fail("tensor_count " + std::to_string(n_tensors) + " exceeds the cap of " + std::to_string(lim.max_tensors), 8);
    const std::uint64_t n_kv = c.get<std::uint64_t>("metadata_kv_count");
    if (n_kv > lim.max_kv) c.fail("metadata_kv_count " + std::to_string(n_kv) + " exceeds the cap of " + std::to_string(lim.max_kv), 16);
    for (std::uint64_t i = 0; i < n_kv; ++i) {
        const std::uint64_t at = c.pos();
        std::string key = c.str("metadata key " + std::to_string(i));
        const auto type = c.get<std::uint32_t>(key + " type");
        if (type == 8) {
            h.metadata[key] = c.str(key);
        } else if (type == 9) {
            const auto et = c.get<std::uint32_t>(key + " element type");
            const std::uint64_t arr_at = c.pos();
            const auto n = c.get<std::uint64_t>(key + " length");
            if (n > lim.max_array) c.fail(key + ": array length " + std::to_string(n) + " exceeds the cap of " + std::to_string(lim.max_array), arr_at);
            if (et == 8) {
                for (std::uint64_t k = 0; k < n; ++k) {
                    const auto len = c.get<std::uint64_t>(key + " element length");
                    if (len > lim.max_string) c.fail(key + ": string element too long", c.pos() - 8);
                    c.skip(len, key + " element");
                }
            } else if (const auto sz = scalar_size(et); sz > 0) {
                if (n > std::numeric_limits<std::uint64_t>::max() / sz) c.fail(key + ": array size overflows", arr_at);
                c.skip(n * sz, key + " elements");
            } else {
                c.fail(key + ": unsupported array element type " + std::to_string(et), arr_at - 4);
            }
            h.metadata[key + ".length"] = n;
        } else if (scalar_size(type) > 0) {
            h.metadata[key] = read_scalar(c, type, key);
        } else {
            c.fail(key + ": unknown metadata value type " + std::to_string(type), at);
        }
    }
    h.tensors.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(n_tensors, 1u << 16)));
    for (std::uint64_t i = 0; i < n_tensors; ++i) {
        const std::uint64_t at = c.pos();
        GgufTensorInfo t;
        t.name = c.str("tensor " + std::to_string(i) + " name");
        const auto nd = c.get<std::uint32_t>(t.name + " n_dims");
        if (nd == 0 || nd > 4) c.fail(t.name + ": " + std::to_string(nd) + " dimensions (1 to 4 are valid)", at);
        std::uint64_t elements = 1;
        for (std::uint32_t d = 0; d < nd; ++d) {
            const auto v = c.get<std::uint64_t>(t.name + " dim");
            if (v == 0 || v > (1ull << 40)) c.fail(t.name + ": dimension " + std::to_string(d) + " is " + std::to_string(v), at);
            if (elements > (1ull << 50) / v) c.fail(t.name + ": element count overflows (absurd dimensions)", at);
            elements *= v;
            t.dims.push_back(v);
        }
        t.elements = elements;
        t.type = c.get<std::uint32_t>(t.name + " type");
        const GgmlType* gt = ggml_type(t.type);
        if (!gt) c.fail(t.name + ": unknown tensor type " + std::to_string(t.type), c.pos() - 4);
        if (t.dims[0] % gt->block != 0) {
            c.fail(t.name + ": first dimension " + std::to_string(t.dims[0]) + " is not a multiple of " + gt->name + "'s block of " +
                       std::to_string(gt->block),
                   at);
        }
        t.bytes = elements / gt->block * gt->bytes;
        t.offset = c.get<std::uint64_t>(t.name + " offset");
        h.tensors.push_back(std::move(t));
    }
    h.header_bytes = c.pos();
    return h;
}

// Tensor classes as the planner counts them.
enum class Cls { Embedding, Output, Attention, DenseFfn, Routed, Shared, Router, Norm, FinalNorm, Mtp, Other };

Cls classify(const std::string& n, bool mla, int layers)
{
    if (n == "token_embd.weight") return Cls::Embedding;
    if (n == "output.weight") return Cls::Output;
    if (n == "output_norm.weight") return Cls::FinalNorm;
    static const std::regex blk(R"(^blk\.(\d+)\.(.+)$)");
    std::smatch mm;
    if (!std::regex_match(n, mm, blk)) return Cls::Other;
    if (std::stoll(mm[1].str().substr(0, 9)) >= layers) return Cls::Mtp;
    const std::string t = mm[2].str();
    auto has = [&](const char* s) { return t.find(s) != std::string::npos; };
    if (has("_exps")) return Cls::Routed;
    if (has("_shexp")) return Cls::Shared;
    if (has("ffn_gate_inp") || has("exp_probs_b")) return Cls::Router;
    if (has("_norm")) {
        if (mla && (has("attn_q_a_norm") || has("attn_kv_a_norm"))) return Cls::Attention;
        return Cls::Norm;
    }
    if (t.rfind("attn_", 0) == 0) return Cls::Attention;
    if (t.rfind("ffn_", 0) == 0) return Cls::DenseFfn;
    return Cls::Other;
}

const json* meta(const GgufHeader& h, const std::string& key)
{
    auto it = h.metadata.find(key);
    return it == h.metadata.end() ? nullptr : &it->second;
}

int meta_int(const GgufHeader& h, const std::string& key, std::optional<int> fallback, int min, int max)
{
    const json* v = meta(h, key);
    if (!v) {
        if (fallback) return *fallback;
        throw InputError("gguf." + key, "missing from the GGUF metadata");
    }
    if (!v->is_number_integer() && !v->is_number_unsigned()) throw InputError("gguf." + key, "must be a whole number, got " + detail::show(*v));
    const double d = v->get<double>();
    if (!(d >= min && d <= max)) throw InputError("gguf." + key, "out of range: " + detail::show(*v));
    return static_cast<int>(d);
}

const GgufTensorInfo* tensor(const GgufHeader& h, const std::string& name)
{
    for (const auto& t : h.tensors) {
        if (t.name == name) return &t;
    }
    return nullptr;
}

// general.architecture, checked to be a string.
std::string gguf_architecture(const GgufHeader& h)
{
    const json* a = meta(h, "general.architecture");
    if (!a || !a->is_string()) throw InputError("gguf.general.architecture", "missing from the GGUF metadata");
    return a->get<std::string>();
}

// The catalog family of a GGUF architecture, or an error naming it.
std::string gguf_family(const std::string& arch)
{
    static const std::map<std::string, std::string> kFamilies = {
        {"llama", "llama"}, {"qwen2", "qwen2"}, {"qwen3", "qwen3"}, {"qwen3moe", "qwen3-moe"}, {"gemma2", "gemma2"},
        {"gemma3", "gemma3"}, {"deepseek2", "deepseek-v3"}, {"mistral", "mistral"},
    };
    auto fam = kFamilies.find(arch);
    if (fam == kFamilies.end()) throw InputError("gguf.general.architecture", "unsupported architecture " + quote_for_message(arch));
    return fam->second;
}

// Layers, widths, heads, context and vocabulary (p is "ARCH."), with the
// tying and the QKV bias seen from the tensors; MHA or GQA from the heads.
void read_gguf_dimensions(const GgufHeader& h, const std::string& p, ModelArch& m)
{
    m.layers = meta_int(h, p + "block_count", std::nullopt, 1, 10000);
    m.hidden_size = meta_int(h, p + "embedding_length", std::nullopt, 1, 1 << 20);
    m.heads = meta_int(h, p + "attention.head_count", std::nullopt, 1, 4096);
    m.kv_heads = meta_int(h, p + "attention.head_count_kv", m.heads, 1, 4096);
    m.max_context = meta_int(h, p + "context_length", 4096, 1, 1 << 26);
    const GgufTensorInfo* emb = tensor(h, "token_embd.weight");
    if (!emb || emb->dims.size() != 2) throw InputError("gguf.token_embd.weight", "missing or not 2-dimensional");
    m.vocab_size = meta_int(h, p + "vocab_size", static_cast<int>(std::min<std::uint64_t>(emb->dims[1], 1u << 24)), 1, 1 << 24);
    m.tied_embeddings = tensor(h, "output.weight") == nullptr;
    m.qkv_bias = tensor(h, "blk.0.attn_q.bias") != nullptr;
    m.head_dim = meta_int(h, p + "attention.key_length", m.hidden_size / m.heads, 1, 8192);
    m.dense_ffn = meta_int(h, p + "feed_forward_length", std::nullopt, 1, 1 << 22);
    m.attention = m.kv_heads == m.heads ? AttentionKind::MHA : AttentionKind::GQA;
}

// deepseek2's latent attention: the ranks and the key split into its
// rotary and non-rotary parts.
void read_gguf_mla(const GgufHeader& h, const std::string& p, ModelArch& m)
{
    m.attention = AttentionKind::MLA;
    m.mla.q_lora_rank = meta_int(h, p + "attention.q_lora_rank", 0, 0, 1 << 20);
    m.mla.kv_lora_rank = meta_int(h, p + "attention.kv_lora_rank", std::nullopt, 1, 1 << 20);
    m.mla.qk_rope_head_dim = meta_int(h, p + "rope.dimension_count", std::nullopt, 1, 8192);
    const int key_len = meta_int(h, p + "attention.key_length", std::nullopt, 1, 8192);
    if (key_len <= m.mla.qk_rope_head_dim) throw InputError("gguf." + p + "attention.key_length", "must exceed rope.dimension_count");
    m.mla.qk_nope_head_dim = key_len - m.mla.qk_rope_head_dim;
    m.mla.v_head_dim = meta_int(h, p + "attention.value_length", std::nullopt, 1, 8192);
    m.head_dim = m.hidden_size / m.heads;  // unused by MLA; as the catalog and config.json import leave it
}

// The experts, when expert_count says there are any.
void read_gguf_experts(const GgufHeader& h, const std::string& p, ModelArch& m)
{
    if (!meta(h, p + "expert_count") || meta_int(h, p + "expert_count", 0, 0, 1 << 16) <= 0) return;
    MoeDims moe;
    moe.routed_experts = meta_int(h, p + "expert_count", std::nullopt, 1, 1 << 16);
    moe.experts_per_token = meta_int(h, p + "expert_used_count", std::nullopt, 1, moe.routed_experts);
    moe.shared_experts = meta_int(h, p + "expert_shared_count", 0, 0, 1 << 10);
    moe.expert_ffn = meta_int(h, p + "expert_feed_forward_length", m.dense_ffn, 1, 1 << 22);
    moe.first_dense_layers = meta_int(h, p + "leading_dense_block_count", 0, 0, m.layers);
    m.moe = moe;
}

// Bytes and elements of the header's tensors, summed per tensor class.
struct ClassTotals {
    std::map<Cls, double> bytes;
    std::map<Cls, double> elements;
};

ClassTotals class_totals(const GgufHeader& h, bool mla, int layers)
{
    ClassTotals totals;
    for (const auto& t : h.tensors) {
        const Cls c = classify(t.name, mla, layers);
        totals.bytes[c] += static_cast<double>(t.bytes);
        totals.elements[c] += static_cast<double>(t.elements);
    }
    return totals;
}

// bits = 8 * bytes / the planner's parameter count of the class, so the
// planner's weight bytes equal the file's bytes class by class.
BitsPerWeight gguf_bits(std::map<Cls, double>& bytes, const ParamCounts& pc)
{
    auto bits = [&](Cls c, double params, double fallback, const char* name) {
        if (params <= 0 || bytes[c] <= 0) return fallback;
        const double b = 8.0 * bytes[c] / params;
        if (!(b >= 0.5 && b <= 64)) throw InputError(std::string("gguf.tensors.") + name, "gives " + std::to_string(b) + " bits per weight: the tensors do not match the metadata");
        return b;
    };
    BitsPerWeight w;
    w.embedding = bits(Cls::Embedding, pc.embedding, 16, "embedding");
    w.output_head = bits(Cls::Output, pc.output_head, w.embedding, "output_head");
    w.attention = bits(Cls::Attention, pc.attention(), 16, "attention");
    w.dense_ffn = bits(Cls::DenseFfn, pc.dense_ffn(), 16, "dense_ffn");
    w.routed_expert = bits(Cls::Routed, pc.routed(), w.dense_ffn, "routed_expert");
    w.shared_expert = bits(Cls::Shared, pc.shared(), w.dense_ffn, "shared_expert");
    w.router = bits(Cls::Router, pc.router(), 32, "router");
    const double norm_bytes = bytes[Cls::Norm] + bytes[Cls::FinalNorm];
    w.norm = pc.norms() > 0 && norm_bytes > 0 ? std::clamp(8.0 * norm_bytes / pc.norms(), 0.5, 64.0) : 32;
    return w;
}

// The GGUF file as a variant: its bits per tensor class and its tensor
// bytes (without the MTP module and unclassified tensors) as the published size.
WeightFormat gguf_format(const GgufHeader& h, const ModelArch& m, const std::string& format_id, std::map<Cls, double>& bytes,
                         const ParamCounts& pc)
{
    WeightFormat f;
    f.id = format_id;
    const json* ft = meta(h, "general.file_type");
    f.name = m.name + " GGUF" + (ft ? " (file type " + ft->dump(-1, ' ', false, json::error_handler_t::replace) + ")" : "");
    f.family = "gguf";
    f.compute = ComputeType::INT8;
    f.models = {m.id};
    f.bits = gguf_bits(bytes, pc);
    double file_bytes = 0;
    for (const auto& [c, b] : bytes) file_bytes += b;
    f.published.push_back({m.id, file_bytes - bytes[Cls::Mtp] - bytes[Cls::Other], "tensor bytes of the imported GGUF header"});
    f.notes = "imported from a GGUF header: " + std::to_string(h.tensors.size()) + " tensors";
    return f;
}

// Element counts against the derived parameters: a mismatch says the
// architecture was read wrongly.
std::string tensor_elements_check(const std::map<Cls, double>& elements, double params)
{
    double counted = 0;
    for (const auto& [c, e] : elements) {
        if (c != Cls::Mtp && c != Cls::Other) counted += e;
    }
    const double dev = std::abs(counted - params) / std::max(1.0, params);
    return check_note(dev <= 0.01, "tensors hold " + billions(counted, 7) + " B parameters, the architecture gives " +
                                       billions(params, 7) + " B");
}

ImportedModel gguf_model(const GgufHeader& h, const std::string& id, const std::string& format_id)
{
    const std::string arch = gguf_architecture(h);
    const std::string family = gguf_family(arch);
    const std::string p = arch + ".";
    ImportedModel out;
    ModelArch& m = out.arch;
    m.id = id;
    const json* nm = meta(h, "general.name");
    m.name = nm && nm->is_string() && !nm->get<std::string>().empty() ? nm->get<std::string>() : id;
    m.family = family;
    read_gguf_dimensions(h, p, m);
    const bool mla = arch == "deepseek2";
    if (mla) read_gguf_mla(h, p, m);
    read_gguf_experts(h, p, m);
    m.source = "imported from a GGUF header (" + arch + ")";

    ClassTotals totals = class_totals(h, mla, m.layers);
    const ParamCounts pc = count_params(m);
    out.params = pc.total();
    out.format = gguf_format(h, m, format_id, totals.bytes, pc);
    out.notes.push_back(tensor_elements_check(totals.elements, out.params));
    return out;
}

}  // namespace

const GgmlType* ggml_type(std::uint32_t id) noexcept
{
    for (const auto& t : kTypes) {
        if (t.id == id) return &t;
    }
    return nullptr;
}

Result<ImportedModel> import_hf_config(const std::string& text, const std::string& id, std::optional<double> total_bytes)
{
    std::string err;
    auto j = detail::parse_json(text, err);
    if (!j) return Error{"config", "not valid JSON: " + err};
    try {
        return hf_model(*j, id, total_bytes);
    } catch (const InputError& e) {
        return e.error();
    } catch (const std::exception& e) {
        return Error{"config", e.what()};
    }
}

Result<GgufHeader> parse_gguf_header(const std::string& bytes, const GgufLimits& limits)
{
    try {
        return parse_header(bytes, limits);
    } catch (const InputError& e) {
        return e.error();
    }
}

Result<GgufHeader> read_gguf_file(const std::filesystem::path& path, const GgufLimits& limits)
{
    auto read_one = [&](const std::filesystem::path& p) -> Result<GgufHeader> {
        struct stat st {};
        if (::stat(p.c_str(), &st) != 0) return Error{p.string(), "cannot open"};
        if (!S_ISREG(st.st_mode)) return Error{p.string(), "not a regular file"};
        std::ifstream in(p, std::ios::binary);
        if (!in) return Error{p.string(), "cannot open"};
        // Read growing prefixes until the header parses or the cap is hit:
        // never the weights beyond the header.
        std::string buf;
        std::uint64_t want = 1u << 20;
        const auto file_size = static_cast<std::uint64_t>(st.st_size);
        while (true) {
            const std::uint64_t target = std::min({want, file_size, limits.max_header_bytes});
            if (target > buf.size()) {
                const std::size_t old = buf.size();
                buf.resize(static_cast<std::size_t>(target));
                in.read(buf.data() + old, static_cast<std::streamsize>(target - old));
                buf.resize(old + static_cast<std::size_t>(in.gcount()));
            }
            auto h = parse_gguf_header(buf, limits);
            if (h) return h;
            const bool truncated = h.error().message.rfind("truncated header", 0) == 0;
            if (!truncated || buf.size() >= file_size || buf.size() >= limits.max_header_bytes || buf.size() < target) {
                return Error{p.string() + ": " + h.error().path, h.error().message};
            }
            want *= 4;
        }
    };
    static const std::regex split(R"(^(.*)-(\d{5})-of-(\d{5})\.gguf$)");
    const std::string fname = path.filename().string();
    std::smatch mm;
    if (!std::regex_match(fname, mm, split)) return read_one(path);
    const int count = std::stoi(mm[3].str());
    if (count < 1 || count > 9999) return Error{path.string(), "split count out of range"};
    GgufHeader merged;
    for (int i = 1; i <= count; ++i) {
        char part[32];
        std::snprintf(part, sizeof part, "-%05d-of-%05d.gguf", i, count);
        const auto p = path.parent_path() / (mm[1].str() + part);
        auto h = read_one(p);
        if (!h) return h.error();
        auto& v = h.value();
        if (i == 1) {
            merged.version = v.version;
            merged.metadata = v.metadata;
        }
        merged.header_bytes += v.header_bytes;
        for (auto& t : v.tensors) merged.tensors.push_back(std::move(t));
    }
    return merged;
}

Result<ImportedModel> import_gguf(const GgufHeader& header, const std::string& id, const std::string& format_id)
{
    try {
        return gguf_model(header, id, format_id);
    } catch (const InputError& e) {
        return e.error();
    }
}

std::string catalog_id_from(const std::string& name)
{
    std::string out;
    for (char ch : name) {
        const auto u = static_cast<unsigned char>(ch);
        if (std::isalnum(u)) out += static_cast<char>(std::tolower(u));
        else if (ch == '.' || ch == '_' || ch == '-') out += ch;
        else if (!out.empty() && out.back() != '-') out += '-';
        if (out.size() >= 64) break;
    }
    while (!out.empty() && (out.back() == '-' || out.back() == '.')) out.pop_back();
    while (!out.empty() && !std::isalnum(static_cast<unsigned char>(out.front()))) out.erase(out.begin());
    return out.empty() ? "imported-model" : out;
}

json model_to_json(const ModelArch& m)
{
    json j;
    j["id"] = m.id;
    j["name"] = m.name;
    j["family"] = m.family;
    j["layers"] = m.layers;
    j["hidden_size"] = m.hidden_size;
    j["vocab_size"] = m.vocab_size;
    j["heads"] = m.heads;
    j["kv_heads"] = m.kv_heads;
    j["head_dim"] = m.head_dim;
    j["dense_ffn"] = m.dense_ffn;
    j["attention"] = m.attention == AttentionKind::MLA ? "mla" : m.attention == AttentionKind::MHA ? "mha" : "gqa";
    if (m.attention == AttentionKind::MLA) {
        j["mla"] = {{"q_lora_rank", m.mla.q_lora_rank}, {"kv_lora_rank", m.mla.kv_lora_rank},
                    {"qk_nope_head_dim", m.mla.qk_nope_head_dim}, {"qk_rope_head_dim", m.mla.qk_rope_head_dim},
                    {"v_head_dim", m.mla.v_head_dim}};
    }
    if (m.moe) {
        j["moe"] = {{"routed_experts", m.moe->routed_experts}, {"shared_experts", m.moe->shared_experts},
                    {"experts_per_token", m.moe->experts_per_token}, {"expert_ffn", m.moe->expert_ffn},
                    {"first_dense_layers", m.moe->first_dense_layers}};
    }
    j["mtp_modules"] = m.mtp_modules;
    j["tied_embeddings"] = m.tied_embeddings;
    j["qkv_bias"] = m.qkv_bias;
    j["max_context"] = m.max_context;
    if (m.published_params_b > 0) j["published_params_b"] = m.published_params_b;
    if (!m.repo.empty()) j["repo"] = m.repo;
    j["sources"] = {{"architecture", m.source}};
    return j;
}

json format_to_json(const WeightFormat& f)
{
    json j;
    j["id"] = f.id;
    j["name"] = f.name;
    j["family"] = f.family;
    const char* compute = f.compute == ComputeType::FP8 ? "fp8" : f.compute == ComputeType::INT8 ? "int8" : f.compute == ComputeType::INT4 ? "int4" : "bf16";
    j["compute"] = compute;
    j["bits"] = {{"embedding", f.bits.embedding},   {"attention", f.bits.attention},         {"dense_ffn", f.bits.dense_ffn},
                 {"shared_expert", f.bits.shared_expert}, {"routed_expert", f.bits.routed_expert}, {"output_head", f.bits.output_head},
                 {"router", f.bits.router},         {"norm", f.bits.norm}};
    j["models"] = f.models;
    if (!f.published.empty()) {
        json arr = json::array();
        for (const auto& p : f.published) arr.push_back({{"model", p.model}, {"size", p.bytes}, {"unit", "bytes"}, {"source", p.source}});
        j["published"] = arr;
    }
    if (!f.repos.empty()) {
        json arr = json::array();
        for (const auto& r : f.repos) {
            json e = {{"model", r.model}, {"repo", r.repo}, {"source", r.source}};
            if (!r.file_pattern.empty()) e["file_pattern"] = r.file_pattern;
            arr.push_back(e);
        }
        j["repos"] = arr;
    }
    j["notes"] = f.notes;
    j["sources"] = {{"format", f.source.empty() ? "imported" : f.source}};
    return j;
}

}  // namespace deepplan
