// Importing models: Hugging Face config.json files of the distills reproduce
// the catalog's own entries; GGUF headers written here give exact bytes per
// tensor class; R1's published UD-Q2_K_XL size comes back from its tensor
// list; malformed headers are refused with the offset and field.

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "deepplan/model_import.hpp"
#include "deepplan/units.hpp"
#include "gguf_writer.hpp"
#include "test_support.hpp"

namespace deepplan::test {
namespace {

std::string read_text(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string hf_config(const std::string& dir) { return read_text(std::filesystem::path(TEST_DATA_DIR) / "hf" / dir / "config.json"); }

void expect_same_arch(const ModelArch& got, const ModelArch& want)
{
    EXPECT_EQ(got.layers, want.layers) << want.id;
    EXPECT_EQ(got.hidden_size, want.hidden_size) << want.id;
    EXPECT_EQ(got.vocab_size, want.vocab_size) << want.id;
    EXPECT_EQ(got.heads, want.heads) << want.id;
    EXPECT_EQ(got.kv_heads, want.kv_heads) << want.id;
    EXPECT_EQ(got.head_dim, want.head_dim) << want.id;
    EXPECT_EQ(got.dense_ffn, want.dense_ffn) << want.id;
    EXPECT_EQ(got.attention, want.attention) << want.id;
    EXPECT_EQ(got.tied_embeddings, want.tied_embeddings) << want.id;
    EXPECT_EQ(got.qkv_bias, want.qkv_bias) << want.id;
    EXPECT_EQ(got.max_context, want.max_context) << want.id;
    EXPECT_EQ(got.mtp_modules, want.mtp_modules) << want.id;
    EXPECT_EQ(got.is_moe(), want.is_moe()) << want.id;
    EXPECT_DOUBLE_EQ(count_params(got).total(), count_params(want).total()) << want.id;
}

TEST(ImportHf, TheDistillsConfigsReproduceTheCatalogEntries)
{
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"DeepSeek-R1-Distill-Qwen-1.5B", "deepseek-r1-distill-qwen-1.5b"}, {"DeepSeek-R1-Distill-Qwen-7B", "deepseek-r1-distill-qwen-7b"},
        {"DeepSeek-R1-Distill-Llama-8B", "deepseek-r1-distill-llama-8b"},   {"DeepSeek-R1-Distill-Qwen-14B", "deepseek-r1-distill-qwen-14b"},
        {"DeepSeek-R1-Distill-Qwen-32B", "deepseek-r1-distill-qwen-32b"},   {"DeepSeek-R1-Distill-Llama-70B", "deepseek-r1-distill-llama-70b"},
        {"DeepSeek-R1", "deepseek-r1"},
    };
    for (const auto& [dir, id] : cases) {
        auto r = import_hf_config(hf_config(dir), "imported-" + id);
        ASSERT_TRUE(r.ok()) << dir << ": " << r.error().describe();
        const ModelArch* want = shipped_catalog().model(id);
        ASSERT_NE(want, nullptr);
        expect_same_arch(r.value().arch, *want);
        if (want->published_params_b > 0 && !want->is_moe()) {
            // Within 1.5 % of the publisher's own figure (it rounds; Qwen's counts its per-head norms).
            EXPECT_NEAR(r.value().params / 1e9, want->published_params_b, want->published_params_b * 0.015) << dir;
        }
    }
}

TEST(ImportHf, R1KeepsItsMlaAndMoeShape)
{
    auto r = import_hf_config(hf_config("DeepSeek-R1"), "r1-copy");
    ASSERT_TRUE(r.ok());
    const auto& a = r.value().arch;
    EXPECT_EQ(a.mla.q_lora_rank, 1536);
    EXPECT_EQ(a.mla.kv_lora_rank, 512);
    ASSERT_TRUE(a.moe);
    EXPECT_EQ(a.moe->routed_experts, 256);
    EXPECT_EQ(a.moe->first_dense_layers, 3);
    EXPECT_NEAR(r.value().params / 1e9, 671.0, 1.0);
}

TEST(ImportHf, MoeModelsOfOtherFamilies)
{
    auto mix = import_hf_config(hf_config("Mixtral-8x7B-v0.1"), "mixtral");
    ASSERT_TRUE(mix.ok()) << mix.error().describe();
    EXPECT_NEAR(mix.value().params / 1e9, 46.70, 0.05);  // Mistral's published 46.7B
    auto q3 = import_hf_config(hf_config("Qwen3-30B-A3B"), "qwen3-30b");
    ASSERT_TRUE(q3.ok()) << q3.error().describe();
    EXPECT_NEAR(q3.value().params / 1e9, 30.5, 0.1);      // Qwen's published 30.5B
    EXPECT_NEAR(count_params(q3.value().arch).active() / 1e9, 3.3, 0.1);  // "A3B": 3.3B activated
}

TEST(ImportHf, ParameterChecksAgainstNumParametersAndTheSafetensorsIndex)
{
    std::string cfg = hf_config("DeepSeek-R1-Distill-Qwen-7B");
    auto plain = import_hf_config(cfg, "x");
    ASSERT_TRUE(plain.ok());
    const double params = plain.value().params;
    auto good = import_hf_config(cfg, "x", 2.0 * params);
    ASSERT_TRUE(good.ok());
    ASSERT_EQ(good.value().notes.size(), 1u);
    EXPECT_EQ(good.value().notes[0].rfind("check passed", 0), 0u) << good.value().notes[0];
    auto bad = import_hf_config(cfg, "x", 3.0 * params);
    ASSERT_TRUE(bad.ok());
    EXPECT_EQ(bad.value().notes[0].rfind("CHECK FAILED", 0), 0u) << bad.value().notes[0];
    auto j = nlohmann::json::parse(cfg);
    j["num_parameters"] = 7615616512.0;  // Qwen2.5-7B's stated count
    auto stated = import_hf_config(j.dump(), "x");
    ASSERT_TRUE(stated.ok());
    EXPECT_EQ(stated.value().notes[0].rfind("check passed", 0), 0u) << stated.value().notes[0];
}

TEST(ImportHf, BadConfigsNameTheKey)
{
    auto j = nlohmann::json::parse(hf_config("DeepSeek-R1-Distill-Llama-8B"));
    auto missing = j;
    missing.erase("num_hidden_layers");
    auto r = import_hf_config(missing.dump(), "x");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().path, "config.num_hidden_layers");
    auto negative = j;
    negative["hidden_size"] = -4096;
    r = import_hf_config(negative.dump(), "x");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().path, "config.hidden_size");
    auto unknown = j;
    unknown["model_type"] = "rwkv";
    r = import_hf_config(unknown.dump(), "x");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().path, "config.model_type");
    auto kv = j;
    kv["num_key_value_heads"] = 7;
    r = import_hf_config(kv.dump(), "x");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().path, "config.num_key_value_heads");
    r = import_hf_config("{\"hidden_size\": 1e999}", "x");
    ASSERT_FALSE(r.ok());
    r = import_hf_config("[1,2]", "x");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().path, "config");
}

