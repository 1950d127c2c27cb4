#pragma once
// Process exit codes of deepplan-cli (STYLE.md, "The CLI").

namespace deepplan::cli {

/// A plan was computed (whether it fits or not), or the command succeeded.
inline constexpr int kExitOk = 0;
/// Bad input: an unknown id, an unreadable or malformed plan file, a bad catalog.
inline constexpr int kExitBadInput = 1;
/// Bad usage: an unknown flag, a missing value, a malformed number or pool spec.
inline constexpr int kExitUsage = 2;

}  // namespace deepplan::cli
