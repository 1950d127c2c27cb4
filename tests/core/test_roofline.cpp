// Decode steps and prefill passes computed by hand on a frozen catalog
// (tests/data/catalogs/frozen): every byte, FLOP, link message and overhead
// term is written out below from the catalog's round figures, and plan()
// must agree within 0.5 %. A change to any formula of the planner (what a
// step reads, which overheads it pays, how a link is charged) fails here with
// a number, whatever the shipped catalog's fitted efficiencies are.
//
// Only the public API is used: the catalog, plan() and its report.

#include <algorithm>
#include <cmath>
#include <filesystem>

#include <gtest/gtest.h>

#include "deepplan/catalog.hpp"
#include "deepplan/plan.hpp"
#include "deepplan/scenario.hpp"

namespace deepplan {
namespace {

constexpr double kGB = 1e9;                 // bandwidths and FLOP rates are decimal
constexpr double kCapacityGB = 1073741824;  // device memory "GB" is binary (units.hpp)
constexpr double kTera = 1e12;
constexpr double kUs = 1e-6;
constexpr double kTolerance = 0.005;  // 0.5 %

const Catalog& frozen()
{
    static const Catalog c = [] {
        auto r = load_catalog(std::filesystem::path(TEST_DATA_DIR) / "catalogs" / "frozen");
        if (!r) {
            ADD_FAILURE() << r.error().describe();
            return Catalog{};
        }
        return r.value();
    }();
    return c;
}

// A scenario on the frozen catalog: BF16 weights, no offload unless asked.
Scenario frozen_scenario(const std::string& model, const std::string& pool, const std::string& engine, int prompt, int output,
                         int concurrency = 1, int context = 4096)
{
    Scenario s;
    s.model = model;
    s.variant = "frozen-bf16";
    s.engine = engine;
    s.pool = parse_pool_spec(pool).value();
    s.offload = OffloadMode::None;
    s.workload.context = context;
    s.workload.prompt = prompt;
    s.workload.output = output;
    s.workload.concurrency = concurrency;
    return s;
}

Plan plan_ok(const Scenario& s)
{
    auto r = plan(s, frozen());
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().describe());
    return r.ok() ? r.value() : Plan{};
}

Plan plan_frozen(const std::string& model, const std::string& pool, const std::string& engine,
                 OffloadMode offload = OffloadMode::None, int concurrency = 1)
{
    Scenario s = frozen_scenario(model, pool, engine, 1024, 256, concurrency);
    s.offload = offload;
    return plan_ok(s);
}

// The workload every case below uses.
constexpr double kContext = 4096;  // L: tokens each sequence holds; decode attends over all of them
constexpr double kPrompt = 1024;   // P: prompt tokens of the prefill pass

// --- the two frozen models, counted by hand (catalogs/frozen/models.json) ----
// BF16 weights: 2 bytes a parameter; router and norms are stored in FP32 (4 bytes).

struct Dense {
    // frozen-dense: 32 layers, hidden 4096, 32 heads x 128, 8 KV heads, FFN 14336, vocab 32000.
    static constexpr double h = 4096, layers = 32, heads = 32, kv_heads = 8, head_dim = 128, ffn = 14336, vocab = 32000;
    // q and o projections h x (heads*head_dim), k and v h x (kv_heads*head_dim).
    static constexpr double attention = 2 * h * heads * head_dim + 2 * h * kv_heads * head_dim;
    static constexpr double mlp = 3 * h * ffn;  // gate, up, down
    static constexpr double norms = 2 * h;      // two RMSNorms a layer
    static constexpr double layer_params = attention + mlp + norms;
    static constexpr double layer_bytes = 2 * (attention + mlp) + 4 * norms;
    static constexpr double head_params = vocab * h;  // untied output head
    static constexpr double head_bytes = 2 * head_params;
    // K and V of one token in one layer, BF16.
    static constexpr double kv_token_layer = 2 * kv_heads * head_dim * 2;
    // QK^T and PV: 2 FLOPs per multiply-add, per head, per context position.
    static constexpr double attn_flops_pos = 4 * heads * head_dim;
};

struct Moe {
    // frozen-moe: 16 layers (the first dense), hidden 2048, 16 heads x 128, 4 KV heads,
    // dense FFN 8192, 64 routed experts of FFN 1024 (top-6), 2 shared experts.
    static constexpr double h = 2048, layers = 16, dense_layers = 1, moe_layers = 15, heads = 16, kv_heads = 4,
                            head_dim = 128, ffn = 8192, experts = 64, top_k = 6, shared = 2, expert_ffn = 1024,
                            vocab = 32000;
    static constexpr double attention = 2 * h * heads * head_dim + 2 * h * kv_heads * head_dim;
    static constexpr double norms = 2 * h;
    static constexpr double expert = 3 * h * expert_ffn;
    static constexpr double router = experts * h + experts;  // gate plus a score-correction bias per expert
    static constexpr double dense_layer_params = attention + 3 * h * ffn + norms;
    static constexpr double dense_layer_bytes = 2 * (attention + 3 * h * ffn) + 4 * norms;
    // What every token of an MoE layer reads whatever its routing: attention, norms, router, shared experts.
    static constexpr double moe_fixed_params = attention + norms + router + shared * expert;
    static constexpr double moe_fixed_bytes = 2 * (attention + shared * expert) + 4 * (norms + router);
    static constexpr double expert_bytes = 2 * expert;
    static constexpr double head_params = vocab * h;
    static constexpr double head_bytes = 2 * head_params;
    static constexpr double kv_token_layer = 2 * kv_heads * head_dim * 2;
    static constexpr double attn_flops_pos = 4 * heads * head_dim;

