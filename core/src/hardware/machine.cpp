#include "hardware/machine.hpp"

#include <algorithm>

namespace deepplan::machine {

double host_usable_capacity_gb(const System& s) noexcept
{
    const double ram = s.unified_memory ? 0.0 : s.host_ram_gb;
    return std::max(0.0, ram - std::max(kHostReserveMinCapacityGb, kHostReserveFraction * ram));
}

double host_bandwidth_gb_s(const System& s, const Device* cpu) noexcept
{
    if (s.host_ram_bandwidth_gb_s > 0) return s.host_ram_bandwidth_gb_s;
    return cpu ? cpu->memory_bandwidth_gb_s * s.host_sockets : 0.0;
}

bool has_wired_limit(const Device& d) noexcept { return d.device_class == DeviceClass::Apple && d.gpu_wired_fraction > 0; }

double default_wired_capacity_gb(const Device& d) noexcept { return d.memory_gb * d.gpu_wired_fraction; }

double raised_wired_capacity_gb(const Device& d) noexcept { return std::max(0.0, d.memory_gb - d.os_reserve_gb); }

double accelerator_usable_capacity_gb(const Device& d, const EngineProfile& e, bool raise_wired_limit) noexcept
{
    if (has_wired_limit(d)) return raise_wired_limit ? raised_wired_capacity_gb(d) : default_wired_capacity_gb(d);
    return d.memory_gb * e.memory_fraction;
}

bool offload_allowed(const EngineProfile& e, const ModelArch& model, const System& s, const Device* accel, int accel_count,
                     const Device* cpu, OffloadMode mode) noexcept
{
    if (mode == OffloadMode::None || mode == OffloadMode::Auto) return true;
    const bool can = accel && accel_count > 0 && !s.unified_memory && cpu && host_usable_capacity_gb(s) > 0 &&
                     e.efficiency_for(DeviceClass::Cpu) != nullptr;
    if (mode == OffloadMode::Experts) return can && e.offload_experts && model.is_moe();
    return can && e.offload_layers;
}

bool is_addable_card(const Device& d) noexcept
{
    const bool gpu = d.device_class == DeviceClass::ConsumerGpu || d.device_class == DeviceClass::DatacenterGpu;
    return gpu && d.form_factor == FormFactor::Pcie;
}

bool takes_cards(const System& s) noexcept { return s.accelerator.empty() && !s.unified_memory && s.pcie_slots > 0; }

}  // namespace deepplan::machine
