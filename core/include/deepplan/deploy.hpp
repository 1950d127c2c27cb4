#pragma once
// From a plan to the files that start it: per machine, the engine's launch
// command (shell script), a docker-compose file, or a Kubernetes manifest.
// Pure functions: they return file names and contents and never touch disk.
//
// Everything that reaches a shell is quoted, and every id and host name is
// checked against a strict pattern first, so a hostile catalog entry or
// --hosts value is refused rather than run.

#include <optional>
#include <string>
#include <vector>

#include "deepplan/catalog.hpp"
#include "deepplan/error.hpp"
#include "deepplan/plan.hpp"
#include "deepplan/scenario.hpp"

namespace deepplan {

enum class DeployFormat { Shell, Compose, Kubernetes };
[[nodiscard]] const char* to_string(DeployFormat f) noexcept;
/// "sh", "compose", "k8s".
[[nodiscard]] std::optional<DeployFormat> deploy_format_from_string(const std::string& s);

struct DeployOptions {
    DeployFormat format = DeployFormat::Shell;
    /// Machine addresses in pool order; empty = placeholders NODE0_ADDR, NODE1_ADDR ...
    std::vector<std::string> hosts;
};

struct DeployFile {
    std::string name;        ///< relative file name, e.g. "node0-head.sh"
    std::string content;
    int machine = -1;        ///< machine index in the pool; -1 = shared by all
    bool executable = false;
    std::string kind;        ///< "sh", "yaml", "json", "modelfile", "md"
};

/// The engine release a generator's flags were checked against.
struct EngineRelease {
    std::string engine;      ///< engine id
    std::string release;     ///< e.g. "v0.10.1.1"
    std::string image;       ///< official container image, empty when none
    std::string source;      ///< URL of the docs/source the flags were checked in
};

struct Deployment {
    std::string engine;          ///< resolved engine id
    EngineRelease release;
    std::string repo;            ///< model repository id (Hugging Face)
    std::string file_pattern;    ///< files of the variant inside the repo ("*UD-IQ1_S*"); empty = whole repo
    std::string repo_source;     ///< URL the repository fact came from
    int machines = 0;
    std::vector<DeployFile> files;
    std::vector<std::string> notes;  ///< what the user still has to do
};

/// The files that run `plan` (computed for `scenario` on `catalog`), then the
/// kit's check.sh (engines that ship a serving benchmark client) and README.md.
/// Errors: the plan does not fit, an engine/format the generators do not
/// know, a format the engine has no image for, an id or host that fails the
/// strict pattern (the path names the offending value).
[[nodiscard]] Result<Deployment> make_deployment(const Scenario& scenario, const Plan& plan, const Catalog& catalog,
                                                 const DeployOptions& options = {});

/// The release table the generators were checked against, one per engine id.
[[nodiscard]] const std::vector<EngineRelease>& engine_releases();

/// POSIX shell single-quoting: the result is one word whose value is `s`.
[[nodiscard]] std::string shell_quote(const std::string& s);
/// Ids (model, variant, engine, system): [A-Za-z0-9][A-Za-z0-9._-]{0,127}.
[[nodiscard]] bool is_safe_id(const std::string& s);
/// Host names and IPv4/IPv6 addresses: letters, digits, '.', '-', ':', '_', at most 253, not starting with '-'.
[[nodiscard]] bool is_safe_host(const std::string& s);
/// Hugging Face repository id: OWNER/NAME of id characters.
[[nodiscard]] bool is_safe_repo(const std::string& s);

/// macOS `iogpu.wired_limit_mb` takes MiB (2^20 bytes). The plan's limit is a
/// memory capacity in the catalog's capacity unit (binary GiB, units::kCapacityGB):
/// memory_gb - os_reserve_gb. Returns that many GiB in MiB, rounded down.
[[nodiscard]] long wired_limit_mib(double capacity_gib) noexcept;

}  // namespace deepplan
