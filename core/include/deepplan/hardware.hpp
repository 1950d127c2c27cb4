#pragma once
// Devices, machines and the links between them, as read from the catalogs.

#include <map>
#include <optional>
#include <string>

namespace deepplan {

/// What a device is, which also picks the engine efficiencies that apply.
enum class DeviceClass { DatacenterGpu, ConsumerGpu, Apple, Cpu };

[[nodiscard]] const char* to_string(DeviceClass c) noexcept;
/// "datacenter-gpu", "consumer-gpu", "apple", "cpu"; nullopt otherwise.
[[nodiscard]] std::optional<DeviceClass> device_class_from_string(const std::string& s);

/// How an accelerator mounts. Only a PCIe card can be added to a host
/// machine; SXM and OAM modules sit on their vendor's baseboard (HGX, UBB)
/// and integrated GPUs are part of their machine.
enum class FormFactor { Pcie, Sxm, Oam, Integrated };

[[nodiscard]] const char* to_string(FormFactor f) noexcept;
/// "pcie", "sxm", "oam", "integrated"; nullopt otherwise.
[[nodiscard]] std::optional<FormFactor> form_factor_from_string(const std::string& s);

/// One accelerator or memory pool. For a CPU entry the figures are per
/// socket and the memory comes from the system's RAM.
struct Device {
    std::string id;
    std::string name;
    DeviceClass device_class = DeviceClass::DatacenterGpu;
    /// catalog `form_factor`; defaults to PCIe for GPUs, integrated for Apple and CPUs
    FormFactor form_factor = FormFactor::Pcie;
    double memory_gb = 0;              ///< capacity; 0 for CPU sockets (RAM is the system's)
    double memory_bandwidth_gb_s = 0;  ///< vendor peak, GB/s
    double tflops_bf16 = 0;            ///< dense peak, 10^12 FLOP/s
    double tflops_fp8 = 0;             ///< 0 = no FP8 tensor path
    double tops_int8 = 0;
    /// CPUs with a matrix engine (AMX): the vector units' BF16 peak, which
    /// kernels without AMX run at; 0 = `tflops_bf16` already is the vector peak.
    double tflops_bf16_vector = 0;
    /// CPUs: the vector units' int8 dot-product peak, 10^12 ops/s (AVX-512
    /// VNNI / AVX-VNNI vpdpbusd, AVX2 vpmaddubsw, NEON sdot), which kernels
    /// without AMX run integer-quantised weights at; 0 = unknown (the
    /// BF16 peak and its vector share are used, as before).
    double tops_int8_vector = 0;
    double power_w = 0;
    /// Apple only: share of unified memory the GPU may wire by default
    /// (macOS: about 75 % on large machines), and what the OS keeps when raised.
    double gpu_wired_fraction = 0;
    double os_reserve_gb = 0;
    double price_usd = 0;              ///< 0 = unknown
    double rent_usd_per_hour = 0;      ///< 0 = unknown
    std::map<std::string, std::string> sources;  ///< field -> URL
};

/// A machine (node): accelerators of one kind, a host CPU and RAM, and the
/// link between its accelerators.
struct System {
    std::string id;
    std::string name;
    std::string accelerator;      ///< device id; empty when the machine has none
    int accelerator_count = 0;
    bool unified_memory = false;  ///< Apple: the accelerator's memory is the RAM
    std::string host_cpu;         ///< device id of one CPU socket
    int host_sockets = 1;
    double host_ram_gb = 0;
    double host_ram_bandwidth_gb_s = 0;  ///< 0 = sockets x the CPU's per-socket figure
    /// x16 slots free for added accelerator cards (catalog `pcie_slots`);
    /// 0 = the machine takes no cards (laptops, mini PCs, baseboard servers).
    int pcie_slots = 0;
    std::string intra_link;       ///< link between the accelerators of one machine
    std::string network_link;     ///< default link between machines
    double power_w = 0;           ///< whole machine at load, 0 = derived from devices
    double price_usd = 0;
    std::map<std::string, std::string> sources;
};

enum class LinkKind { Intra, Network };

struct Link {
    std::string id;
    std::string name;
    LinkKind kind = LinkKind::Network;
    double bandwidth_gb_s = 0;  ///< per direction, GB/s
    double latency_us = 0;      ///< one small message, one way
    /// Measured all-reduce of a decode-sized message (<= 64 KB) over this
    /// link, 2-8 ranks: the collective's floor (0 = not measured: derived
    /// from latency_us as 2 log2(ranks) hops).
    double allreduce_latency_us = 0;
    /// Bus bandwidth an all-reduce reaches on mid-size messages, GB/s
    /// (0 = the link's bandwidth).
    double allreduce_bandwidth_gb_s = 0;
    /// Measured expert-parallel dispatch + combine of one token per rank
    /// (DeepSeek-V3 shape): the all-to-all's floor per MoE layer (0 = two
    /// link latencies).
    double a2a_latency_us = 0;
    bool rdma = false;          ///< allows tensor/expert parallel across machines
    std::map<std::string, std::string> sources;
};

}  // namespace deepplan