// ---------------------------------------------------------------------------
// GGUF

// A tiny Llama: 2 layers, hidden 256, 4 heads (2 KV), FFN 512, vocab 1000.
GgufWriter tiny_llama()
{
    GgufWriter w;
    w.kv_str("general.architecture", "llama");
    w.kv_str("general.name", "Tiny Llama");
    w.kv_u32("llama.block_count", 2);
    w.kv_u32("llama.embedding_length", 256);
    w.kv_u32("llama.feed_forward_length", 512);
    w.kv_u32("llama.attention.head_count", 4);
    w.kv_u32("llama.attention.head_count_kv", 2);
    w.kv_u32("llama.context_length", 2048);
    w.kv_f32("llama.rope.freq_base", 10000.0f);
    w.kv_str_array("tokenizer.ggml.tokens", 1000);
    w.tensor("token_embd.weight", {256, 1000}, 8);   // Q8_0: 256000/32*34 = 272000
    w.tensor("output.weight", {256, 1000}, 14);      // Q6_K: 256000/256*210 = 210000
    w.tensor("output_norm.weight", {256}, 0);        // F32: 1024
    for (int l = 0; l < 2; ++l) {
        const std::string b = "blk." + std::to_string(l) + ".";
        w.tensor(b + "attn_norm.weight", {256}, 0);
        w.tensor(b + "ffn_norm.weight", {256}, 0);
        w.tensor(b + "attn_q.weight", {256, 256}, 12);   // Q4_K: 65536/256*144 = 36864
        w.tensor(b + "attn_k.weight", {256, 128}, 12);   // 18432
        w.tensor(b + "attn_v.weight", {256, 128}, 14);   // Q6_K: 32768/256*210 = 26880
        w.tensor(b + "attn_output.weight", {256, 256}, l == 0 ? 19u : 29u);  // IQ1_S 12800 / IQ1_M 14336
        w.tensor(b + "ffn_gate.weight", {256, 512}, 10);  // Q2_K: 131072/256*84 = 43008
        w.tensor(b + "ffn_up.weight", {256, 512}, 23);    // IQ4_XS: 131072/256*136 = 69632
        w.tensor(b + "ffn_down.weight", {512, 256}, 30);  // BF16: 262144
    }
    return w;
}