    // Distinct experts `tokens` tokens touch in one MoE layer, each choosing top-k of E:
    // E (1 - (1 - k/E)^tokens).
    static double touched(double tokens) { return experts * (1 - std::pow(1 - top_k / experts, tokens)); }
};

// frozen-gpu: 2000 GB/s, 400 TFLOP/s BF16, 64 GB. frozen-serve on it: eta_mem 0.8,
// eta_flop 0.5, eta_prefill 0.6; overheads 100 us a step, 10 us a layer, 20 us an
// MoE layer, 2 us per expert touched per MoE layer, 500 us per extra machine.
struct ServeOnGpu {
    static constexpr double bw = 2000 * kGB, peak = 400 * kTera;
    static constexpr double eta_mem = 0.8, eta_flop = 0.5, eta_prefill = 0.6;
    static constexpr double step_us = 100, layer_us = 10, moe_layer_us = 20, expert_us = 2, node_us = 500;
};

// The value of the assumption called `name`; NaN when the plan lists none.
double assumption(const Plan& p, const std::string& name)
{
    for (const auto& a : p.assumptions) {
        if (a.name == name) return a.value;
    }
    return std::nan("");
}

void expect_close(double planned, double by_hand, const char* what)
{
    EXPECT_NEAR(planned / by_hand, 1.0, kTolerance) << what << ": plan " << planned << ", by hand " << by_hand;
}

TEST(Roofline, DenseModelOnOneGpu)
{
    using M = Dense;
    using E = ServeOnGpu;
    const Plan p = plan_frozen("frozen-dense", "1x frozen-1gpu", "frozen-serve");
    ASSERT_TRUE(p.fits) << (p.reasons.empty() ? "" : p.reasons.front());
    ASSERT_EQ(p.layout.stages.size(), 1u);

    // Decode, one token: read every layer, the output head (not the embedding:
    // a lookup) and the KV cache of the whole context; compute 2 FLOPs a parameter.
    const double read = M::layers * M::layer_bytes + M::head_bytes + kContext * M::layers * M::kv_token_layer;
    const double t_mem = read / (E::bw * E::eta_mem);
    const double flops = 2 * (M::layers * M::layer_params + M::head_params) + kContext * M::attn_flops_pos * M::layers;
    const double t_cmp = flops / (E::peak * E::eta_flop);
    ASSERT_GT(t_mem, 10 * t_cmp);  // one stream is memory-bound
    const double overhead = (E::step_us + M::layers * E::layer_us) * kUs;
    const double step = std::max(t_mem, t_cmp) + overhead;
    expect_close(p.decode.step_ms, step * 1e3, "decode step");
    expect_close(p.decode.tokens_per_s, 1 / step, "decode tokens/s");
    EXPECT_EQ(p.decode.bottleneck, Bottleneck::MemoryBandwidth);

    // Prefill of one 1024-token prompt: linear layers on every token, causal
    // attention on P^2/2 pairs, logits only for the last token; the weights read once.
    const double pf_flops = 2 * kPrompt * M::layers * M::layer_params +
                            kPrompt * kPrompt / 2 * M::attn_flops_pos * M::layers + 2 * M::head_params;
    const double pf_cmp = pf_flops / (E::peak * E::eta_prefill);
    const double pf_mem = (M::layers * M::layer_bytes + M::head_bytes) / (E::bw * E::eta_mem);
    ASSERT_GT(pf_cmp, pf_mem);
    const double ttft = std::max(pf_cmp, pf_mem) + overhead;
    expect_close(p.prefill.ttft_s, ttft, "time to first token");
    expect_close(p.prefill.tokens_per_s, kPrompt / ttft, "prefill tokens/s");
    EXPECT_EQ(p.prefill.bottleneck, Bottleneck::Compute);

    // Memory: usable = 64 GiB x 0.9; weights include the embedding and the final norm.
    ASSERT_EQ(p.memory.per_device.size(), 1u);
    const double weights = M::layers * M::layer_bytes + 2 * M::head_bytes + 4 * M::h;
    EXPECT_NEAR(p.memory.per_device[0].usable_gb, 64 * 0.9 * kCapacityGB / kGB, 1e-9);
    EXPECT_NEAR(p.memory.per_device[0].weights_gb, weights / kGB, 1e-9);
    EXPECT_NEAR(p.memory.kv_per_token_bytes, M::layers * M::kv_token_layer, 1e-9);

    // The assumptions state the efficiencies the figures above used, and the
    // ranges are the figures scaled by the class's calibration spread (0.8-1.25).
    EXPECT_EQ(assumption(p, "eta_mem (datacenter-gpu)"), E::eta_mem);
    EXPECT_EQ(assumption(p, "eta_flop (datacenter-gpu)"), E::eta_flop);
    EXPECT_EQ(assumption(p, "eta_prefill (datacenter-gpu)"), E::eta_prefill);
    EXPECT_EQ(assumption(p, "step_overhead (datacenter-gpu)"), E::step_us);
    EXPECT_EQ(assumption(p, "layer_overhead (datacenter-gpu)"), E::layer_us);
    EXPECT_NEAR(p.decode.tokens_per_s_range.low, 0.8 / step, 0.8 / step * kTolerance);
    EXPECT_NEAR(p.decode.tokens_per_s_range.high, 1.25 / step, 1.25 / step * kTolerance);
    EXPECT_NEAR(p.prefill.ttft_s_range.low, ttft / 1.25, ttft / 1.25 * kTolerance);
    EXPECT_NEAR(p.prefill.ttft_s_range.high, ttft / 0.8, ttft / 0.8 * kTolerance);
}

TEST(Roofline, MoeModelTensorParallelOnOneMachine)
{
    using M = Moe;
    using E = ServeOnGpu;
    const double g = 4;  // frozen-4gpu: four GPUs on the 400 GB/s, 4 us fabric
    // The fabric's measured all-reduce: a 7 us floor and a 100 GB/s bus
    // bandwidth (custom kernel); NCCL's ring: 2 log2(g) latencies of 4 us and
    // the line rate of 400 GB/s. A pass takes the faster.
    const double allreduce_bus_bw = 100 * kGB, allreduce_floor = 7 * kUs;
    const double fabric_bw = 400 * kGB, fabric_latency = 4 * kUs;
    const Plan p = plan_frozen("frozen-moe", "1x frozen-4gpu", "frozen-serve");
    ASSERT_TRUE(p.fits) << (p.reasons.empty() ? "" : p.reasons.front());
    EXPECT_EQ(p.layout.tensor_parallel, 4);
    EXPECT_EQ(p.layout.mode, "tensor-parallel");

    // Tensor parallel: two all-reduces of the token's hidden state (BF16) per
    // layer, each the faster of the link's measured floor (whatever g) plus
    // 2 (g-1)/g of the message at the bus bandwidth, and the ring.
    auto allreduce = [&](double tokens) {
        const double ring_bytes = 2 * (g - 1) / g * tokens * M::h * 2;
        return std::min(allreduce_floor + ring_bytes / allreduce_bus_bw,
                        fabric_latency * std::log2(g) * 2 + ring_bytes / fabric_bw);
    };

    // Decode, one token: top-6 of 64 experts touched in each MoE layer.
    const double touched = M::top_k;
    EXPECT_NEAR(p.decode.experts_touched, touched, 1e-9);
    const double weights_read = M::dense_layers * M::dense_layer_bytes +
                                M::moe_layers * (M::moe_fixed_bytes + touched * M::expert_bytes) + M::head_bytes;
    // Each GPU reads a quarter of the weights and a quarter of the KV cache (4 KV heads over 4 ranks).
    const double kv_read = kContext * M::layers * M::kv_token_layer;
    const double t_mem = (weights_read / g + kv_read / g) / (E::bw * E::eta_mem);
    const double flops = 2 * (M::dense_layers * M::dense_layer_params +
                              M::moe_layers * (M::moe_fixed_params + M::top_k * M::expert) + M::head_params) +
                         kContext * M::attn_flops_pos * M::layers;
    const double t_cmp = flops / g / (E::peak * E::eta_flop);
    const double comm = 2 * M::layers * allreduce(1);
    const double overhead =
        (E::step_us + M::layers * E::layer_us + M::moe_layers * (E::moe_layer_us + touched * E::expert_us)) * kUs;
    const double step = std::max(t_mem, t_cmp) + comm + overhead;
    expect_close(p.decode.step_ms, step * 1e3, "decode step");
    expect_close(p.decode.tokens_per_s, 1 / step, "decode tokens/s");

    // Prefill, 1024 tokens: nearly every expert is touched, each read once.
    const double pf_touched = M::touched(kPrompt);
    const double pf_read = M::dense_layers * M::dense_layer_bytes +
                           M::moe_layers * (M::moe_fixed_bytes + pf_touched * M::expert_bytes) + M::head_bytes;
    const double pf_flops =
        2 * kPrompt *
            (M::dense_layers * M::dense_layer_params + M::moe_layers * (M::moe_fixed_params + M::top_k * M::expert)) +
        kPrompt * kPrompt / 2 * M::attn_flops_pos * M::layers + 2 * M::head_params;
    const double pf_cmp = pf_flops / g / (E::peak * E::eta_prefill);
    const double pf_mem = pf_read / g / (E::bw * E::eta_mem);
    const double pf_comm = 2 * M::layers * allreduce(kPrompt);
    const double pf_overhead =
        (E::step_us + M::layers * E::layer_us + M::moe_layers * (E::moe_layer_us + pf_touched * E::expert_us)) * kUs;
    const double ttft = std::max(pf_cmp, pf_mem) + pf_comm + pf_overhead;
    expect_close(p.prefill.ttft_s, ttft, "time to first token");
    expect_close(p.prefill.tokens_per_s, kPrompt / ttft, "prefill tokens/s");
}

TEST(Roofline, MoeBatchOfEightSequences)
{
    using M = Moe;
    using E = ServeOnGpu;
    const double g = 4, B = 8;
    const double allreduce_bus_bw = 100 * kGB, allreduce_floor = 7 * kUs;  // the fabric's measured all-reduce
    const double fabric_bw = 400 * kGB, fabric_latency = 4 * kUs;             // and NCCL's ring over it
    const Plan p = plan_frozen("frozen-moe", "1x frozen-4gpu", "frozen-serve", OffloadMode::None, 8);
    ASSERT_TRUE(p.fits) << (p.reasons.empty() ? "" : p.reasons.front());
    auto allreduce = [&](double tokens) {
        const double ring_bytes = 2 * (g - 1) / g * tokens * M::h * 2;
        return std::min(allreduce_floor + ring_bytes / allreduce_bus_bw,
                        fabric_latency * std::log2(g) * 2 + ring_bytes / fabric_bw);
    };

    // One step decodes a token of each of the 8 sequences: the batch touches
    // U(8) = 64 (1 - (58/64)^8) = 34.88 distinct experts per MoE layer, not 8 x 6,
    // reads the KV cache of all 8 sequences and does 8 tokens' FLOPs.
    const double touched = M::touched(B);
    EXPECT_NEAR(touched, 34.88, 0.005);
    EXPECT_NEAR(p.decode.experts_touched, touched, 1e-9);
    const double weights_read = M::dense_layers * M::dense_layer_bytes +
                                M::moe_layers * (M::moe_fixed_bytes + touched * M::expert_bytes) + M::head_bytes;
    const double kv_read = B * kContext * M::layers * M::kv_token_layer;
    const double t_mem = (weights_read / g + kv_read / g) / (E::bw * E::eta_mem);
    const double flops = B * 2 *
                             (M::dense_layers * M::dense_layer_params +
                              M::moe_layers * (M::moe_fixed_params + M::top_k * M::expert) + M::head_params) +
                         B * kContext * M::attn_flops_pos * M::layers;
    const double t_cmp = flops / g / (E::peak * E::eta_flop);
    const double comm = 2 * M::layers * allreduce(B);
    const double overhead =
        (E::step_us + M::layers * E::layer_us + M::moe_layers * (E::moe_layer_us + touched * E::expert_us)) * kUs;
    const double step = std::max(t_mem, t_cmp) + comm + overhead;
    expect_close(p.decode.step_ms, step * 1e3, "decode step of 8 sequences");
    expect_close(p.decode.aggregate_tokens_per_s, B / step, "aggregate tokens/s");
    expect_close(p.decode.tokens_per_s, 1 / step, "tokens/s per stream");

    // The engine prefills the 8 prompts in one pass: 8192 tokens, the weights read once.
    const double T = B * kPrompt;
    const double pf_touched = M::touched(T);
    const double pf_read = M::dense_layers * M::dense_layer_bytes +
                           M::moe_layers * (M::moe_fixed_bytes + pf_touched * M::expert_bytes) + M::head_bytes;
    const double pf_flops =
        2 * T *
            (M::dense_layers * M::dense_layer_params + M::moe_layers * (M::moe_fixed_params + M::top_k * M::expert)) +
        B * kPrompt * kPrompt / 2 * M::attn_flops_pos * M::layers + B * 2 * M::head_params;
    const double pass =
        std::max(pf_flops / g / (E::peak * E::eta_prefill), pf_read / g / (E::bw * E::eta_mem)) +
        2 * M::layers * allreduce(T) +
        (E::step_us + M::layers * E::layer_us + M::moe_layers * (E::moe_layer_us + pf_touched * E::expert_us)) * kUs;
    expect_close(p.prefill.aggregate_tokens_per_s, T / pass, "batched prefill tokens/s");
}

TEST(Roofline, PipelineOverTwoMachines)
{
    using M = Dense;
    using E = ServeOnGpu;
    // Two one-GPU machines joined by frozen-net (10 GB/s, 20 us, no RDMA): the
    // engine cannot run tensor parallel across them, so it pipelines.
    const double net_bw = 10 * kGB, net_latency = 20 * kUs;
    const Plan p = plan_frozen("frozen-dense", "2x frozen-1gpu@frozen-net", "frozen-serve");
    ASSERT_TRUE(p.fits) << (p.reasons.empty() ? "" : p.reasons.front());
    ASSERT_EQ(p.layout.stages.size(), 2u);
    // Layers split by free memory; alike machines with an embedding as large
    // as the head split them in half.
    const double half = M::layers / 2;
    EXPECT_EQ(p.layout.stages[0].first_layer, 0);
    EXPECT_EQ(p.layout.stages[0].end_layer, 16);
    EXPECT_EQ(p.layout.stages[1].end_layer, 32);
    EXPECT_EQ(p.layout.pipeline_parallel, 2);

    auto stage_decode = [&](bool head) {
        const double read = half * M::layer_bytes + (head ? M::head_bytes : 0) + kContext * half * M::kv_token_layer;
        const double flops =
            2 * (half * M::layer_params + (head ? M::head_params : 0)) + kContext * M::attn_flops_pos * half;
        return std::max(read / (E::bw * E::eta_mem), flops / (E::peak * E::eta_flop)) +
               (E::step_us + half * E::layer_us) * kUs;
    };
    // The hidden state crosses the network once, and the second machine costs the engine's node overhead.
    const double hop = net_latency + M::h * 2 / net_bw;
    const double coordination = E::node_us * kUs * (2 - 1);
    const double step = stage_decode(false) + stage_decode(true) + hop + coordination;
    expect_close(p.layout.stages[0].decode_ms, stage_decode(false) * 1e3, "first stage");
    expect_close(p.layout.stages[1].decode_ms, stage_decode(true) * 1e3, "second stage");
    expect_close(p.decode.step_ms, step * 1e3, "decode step");
    expect_close(p.decode.tokens_per_s, 1 / step, "decode tokens/s");

    auto stage_prefill = [&](bool head) {
        const double flops = 2 * kPrompt * half * M::layer_params + kPrompt * kPrompt / 2 * M::attn_flops_pos * half +
                             (head ? 2 * M::head_params : 0);
        const double read = half * M::layer_bytes + (head ? M::head_bytes : 0);
        return std::max(flops / (E::peak * E::eta_prefill), read / (E::bw * E::eta_mem)) +
               (E::step_us + half * E::layer_us) * kUs;
    };
    const double pf_hop = net_latency + kPrompt * M::h * 2 / net_bw;
    const double ttft = stage_prefill(false) + stage_prefill(true) + pf_hop + coordination;
    expect_close(p.prefill.ttft_s, ttft, "time to first token");
    expect_close(p.prefill.tokens_per_s, kPrompt / ttft, "prefill tokens/s");
}

TEST(Roofline, LayerOffloadToHostRam)
{
    using M = Dense;
    // frozen-desktop + one frozen-card (8 GB, 500 GB/s, 100 TFLOP/s, consumer class) on a
    // 25 GB/s, 10 us PCIe slot; host RAM 64 GB at 80 GB/s, a 2 TFLOP/s CPU.
    // frozen-offload: 95 % of device memory, 0.5 GB runtime + 0.5 GB activations
    // per card; card eta 0.7/0.4/0.3, 50 us a step, 5 us a layer; CPU eta
    // 0.6/0.5/0.5, 200 us a step, 20 us a layer.
    const double card_bw = 500 * kGB, card_peak = 100 * kTera;
    const double host_bw = 80 * kGB, host_peak = 2 * kTera;
    const double pcie_bw = 25 * kGB, pcie_latency = 10 * kUs;
    const Plan p =
        plan_frozen("frozen-dense", "1x frozen-desktop+1x frozen-card", "frozen-offload", OffloadMode::Layers);
    ASSERT_TRUE(p.fits) << (p.reasons.empty() ? "" : p.reasons.front());
    ASSERT_EQ(p.layout.mode, "offload-layers");
    ASSERT_EQ(p.layout.stages.size(), 2u);

    // llama.cpp -ngl: the card takes whole layers (weights + their KV cache)
    // from the first while they fit in what the runtime leaves.
    double room = 8 * kCapacityGB * 0.95 - 0.5 * kGB - 0.5 * kGB;
    const double per_layer = M::layer_bytes + M::kv_token_layer * kContext;
    int on_card = 0;
    while (on_card < M::layers && per_layer <= room) {
        room -= per_layer;
        ++on_card;
    }
    ASSERT_EQ(on_card, 15);  // 7.16 GB of room, 453 MB a layer
    EXPECT_EQ(p.layout.stages[0].end_layer, on_card);
    EXPECT_TRUE(p.layout.stages[1].on_host);
    const double n_card = on_card;
    const double n_host = M::layers - n_card;

    // Decode: the card's layers at the card's rate, the rest and the output head at the host's.
    const double card =
        std::max((n_card * (M::layer_bytes + kContext * M::kv_token_layer)) / (card_bw * 0.7),
                 (2 * n_card * M::layer_params + kContext * M::attn_flops_pos * n_card) / (card_peak * 0.4)) +
        (50 + n_card * 5) * kUs;
    const double host =
        std::max((n_host * (M::layer_bytes + kContext * M::kv_token_layer) + M::head_bytes) / (host_bw * 0.6),
                 (2 * (n_host * M::layer_params + M::head_params) + kContext * M::attn_flops_pos * n_host) /
                     (host_peak * 0.5)) +
        (200 + n_host * 20) * kUs;
    const double hop = pcie_latency + M::h * 2 / pcie_bw;  // card to CPU, inside the machine
    const double step = card + host + hop;
    expect_close(p.decode.step_ms, step * 1e3, "decode step");
    expect_close(p.decode.tokens_per_s, 1 / step, "decode tokens/s");
    EXPECT_EQ(p.decode.bottleneck, Bottleneck::HostMemory);

    // Prefill: both parts compute-bound on 1024 tokens.
    auto pass = [&](double n, bool head, double bw, double peak, double eta_prefill, double eta_mem, double step_us,
                    double layer_us) {
        const double flops = 2 * kPrompt * n * M::layer_params + kPrompt * kPrompt / 2 * M::attn_flops_pos * n +
                             (head ? 2 * M::head_params : 0);
        const double read = n * M::layer_bytes + (head ? M::head_bytes : 0);
        return std::max(flops / (peak * eta_prefill), read / (bw * eta_mem)) + (step_us + n * layer_us) * kUs;
    };
    const double ttft = pass(n_card, false, card_bw, card_peak, 0.3, 0.7, 50, 5) +
                        pass(n_host, true, host_bw, host_peak, 0.5, 0.6, 200, 20) +
                        (pcie_latency + kPrompt * M::h * 2 / pcie_bw);
    expect_close(p.prefill.ttft_s, ttft, "time to first token");
    expect_close(p.prefill.tokens_per_s, kPrompt / ttft, "prefill tokens/s");

    // The host stage dominates, so the ranges are the CPU class's calibration
    // spread (0.7-1.5), not the card's (0.8-1.25).
    EXPECT_NEAR(p.decode.tokens_per_s_range.low, 0.7 / step, 0.7 / step * kTolerance);
    EXPECT_NEAR(p.decode.tokens_per_s_range.high, 1.5 / step, 1.5 / step * kTolerance);
    EXPECT_EQ(assumption(p, "eta_mem (cpu)"), 0.6);
    EXPECT_EQ(assumption(p, "eta_mem (consumer-gpu)"), 0.7);
}

}  // namespace
}  // namespace deepplan

