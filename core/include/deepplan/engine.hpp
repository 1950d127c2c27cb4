#pragma once
// How a serving engine behaves. Efficiencies are data, fitted on published
// measurements (resources/validation), never constants in code.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "deepplan/hardware.hpp"

namespace deepplan {

/// Fitted behaviour of one engine on one class of device.
struct Efficiency {
    double eta_mem = 0.5;          ///< achieved share of peak memory bandwidth in decode
    double eta_flop = 0.4;         ///< achieved share of peak FLOP/s in decode
    double eta_prefill = 0.4;      ///< achieved share of peak FLOP/s in prefill
    double step_overhead_us = 0;   ///< per decode step per stage (scheduling, sampling)
    double layer_overhead_us = 0;  ///< per layer per decode step (kernel launches, synchronisation)
    double moe_layer_overhead_us = 0;  ///< extra per MoE layer per step (expert dispatch and gather)
    /// Per routed expert the pass touches, per MoE layer: engines that
    /// launch one matmul per expert (after syncing the router's choice to
    /// the host) pay this for every expert a batch touches.
    double expert_overhead_us = 0;
    /// Per step (and prefill pass) per machine beyond the first that one
    /// replica spans, for engines whose driver ships every step's batch to
    /// the workers on the other machines (SGLang TP, vLLM/Ray PP).
    double node_overhead_us = 0;
    /// Host time to launch one layer's kernels in a prefill pass that is not
    /// captured in a CUDA graph (engines graph their decode steps only): the
    /// launches run ahead of the GPU, so a pass takes at least the sum of
    /// them. Every layer; MoE layers add `moe_prefill_launch_us`.
    double prefill_launch_us = 0;
    double moe_prefill_launch_us = 0;  ///< extra launch time per MoE layer per prefill pass (router, experts, shared expert)
    double range_low = 0.6;        ///< measured/predicted 10th percentile of its calibration residuals
    double range_high = 1.4;       ///< measured/predicted 90th percentile
    std::vector<std::string> cases;  ///< measurement ids the values were fitted on
    std::string note;
};

struct EngineProfile {
    std::string id;
    std::string name;
    /// Engine generations: a release entry (`sglang@0.4`) extends its base
    /// engine (`sglang`), inheriting every field it does not state, with its
    /// own efficiencies. The plain id is the newest release.
    std::string base;             ///< the engine this release extends; empty for a base engine
    std::string release;          ///< the releases the efficiencies are for ("SGLang >= 0.5 (late 2025)"); empty: not stated
    std::string released;         ///< when those releases came out ("2025-08/", "2024-12/2025-07")
    std::vector<std::string> formats;        ///< weight-format families it loads ("hf", "gguf", "mlx")
    std::vector<DeviceClass> device_classes; ///< where it runs
    bool mla_compressed = true;   ///< caches MLA's latent vector rather than expanded K/V
    double kv_bytes = 2;          ///< bytes per KV element by default (BF16/FP16 = 2)
    double memory_fraction = 0.9; ///< share of device memory it may use (vLLM gpu_memory_utilization)
    double overhead_gb = 1.0;     ///< per accelerator: context, allocator slack, graphs
    double activation_gb = 1.0;   ///< per accelerator: activations and workspace at the default batch
    bool tensor_parallel = false;
    bool pipeline_parallel = false;
    bool expert_parallel = false;
    bool layer_split = false;     ///< layers spread by memory over mixed devices (llama.cpp, exo)
    bool multi_node = false;
    bool rdma_tensor_parallel = false;  ///< TP/EP across machines over RDMA links
    bool offload_layers = false;  ///< first N layers on the accelerator, the rest on the CPU
    bool offload_experts = false; ///< routed experts in host RAM, computed by the CPU
    bool dp_attention = false;    ///< attention data-parallel (each rank its own sequences, attention weights replicated) with expert-parallel MoE
    bool comm_overlap = false;    ///< overlaps the MoE all-to-all with compute (two-batch overlap)
    /// Bandwidth each further CPU socket adds, as a share of the first's:
    /// 1 = all, 0 = none, below 0 = a run over several sockets is slower than
    /// on one (threads on the far socket read their share of the weights over
    /// the socket link; MODEL.md §2 "host bandwidth").
    double numa_scaling = 1.0;
    bool numa_replicate = false;  ///< copies host-RAM weights to every socket (KTransformers USE_NUMA)
    bool uses_amx = false;        ///< CPU matmuls on the matrix engine (AMX) where the CPU has one; else the vector peak
    bool batching = false;        ///< continuous batching of concurrent sequences
    bool mtp = false;             ///< DeepSeek MTP speculative decoding
    double mtp_acceptance = 0;    ///< acceptance of the drafted token
    /// Prompt tokens one forward pass takes (vLLM max_num_batched_tokens, SGLang
    /// chunked_prefill_size, TensorRT-LLM max_num_tokens, llama.cpp n_ubatch):
    /// C prompts arriving together are prefilled in chunks of this many tokens,
    /// first come first served. 0 = every waiting prompt in one pass.
    int prefill_chunk_tokens = 0;
    /// Decode tokens of running sequences share a step with a prefill chunk
    /// (vLLM V1, TensorRT-LLM in-flight batching, llama.cpp server); false =
    /// prefill steps and decode steps alternate (SGLang without --enable-mixed-chunk).
    bool mixed_prefill = false;
    std::map<DeviceClass, Efficiency> efficiency;
    std::map<std::string, std::string> sources;

    [[nodiscard]] bool loads(const std::string& format_family) const;
    [[nodiscard]] bool runs_on(DeviceClass c) const;
    /// The efficiency for a device class; nullopt when the engine has none.
    [[nodiscard]] const Efficiency* efficiency_for(DeviceClass c) const;
};

}  // namespace deepplan