TEST(ImportGguf, AnArchitectureThatIsNotUtf8IsRefusedNamingTheKey)
{
    // Found by fuzz_gguf (fuzz/regressions/crash/gguf-invalid-utf8-architecture):
    // echoing the unknown architecture through nlohmann's dump threw on the
    // byte 0x93 and the process aborted.
    GgufWriter w;
    w.kv_str("general.architecture", std::string("lla\x93" "a"));
    w.kv_u32("llama.block_count", 2);
    auto h = parse_gguf_header(w.header());
    ASSERT_TRUE(h.ok()) << h.error().describe();
    auto m = import_gguf(h.value(), "x", "x-gguf");
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().path, "gguf.general.architecture");
    EXPECT_NE(m.error().message.find("\"lla\\x93a\""), std::string::npos) << m.error().message;
    EXPECT_NO_THROW((void)nlohmann::json(m.error().message).dump());
}

TEST(ImportGguf, TinyModelBytesPerTensorAreExact)
{
    auto h = parse_gguf_header(tiny_llama().header());
    ASSERT_TRUE(h.ok()) << h.error().describe();
    const auto& t = h.value().tensors;
    ASSERT_EQ(t.size(), 21u);
    EXPECT_EQ(h.value().metadata.at("tokenizer.ggml.tokens.length"), 1000);
    auto bytes_of = [&](const std::string& n) -> std::uint64_t {
        for (const auto& x : t) {
            if (x.name == n) return x.bytes;
        }
        ADD_FAILURE() << n;
        return 0;
    };
    EXPECT_EQ(bytes_of("token_embd.weight"), 272000u);
    EXPECT_EQ(bytes_of("output.weight"), 210000u);
    EXPECT_EQ(bytes_of("blk.0.attn_q.weight"), 36864u);
    EXPECT_EQ(bytes_of("blk.0.attn_v.weight"), 26880u);
    EXPECT_EQ(bytes_of("blk.0.attn_output.weight"), 12800u);
    EXPECT_EQ(bytes_of("blk.1.attn_output.weight"), 14336u);
    EXPECT_EQ(bytes_of("blk.0.ffn_gate.weight"), 43008u);
    EXPECT_EQ(bytes_of("blk.0.ffn_up.weight"), 69632u);
    EXPECT_EQ(bytes_of("blk.0.ffn_down.weight"), 262144u);

    auto m = import_gguf(h.value(), "tiny-llama", "tiny-llama-gguf");
    ASSERT_TRUE(m.ok()) << m.error().describe();
    const auto& a = m.value().arch;
    EXPECT_EQ(a.layers, 2);
    EXPECT_EQ(a.vocab_size, 1000);
    EXPECT_EQ(a.kv_heads, 2);
    EXPECT_FALSE(a.tied_embeddings);
    ASSERT_TRUE(m.value().format);
    const WeightBytes wb = weight_bytes(count_params(a), m.value().format->bits);
    // Per class, the planner's bytes are the file's bytes.
    EXPECT_NEAR(wb.embedding, 272000, 1e-6);
    EXPECT_NEAR(wb.output_head, 210000, 1e-6);
    EXPECT_NEAR(wb.attention_per_layer * 2, 2 * (36864 + 18432 + 26880) + 12800 + 14336, 1e-6);
    EXPECT_NEAR(wb.dense_ffn_per_layer * 2, 2 * (43008 + 69632 + 262144), 1e-6);
    const double all = 272000 + 210000 + 1024 + 2 * (1024 + 1024 + 36864 + 18432 + 26880 + 43008 + 69632 + 262144) + 12800 + 14336;
    EXPECT_NEAR(wb.total, all, 1e-6);
    EXPECT_NEAR(m.value().format->published.front().bytes, all, 1e-6);
    EXPECT_EQ(m.value().notes.front().rfind("check passed", 0), 0u) << m.value().notes.front();
}

