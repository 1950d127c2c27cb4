#pragma once
// Unit constants. GB is 10^9 bytes; GiB is 2^30 bytes.

namespace deepplan::units {
inline constexpr double kGB = 1e9;
inline constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
inline constexpr double kMiB = 1024.0 * 1024.0;
inline constexpr double kTera = 1e12;
inline constexpr double kMicro = 1e-6;

/// Bytes of one "GB" of memory capacity as vendors state it for DRAM, HBM
/// and unified memory (catalog `memory_gb`, `os_reserve_gb`, `host_ram_gb`):
/// these parts are built in powers of two, so an "80GB" A100 reports
/// 81,920 MiB and a "96GB" H20 97,871 MiB. File and weight sizes stay in GB.
inline constexpr double kCapacityGB = kGiB;
/// Decimal GB in one capacity "GB" (1.074).
inline constexpr double kCapacityToGB = kCapacityGB / kGB;

/// The one way from a catalog capacity (`memory_gb`, `host_ram_gb`,
/// `os_reserve_gb`: binary GB) to bytes and to the MiB that system settings
/// such as macOS's `iogpu.wired_limit_mb` take.
inline constexpr double capacity_to_bytes(double capacity_gb) { return capacity_gb * kCapacityGB; }
inline constexpr double capacity_to_mib(double capacity_gb) { return capacity_gb * kCapacityGB / kMiB; }
/// Bytes as a person reads them: GB (10^9) or GiB (2^30), labelled so.
inline constexpr double bytes_to_gb(double bytes) { return bytes / kGB; }
inline constexpr double bytes_to_gib(double bytes) { return bytes / kGiB; }
}  // namespace deepplan::units
