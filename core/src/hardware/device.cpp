// Names of device classes and form factors, as the catalogs spell them.

#include "deepplan/hardware.hpp"

namespace deepplan {

const char* to_string(DeviceClass c) noexcept
{
    switch (c) {
    case DeviceClass::DatacenterGpu: return "datacenter-gpu";
    case DeviceClass::ConsumerGpu: return "consumer-gpu";
    case DeviceClass::Apple: return "apple";
    case DeviceClass::Cpu: return "cpu";
    }
    return "?";
}

std::optional<DeviceClass> device_class_from_string(const std::string& s)
{
    for (DeviceClass c : {DeviceClass::DatacenterGpu, DeviceClass::ConsumerGpu, DeviceClass::Apple, DeviceClass::Cpu})
        if (s == to_string(c)) return c;
    return std::nullopt;
}

const char* to_string(FormFactor f) noexcept
{
    switch (f) {
    case FormFactor::Pcie: return "pcie";
    case FormFactor::Sxm: return "sxm";
    case FormFactor::Oam: return "oam";
    case FormFactor::Integrated: return "integrated";
    }
    return "?";
}

std::optional<FormFactor> form_factor_from_string(const std::string& s)
{
    for (FormFactor f : {FormFactor::Pcie, FormFactor::Sxm, FormFactor::Oam, FormFactor::Integrated})
        if (s == to_string(f)) return f;
    return std::nullopt;
}

}  // namespace deepplan