namespace deepplan {
namespace {

// --- serving under concurrency (issue 10 item 4) and the hardware's limit (item 5) ---

// The clients' prompts arrive together, wave after wave (a static batch).
Plan plan_serving(const std::string& engine, int concurrency, int prompt, int context = 4096)
{
    Scenario s = frozen_scenario("frozen-dense", "1x frozen-1gpu", engine, prompt, 256, concurrency, context);
    s.workload.arrivals = Arrivals::Together;
    return plan_ok(s);
}

// One prefill pass of `tokens` tokens of P-token prompts of frozen-dense on
// frozen-1gpu: the weights read once, 2 FLOPs a parameter a token, causal
// attention over P/2 earlier positions on average, logits for each prompt's
// last token (tokens / P of them), plus the pass's overheads.
double dense_pass_s(double tokens, double P)
{
    using M = Dense;
    using E = ServeOnGpu;
    const double flops = 2 * tokens * M::layers * M::layer_params + tokens * P / 2 * M::attn_flops_pos * M::layers +
                         tokens / P * 2 * M::head_params;
    const double mem = (M::layers * M::layer_bytes + M::head_bytes) / (E::bw * E::eta_mem);
    return std::max(flops / (E::peak * E::eta_prefill), mem) + (E::step_us + M::layers * E::layer_us) * kUs;
}

// One decode step of B sequences at context L of frozen-dense on frozen-1gpu.
double dense_step_s(double B, double L)
{
    using M = Dense;
    using E = ServeOnGpu;
    const double read = M::layers * M::layer_bytes + M::head_bytes + B * L * M::layers * M::kv_token_layer;
    const double flops = B * (2 * (M::layers * M::layer_params + M::head_params) + L * M::attn_flops_pos * M::layers);
    return std::max(read / (E::bw * E::eta_mem), flops / (E::peak * E::eta_flop)) + (E::step_us + M::layers * E::layer_us) * kUs;
}

TEST(Serving, FourPromptsQueueForTwoThousandTokenChunks)
{
    // Four 1,536-token prompts arrive together; the engine prefills 2,048
    // tokens a pass, first come first served: 6,144 tokens in 3 full passes.
    // Prompt 1 ends in pass 1 (token 1,536), prompt 2 in pass 2 (3,072),
    // prompts 3 and 4 in pass 3 (4,608 and 6,144): mean (1+2+3+3)/4 passes.
    const double P = 1536, N = 256, L = 4096;
    const Plan p = plan_serving("frozen-chunked", 4, 1536);
    ASSERT_TRUE(p.fits) << (p.reasons.empty() ? "" : p.reasons.front());
    const double pass = dense_pass_s(2048, P);
    expect_close(p.prefill.ttft_s, dense_pass_s(P, P), "one prompt alone, one pass");
    expect_close(p.prefill.ttft_s_at_concurrency, 9.0 / 4.0 * pass, "mean TTFT of the four");
    EXPECT_EQ(p.prefill.chunks, 3);
    expect_close(p.prefill.aggregate_tokens_per_s, 4 * P / (3 * pass), "prefill aggregate");
    // Prefill and decode alternate: per cycle the 3 passes (each prompt's
    // first token), then 255 steps of 4.
    const double step4 = dense_step_s(4, L);
    expect_close(p.decode.step_ms, step4 * 1e3, "decode step of four");
    expect_close(p.serving.output_tokens_per_s, 4 * N / (3 * pass + (N - 1) * step4), "serving rate, alternating");
    // The queue makes TTFT 2.25 passes; the concurrency-1 figure is below it.
    EXPECT_GT(p.prefill.ttft_s_at_concurrency, 2 * p.prefill.ttft_s);

    // Mixed: each of the 3 passes also carries the running sequences' next token.
    const Plan m = plan_serving("frozen-chunked-mixed", 4, 1536);
    expect_close(m.prefill.ttft_s_at_concurrency, 9.0 / 4.0 * pass, "mean TTFT, mixed");
    expect_close(m.serving.output_tokens_per_s, 4 * N / (3 * pass + (N - 1 - 3) * step4), "serving rate, mixed");
    EXPECT_GT(m.serving.output_tokens_per_s, p.serving.output_tokens_per_s);
}

TEST(Serving, ALastPartialChunkAndAnEngineWithoutChunks)
{
    // Three 1,000-token prompts: 3,000 tokens = a 2,048-token pass and a
    // 952-token pass. Prompt 1 (1,000) and 2 (2,000) end in pass 1, prompt 3 in pass 2.
    const double P = 1000;
    const Plan p = plan_serving("frozen-chunked", 3, 1000);
    const double full = dense_pass_s(2048, P), last = dense_pass_s(952, P);
    expect_close(p.prefill.ttft_s_at_concurrency, (full + full + (full + last)) / 3, "mean TTFT, partial last pass");
    EXPECT_EQ(p.prefill.chunks, 2);
    // frozen-serve states no chunk: all three prompts in one pass of 3,000 tokens.
    const Plan one = plan_serving("frozen-serve", 3, 1000);
    expect_close(one.prefill.ttft_s_at_concurrency, dense_pass_s(3000, P), "one pass for every prompt");
    EXPECT_EQ(one.prefill.chunks, 1);
}

TEST(Serving, ManyPromptsInClosedFormMatchTheQueuePromptByPrompt)
{
    // 300 prompts of 1,536 tokens: beyond the prompt-by-prompt sum the planner
    // uses the closed form; 300 is a whole number of periods (4 prompts fill 3
    // passes exactly), so it equals the sum.
    const double P = 1536;
    const int C = 300;
    const Plan p = plan_serving("frozen-chunked", C, 1536);
    double sum_pass = 0;
    for (int i = 1; i <= C; ++i) sum_pass += std::ceil(i * P / 2048);
    expect_close(p.prefill.ttft_s_at_concurrency, sum_pass / C * dense_pass_s(2048, P), "mean TTFT of 300");
    EXPECT_EQ(p.prefill.chunks, 225);
}

TEST(Serving, WithoutBatchingRequestsTakeTurns)
{
    // frozen-turns: request i waits for the i - 1 before it to be prefilled and
    // fully decoded one at a time: mean wait (C - 1) / 2 requests.
    const double P = 1024, N = 256, L = 4096;
    const Plan p = plan_serving("frozen-turns", 4, 1024);
    const double ttft = dense_pass_s(P, P);
    const double one = ttft + (N - 1) * dense_step_s(1, L);  // the prefill gives the first token
    expect_close(p.prefill.ttft_s, ttft, "one prompt alone");
    expect_close(p.prefill.ttft_s_at_concurrency, ttft + 1.5 * one, "mean TTFT in turns");
    expect_close(p.serving.output_tokens_per_s, N / one, "serving rate in turns");
}

TEST(Serving, AnEagerPrefillPassLastsAtLeastItsKernelLaunches)
{
    // frozen-eager launches every prefill pass from the host: 400 us a layer
    // (600 us more a MoE layer), ahead of the GPU. A pass ends when both the
    // GPU work and the launches are done: the longer of the two.
    const double launch_dense = Dense::layers * 400 * kUs;
    const Plan shortp = plan_serving("frozen-eager", 1, 64);
    ASSERT_GT(launch_dense, dense_pass_s(64, 64));  // a 64-token pass is launch-bound
    expect_close(shortp.prefill.ttft_s, launch_dense, "short prompt: the launches");
    // The same prompt on an engine that states no launch time: the GPU pass.
    expect_close(plan_serving("frozen-chunked", 1, 64).prefill.ttft_s, dense_pass_s(64, 64), "no launch cost");
    // A 2,048-token pass keeps the GPU busy longer than its launches.
    ASSERT_GT(dense_pass_s(2048, 2048), launch_dense);
    expect_close(plan_serving("frozen-eager", 1, 2048).prefill.ttft_s, dense_pass_s(2048, 2048), "long prompt: the GPU");
    // Four 64-token prompts share one 256-token pass, launched once.
    expect_close(plan_serving("frozen-eager", 4, 64).prefill.ttft_s_at_concurrency,
                 std::max(dense_pass_s(256, 64), launch_dense), "four prompts, one pass");

    // MoE layers launch more: frozen-moe has one dense layer and 15 MoE layers;
    // with tensor parallelism every rank launches its share at the same time.
    const Plan moe = plan_ok(frozen_scenario("frozen-moe", "1x frozen-4gpu", "frozen-eager", 16, 16));
    ASSERT_TRUE(moe.fits);
    expect_close(moe.prefill.ttft_s, (Moe::layers * 400 + Moe::moe_layers * 600) * kUs, "MoE launches");
}

TEST(Serving, StaggeredPromptsEachTakeAPassThatStallsTheOthers)
{
    // Four clients of 16-token prompts on frozen-eager: every pass of up to
    // four prompts is launch-bound (400 us a layer), so a pass costs the same
    // whatever it carries. Staggered, the m prompts that arrived while the
    // last pass ran share the next: m = 1 + λ·t with λ = C / cycle and
    // cycle = C/m passes + N - 1 steps of C, whose fixed point is
    // m = (1 + sqrt(1 + 4·C·t / ((N - 1)·step))) / 2.
    const double C = 4, P = 16, N = 16, L = 4096;
    const double t = Dense::layers * 400 * kUs;
    ASSERT_GT(t, dense_pass_s(C * P, P));  // launch-bound up to all four
    Scenario s = frozen_scenario("frozen-dense", "1x frozen-1gpu", "frozen-eager", 16, 16, 4);
    const Plan p = plan_ok(s);
    ASSERT_EQ(s.workload.arrivals, Arrivals::Staggered);  // the default: clients send on their own
    const double step = dense_step_s(C, L);
    const double m = (1 + std::sqrt(1 + 4 * C * t / ((N - 1) * step))) / 2;
    const double cycle = C / m * t + (N - 1) * step;
    ASSERT_GT(m, 1.05);  // the fixed point is not the trivial one
    EXPECT_NEAR(p.serving.prompts_per_pass, m, 0.01);
    EXPECT_NEAR(p.serving.output_tokens_per_s / (C * N / cycle), 1.0, 2e-3) << "serving rate";
    // The prompt waits for the step or pass under way (half of it), then its pass.
    const double f = (C - 1) / m * t / cycle;
    expect_close(p.serving.ttft_s, t + f * t / 2 + (1 - f) * step / 2, "TTFT under load");
    // A client's tokens after the first: its request lasts one cycle.
    EXPECT_NEAR(p.serving.tpot_ms / ((cycle - p.serving.ttft_s) / (N - 1) * 1e3), 1.0, 2e-3) << "TPOT under load";
    EXPECT_GT(p.serving.tpot_ms, step * 1e3);  // the passes between the steps

    // Together, the four share one pass a cycle: more output.
    s.workload.arrivals = Arrivals::Together;
    const Plan w = plan_ok(s);
    expect_close(w.serving.output_tokens_per_s, C * N / (t + (N - 1) * step), "together: one pass a cycle");
    EXPECT_GT(w.serving.output_tokens_per_s, p.serving.output_tokens_per_s);
    expect_close(w.serving.ttft_s, w.prefill.ttft_s_at_concurrency, "together: the queued TTFT");
    EXPECT_EQ(w.serving.prompts_per_pass, C);

    // The same fixed point for other loads, wherever the solver's first
    // guess falls (either side of the root, or on it).
    for (const int clients : {2, 3, 4}) {
        for (const int out : {4, 8, 64, 512}) {
            Scenario o = frozen_scenario("frozen-dense", "1x frozen-1gpu", "frozen-eager", 16, out, clients);
            const Plan q = plan_ok(o);
            const double st = dense_step_s(clients, L);
            const double want = std::min<double>(clients, (1 + std::sqrt(1 + 4 * clients * t / ((out - 1) * st))) / 2);
            EXPECT_NEAR(q.serving.prompts_per_pass, want, 0.01) << clients << " clients, " << out << " tokens";
        }
    }

    // One client: nobody else's pass or step to wait for, however it arrives.
    s.workload.concurrency = 1;
    const Plan one = plan_ok(s);
    expect_close(one.serving.ttft_s, one.prefill.ttft_s, "one client: its prompt alone");
    expect_close(one.serving.output_tokens_per_s, N / (one.prefill.ttft_s + (N - 1) / one.decode.tokens_per_s), "one client's rate");
}

TEST(Serving, PrefillOnlyRunsBatchEveryWaitingPrompt)
{
    // One output token each: the engine does nothing but prefill, so prompts
    // pile up while a pass runs and the staggered fixed point reaches all C:
    // the same cycle as prompts that arrive together.
    Scenario s = frozen_scenario("frozen-dense", "1x frozen-1gpu", "frozen-eager", 64, 1, 16);
    const Plan p = plan_ok(s);
    s.workload.arrivals = Arrivals::Together;
    const Plan w = plan_ok(s);
    EXPECT_NEAR(p.serving.prompts_per_pass, 16, 0.1);
    EXPECT_NEAR(p.serving.output_tokens_per_s / w.serving.output_tokens_per_s, 1.0, 0.01);
}

TEST(Serving, AScenariosPrefillChunkReplacesTheEngines)
{
    // frozen-chunked states 2,048 tokens a pass; the scenario asks for 1,024
    // (the run's --chunked-prefill-size). Four 1,536-token prompts: 6,144
    // tokens in 6 full passes; the prompts end in passes 2, 3, 5 and 6.
    const double P = 1536;
    Scenario s = frozen_scenario("frozen-dense", "1x frozen-1gpu", "frozen-chunked", 1536, 256, 4);
    s.workload.prefill_chunk_tokens = 1024;
    const Plan p = plan_ok(s);
    EXPECT_EQ(p.prefill.chunks, 6);
    expect_close(p.prefill.ttft_s_at_concurrency, (2 + 3 + 5 + 6) / 4.0 * dense_pass_s(1024, P), "mean TTFT");
}

TEST(Serving, DecodeRooflineIsBytesOverPeakBandwidthOrFlopsOverPeak)
{
    using M = Dense;
    using E = ServeOnGpu;
    // One stream: every weight, the head and the KV of 4,096 positions over
    // 2,000 GB/s, no efficiency, no overhead; FLOPs at 400 TFLOP/s are shorter.
    const Plan one = plan_serving("frozen-serve", 1, 1024);
    const double read1 = M::layers * M::layer_bytes + M::head_bytes + kContext * M::layers * M::kv_token_layer;
    expect_close(one.decode.roofline_tokens_per_s, E::bw / read1, "roofline, one stream");
    expect_close(one.decode.roofline_fraction, one.decode.tokens_per_s / (E::bw / read1), "fraction");
    EXPECT_LT(one.decode.roofline_fraction, E::eta_mem);  // the overheads cost more than eta_mem alone
    EXPECT_GT(one.decode.roofline_fraction, 0.5);

    // 256 streams: the step reads the weights once and 256 KV caches; the
    // FLOPs of 256 tokens stay shorter. Per stream = aggregate / 256.
    const double B = 256;
    const Plan many = plan_serving("frozen-serve", 256, 1024, 1024);
    const double read = M::layers * M::layer_bytes + M::head_bytes + B * 1024 * M::layers * M::kv_token_layer;
    const double flops = B * (2 * (M::layers * M::layer_params + M::head_params) + 1024 * M::attn_flops_pos * M::layers);
    const double limit_s = std::max(read / E::bw, flops / E::peak);
    expect_close(many.decode.roofline_tokens_per_s, 1 / limit_s, "roofline per stream at 256");
    EXPECT_LE(many.decode.tokens_per_s, many.decode.roofline_tokens_per_s);
}

}  // namespace
}  // namespace deepplan