// R1 UD-Q2_K_XL as llama.cpp reports it (ik_llama.cpp PR 259): 1025 tensors,
// f32 361, q2_K 171, q3_K 3, q4_K 306, q6_K 184; 211.034 GiB. Shapes follow
// from the architecture; which tensor has which type is the assignment that
// matches those counts and llama.cpp's rule of a higher type for ffn_down and
// attn_kv (routed down_proj: 3 layers q3_K), and the published size pins it.
GgufWriter r1_ud_q2_k_xl()
{
    const std::uint64_t H = 7168, V = 129280;
    GgufWriter w;
    w.kv_str("general.architecture", "deepseek2");
    w.kv_str("general.name", "DeepSeek R1");
    w.kv_u32("deepseek2.block_count", 61);
    w.kv_u32("deepseek2.context_length", 163840);
    w.kv_u32("deepseek2.embedding_length", 7168);
    w.kv_u32("deepseek2.feed_forward_length", 18432);
    w.kv_u32("deepseek2.attention.head_count", 128);
    w.kv_u32("deepseek2.attention.head_count_kv", 128);
    w.kv_u32("deepseek2.leading_dense_block_count", 3);
    w.kv_u32("deepseek2.vocab_size", 129280);
    w.kv_u32("deepseek2.attention.q_lora_rank", 1536);
    w.kv_u32("deepseek2.attention.kv_lora_rank", 512);
    w.kv_u32("deepseek2.attention.key_length", 192);
    w.kv_u32("deepseek2.attention.value_length", 128);
    w.kv_u32("deepseek2.expert_feed_forward_length", 2048);
    w.kv_u32("deepseek2.expert_count", 256);
    w.kv_u32("deepseek2.expert_shared_count", 1);
    w.kv_u32("deepseek2.expert_used_count", 8);
    w.kv_u32("deepseek2.rope.dimension_count", 64);
    const std::uint32_t f32 = 0, q2k = 10, q3k = 11, q4k = 12, q6k = 14;
    w.tensor("token_embd.weight", {H, V}, q4k);
    w.tensor("output_norm.weight", {H}, f32);
    w.tensor("output.weight", {H, V}, q6k);
    int down_q3 = 0;
    for (int l = 0; l < 61; ++l) {
        const std::string b = "blk." + std::to_string(l) + ".";
        w.tensor(b + "attn_norm.weight", {H}, f32);
        w.tensor(b + "attn_q_a_norm.weight", {1536}, f32);
        w.tensor(b + "attn_kv_a_norm.weight", {512}, f32);
        w.tensor(b + "ffn_norm.weight", {H}, f32);
        w.tensor(b + "attn_q_a.weight", {H, 1536}, q4k);
        w.tensor(b + "attn_q_b.weight", {1536, 128 * 192}, q4k);
        w.tensor(b + "attn_kv_a_mqa.weight", {H, 576}, q6k);
        w.tensor(b + "attn_kv_b.weight", {512, 128 * 256}, q6k);
        w.tensor(b + "attn_output.weight", {128 * 128, H}, q4k);
        if (l < 3) {
            w.tensor(b + "ffn_gate.weight", {H, 18432}, q4k);
            w.tensor(b + "ffn_up.weight", {H, 18432}, q4k);
            w.tensor(b + "ffn_down.weight", {18432, H}, q6k);
            continue;
        }
        w.tensor(b + "ffn_gate_inp.weight", {H, 256}, f32);
        w.tensor(b + "exp_probs_b.bias", {256}, f32);
        w.tensor(b + "ffn_gate_exps.weight", {H, 2048, 256}, q2k);
        w.tensor(b + "ffn_up_exps.weight", {H, 2048, 256}, q2k);
        w.tensor(b + "ffn_down_exps.weight", {2048, H, 256}, down_q3++ < 3 ? q3k : q2k);
        w.tensor(b + "ffn_gate_shexp.weight", {H, 2048}, q4k);
        w.tensor(b + "ffn_up_shexp.weight", {H, 2048}, q4k);
        w.tensor(b + "ffn_down_shexp.weight", {2048, H}, q6k);
    }
    return w;
}

