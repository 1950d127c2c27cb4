#pragma once
// File I/O that cannot hang, exhaust memory or lose data on hostile paths:
// every read is bounded and refuses anything that is not a regular file (a
// FIFO would block forever, /dev/zero never ends); every write goes through a
// temporary file beside the destination that is flushed and renamed over it,
// keeping the destination's permissions (QSaveFile's conventions).

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

#include "deepplan/error.hpp"

namespace deepplan {

/// Read limits, in bytes. Every file DeepPlan reads is text a person edits;
/// the shipped catalogs are ~100 KB and the validation table ~50 KB.
inline constexpr std::size_t kMaxPlanFileBytes = 16u * 1024 * 1024;
inline constexpr std::size_t kMaxCatalogFileBytes = 16u * 1024 * 1024;
inline constexpr std::size_t kMaxCsvFileBytes = 16u * 1024 * 1024;

/// Reads at most `max_bytes` of the regular file at `path`. Directories,
/// FIFOs, sockets and device nodes are refused without blocking; a file that
/// grows past the limit while being read is refused too. Errors name the path
/// and say why (with the system's reason where there is one).
[[nodiscard]] Result<std::string> read_text_file(const std::filesystem::path& path, std::size_t max_bytes);

/// Writes `text` to `path` atomically: a temporary file in the same
/// directory (named `.NAME.deepplan-tmp-XXXXXX`, removed on every failure and
/// swept on the next write if a killed run left one), flushed, then renamed
/// over the target. An existing target keeps its permission bits; a new file
/// gets 0666 minus the umask (0644 usually). A symlink is followed and its
/// target replaced; a destination that is a directory, FIFO, socket or device
/// is refused. On failure the old file is untouched and the message carries
/// the system's reason.
[[nodiscard]] std::optional<Error> write_file_atomic(const std::filesystem::path& path, const std::string& text);

/// Where `path` leaves temporary files, for tests: the prefix before XXXXXX.
[[nodiscard]] std::string atomic_write_temp_prefix(const std::filesystem::path& path);

}  // namespace deepplan
