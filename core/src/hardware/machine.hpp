#pragma once
// One machine's resources as the planner, the optimizer and the cost model
// all count them: usable accelerator and host memory (Apple's wired limit,
// the host reserve), host bandwidth, whether an engine may offload to the
// host, and which machines take added accelerator cards. Capacities are the
// catalog's binary GB ("capacity GB", units::kCapacityGB bytes each).

#include "deepplan/engine.hpp"
#include "deepplan/hardware.hpp"
#include "deepplan/model_arch.hpp"
#include "deepplan/scenario.hpp"

namespace deepplan::machine {

/// Share of a machine's RAM the OS and other programs keep: a stated
/// assumption, not a fitted constant (desktop and server OSes idle at a few GB).
inline constexpr double kHostReserveFraction = 0.15;
inline constexpr double kHostReserveMinCapacityGb = 3.0;

/// Host RAM a model may use, capacity GB: the RAM less the host reserve; 0
/// with unified memory (the accelerator's memory is the RAM).
[[nodiscard]] double host_usable_capacity_gb(const System& s) noexcept;

/// Host RAM bandwidth, GB/s: the system's figure, or sockets x the CPU's.
[[nodiscard]] double host_bandwidth_gb_s(const System& s, const Device* cpu) noexcept;

/// Whether the GPU's share of unified memory is capped by macOS's wired limit.
[[nodiscard]] bool has_wired_limit(const Device& d) noexcept;
/// Apple: capacity GB the GPU may wire by default, and with the limit raised.
[[nodiscard]] double default_wired_capacity_gb(const Device& d) noexcept;
[[nodiscard]] double raised_wired_capacity_gb(const Device& d) noexcept;

/// Capacity GB of one accelerator an engine may fill (weights, KV cache,
/// activations, overhead): the engine's share, or Apple's wired limit.
[[nodiscard]] double accelerator_usable_capacity_gb(const Device& d, const EngineProfile& e, bool raise_wired_limit) noexcept;

/// Whether an engine can use an offload mode on one machine: it has
/// accelerators, separate host RAM with room and a CPU, and the engine runs
/// on that CPU and offloads that way (experts: only for MoE models).
/// OffloadMode::None and Auto are always allowed.
[[nodiscard]] bool offload_allowed(const EngineProfile& e, const ModelArch& model, const System& s, const Device* accel,
                                   int accel_count, const Device* cpu, OffloadMode mode) noexcept;

/// A device that can be added to a host machine: a PCIe card.
[[nodiscard]] bool is_addable_card(const Device& d) noexcept;
/// A machine that takes added cards: no accelerator of its own, no unified
/// memory, and free PCIe slots.
[[nodiscard]] bool takes_cards(const System& s) noexcept;

}  // namespace deepplan::machine