TEST(ImportGguf, R1UdQ2KXlPublishedSizeFromItsTensorList)
{
    auto h = parse_gguf_header(r1_ud_q2_k_xl().header());
    ASSERT_TRUE(h.ok()) << h.error().describe();
    ASSERT_EQ(h.value().tensors.size(), 1025u);
    std::map<std::uint32_t, int> per_type;
    for (const auto& t : h.value().tensors) ++per_type[t.type];
    EXPECT_EQ(per_type[0], 361);
    EXPECT_EQ(per_type[10], 171);
    EXPECT_EQ(per_type[11], 3);
    EXPECT_EQ(per_type[12], 306);
    EXPECT_EQ(per_type[14], 184);
    auto m = import_gguf(h.value(), "r1-imported", "r1-ud-q2-k-xl");
    ASSERT_TRUE(m.ok()) << m.error().describe();
    const double gib = m.value().format->published.front().bytes / units::kGiB;
    EXPECT_NEAR(gib, 211.034, 0.0005);
    // The architecture read from the header is R1's.
    expect_same_arch(m.value().arch, [] {
        ModelArch a = *shipped_catalog().model("deepseek-r1");
        a.mtp_modules = 0;  // GGUF files of R1 leave the MTP module out
        a.max_context = 163840;
        return a;
    }());
    // And the planner's weight bytes equal the file's.
    const WeightBytes wb = weight_bytes(count_params(m.value().arch), m.value().format->bits);
    EXPECT_NEAR(wb.total / units::kGiB, 211.034, 0.0005);
    EXPECT_EQ(m.value().notes.front().rfind("check passed", 0), 0u) << m.value().notes.front();
    // The catalog's own UD-Q2_K_XL entry agrees within 1 %.
    const WeightFormat* cat = shipped_catalog().format("ud-q2_k_xl");
    ASSERT_NE(cat, nullptr);
    const double cat_total = weight_bytes(count_params(*shipped_catalog().model("deepseek-r1")), cat->bits).total;
    EXPECT_NEAR(cat_total / wb.total, 1.0, 0.01);
}

TEST(ImportGguf, SplitFilesAreReadAsOne)
{
    const auto dir = std::filesystem::temp_directory_path() / ("deepplan-gguf-split-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    // Part 1 carries the metadata and the first tensors, part 2 the rest.
    GgufWriter full = tiny_llama();
    GgufWriter p1;
    p1.kv_str("general.architecture", "llama");
    p1.kv_u32("llama.block_count", 1);
    p1.kv_u32("llama.embedding_length", 256);
    p1.kv_u32("llama.feed_forward_length", 512);
    p1.kv_u32("llama.attention.head_count", 4);
    p1.kv_u32("llama.attention.head_count_kv", 2);
    p1.tensor("token_embd.weight", {256, 1000}, 8);
    p1.tensor("output_norm.weight", {256}, 0);
    GgufWriter p2;
    p2.kv_u32("split.no", 1);
    p2.tensor("blk.0.attn_norm.weight", {256}, 0);
    p2.tensor("blk.0.ffn_norm.weight", {256}, 0);
    p2.tensor("blk.0.attn_q.weight", {256, 256}, 12);
    p2.tensor("blk.0.attn_k.weight", {256, 128}, 12);
    p2.tensor("blk.0.attn_v.weight", {256, 128}, 12);
    p2.tensor("blk.0.attn_output.weight", {256, 256}, 12);
    p2.tensor("blk.0.ffn_gate.weight", {256, 512}, 12);
    p2.tensor("blk.0.ffn_up.weight", {256, 512}, 12);
    p2.tensor("blk.0.ffn_down.weight", {512, 256}, 12);
    std::ofstream(dir / "tiny-00001-of-00002.gguf", std::ios::binary) << p1.header();
    std::ofstream(dir / "tiny-00002-of-00002.gguf", std::ios::binary) << p2.header() << std::string(4096, '\0');
    auto h = read_gguf_file(dir / "tiny-00001-of-00002.gguf");
    ASSERT_TRUE(h.ok()) << h.error().describe();
    EXPECT_EQ(h.value().tensors.size(), 11u);
    auto m = import_gguf(h.value(), "tiny", "tiny-gguf");
    ASSERT_TRUE(m.ok()) << m.error().describe();
    EXPECT_TRUE(m.value().arch.tied_embeddings);  // no output.weight
    EXPECT_EQ(m.value().notes.front().rfind("check passed", 0), 0u) << m.value().notes.front();
    // A missing sibling is named.
    std::filesystem::remove(dir / "tiny-00002-of-00002.gguf");
    auto gone = read_gguf_file(dir / "tiny-00001-of-00002.gguf");
    ASSERT_FALSE(gone.ok());
    EXPECT_NE(gone.error().path.find("tiny-00002-of-00002.gguf"), std::string::npos);
    // Not a regular file.
    auto d = read_gguf_file(dir);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().message, "not a regular file");
    std::filesystem::remove_all(dir);
}

