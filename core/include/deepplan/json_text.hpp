#pragma once
// Parsing JSON text that may be hostile: nesting is limited (a deeply nested
// value would overflow the stack in every recursive walk), duplicate keys are
// an error (JSON leaves them undefined and nlohmann keeps the last silently).

#include <cstddef>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "deepplan/error.hpp"

namespace deepplan {

/// Deepest nesting of objects and lists accepted; DeepPlan's files need 6.
inline constexpr std::size_t kMaxJsonDepth = 64;

/// Parses `text`. Errors carry `path` and say where the text broke (byte
/// offset), which key repeats (with its JSON path), or that nesting is too deep.
[[nodiscard]] Result<nlohmann::json> parse_json_text(const std::string& text, const std::string& path);

/// Reads (bounded, regular files only) and parses a JSON file.
[[nodiscard]] Result<nlohmann::json> read_json_file(const std::filesystem::path& path, std::size_t max_bytes);

}  // namespace deepplan
