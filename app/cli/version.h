#pragma once
// The program's version, from CMake's PROJECT_VERSION.

#include <string>

namespace deepplan::cli {

/// "0.1.0".
[[nodiscard]] std::string version();
/// "deepplan-cli 0.1.0": the generated_by text of plan files the CLI writes.
[[nodiscard]] std::string generated_by();

}  // namespace deepplan::cli