TEST(ImportGguf, MalformedHeadersNameTheOffsetAndField)
{
    const std::string good = tiny_llama().header();
    auto wrong_magic = good;
    wrong_magic[0] = 'X';
    auto r = parse_gguf_header(wrong_magic);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().path, "gguf@0");

    GgufWriter v9(9);
    r = parse_gguf_header(v9.header());
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("unknown GGUF version 9"), std::string::npos);

    for (std::size_t cut : {std::size_t{3}, std::size_t{10}, std::size_t{30}, good.size() / 2, good.size() - 1}) {
        r = parse_gguf_header(good.substr(0, cut));
        ASSERT_FALSE(r.ok()) << cut;
        EXPECT_EQ(r.error().path.rfind("gguf@", 0), 0u);
    }
    EXPECT_NE(parse_gguf_header(good.substr(0, good.size() - 1)).error().message.find("truncated header"), std::string::npos);

    auto huge_count = good;
    huge_count.replace(8, 8, GgufWriter::pod_u64(~0ull));
    r = parse_gguf_header(huge_count);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().path, "gguf@8");
    EXPECT_NE(r.error().message.find("tensor_count"), std::string::npos);

    GgufWriter absurd;
    absurd.kv_str("general.architecture", "llama");
    absurd.tensor("x.weight", {1ull << 40, 1ull << 40}, 0);
    r = parse_gguf_header(absurd.header());
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("overflows"), std::string::npos) << r.error().message;

    GgufWriter unknown_type;
    unknown_type.tensor("x.weight", {256}, 77);
    r = parse_gguf_header(unknown_type.header());
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("unknown tensor type 77"), std::string::npos);

    GgufWriter bad_block;
    bad_block.tensor("x.weight", {100}, 12);
    r = parse_gguf_header(bad_block.header());
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("not a multiple"), std::string::npos);

    GgufWriter no_layers;
    no_layers.kv_str("general.architecture", "llama");
    no_layers.tensor("token_embd.weight", {256, 1000}, 8);
    auto h = parse_gguf_header(no_layers.header());
    ASSERT_TRUE(h.ok());
    auto m = import_gguf(h.value(), "x", "x-gguf");
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().path, "gguf.llama.block_count");
}

TEST(ImportGguf, CatalogJsonRoundTripsThroughTheCatalogParser)
{
    auto h = parse_gguf_header(tiny_llama().header());
    ASSERT_TRUE(h.ok());
    auto m = import_gguf(h.value(), "tiny-llama", "tiny-llama-gguf");
    ASSERT_TRUE(m.ok());
    Catalog c = shipped_catalog();
    ASSERT_FALSE(merge_catalog_json(c, "models", nlohmann::json{{"kind", "models"}, {"entries", nlohmann::json::array({model_to_json(m.value().arch)})}}, true));
    ASSERT_FALSE(merge_catalog_json(c, "formats", nlohmann::json{{"kind", "formats"}, {"entries", nlohmann::json::array({format_to_json(*m.value().format)})}}, true));
    const ModelArch* back = c.model("tiny-llama");
    ASSERT_NE(back, nullptr);
    expect_same_arch(*back, m.value().arch);
    const WeightBytes a = weight_bytes(count_params(*back), c.format("tiny-llama-gguf")->bits);
    const WeightBytes b = weight_bytes(count_params(m.value().arch), m.value().format->bits);
    EXPECT_NEAR(a.total, b.total, 1e-3);
}

}  // namespace
}  // namespace deepplan::test
