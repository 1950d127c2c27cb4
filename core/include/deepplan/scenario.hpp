#pragma once
// What the user asks about: a model variant on a pool of hardware, served by
// an engine, under a workload. Serializable to and from JSON.

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "deepplan/error.hpp"

namespace deepplan {

/// `count` machines of one system, optionally with their accelerators
/// replaced (`+8x rtx-a6000`), joined to the rest by `link`.
struct NodeGroup {
    int count = 1;
    std::string system;
    int accelerator_count = -1;   ///< -1 = the system's own
    std::string accelerator;      ///< empty = the system's own
    std::string link;             ///< empty = the system's default network link

    bool operator==(const NodeGroup&) const = default;
};

struct Pool {
    std::vector<NodeGroup> groups;
    bool operator==(const Pool&) const = default;
};

/// Parses `2x hgx-h100-8@ib-ndr400,1x server-pcie+8x rtx-a6000`. Errors name
/// the group and the part that is wrong. Does not check the ids exist.
[[nodiscard]] Result<Pool> parse_pool_spec(const std::string& spec);
/// The canonical spec string of a pool (inverse of parse_pool_spec).
[[nodiscard]] std::string to_spec(const Pool& pool);

enum class OffloadMode { Auto, None, Layers, Experts };
[[nodiscard]] const char* to_string(OffloadMode m) noexcept;
[[nodiscard]] std::optional<OffloadMode> offload_from_string(const std::string& s);

/// How concurrent clients' requests arrive. Staggered: each client sends its
/// next request when its last one is done, and varied lengths spread the
/// requests out in time, so a prompt usually comes alone while the others
/// decode (chat users; closed-loop benchmarks with varied lengths).
/// Together: every client's request arrives at once, wave after wave (static
/// batches; benchmarks whose lengths are all fixed).
enum class Arrivals { Staggered, Together };
[[nodiscard]] const char* to_string(Arrivals a) noexcept;
[[nodiscard]] std::optional<Arrivals> arrivals_from_string(const std::string& s);

/// Largest prefill chunk a scenario may state (16 M tokens, the context limit).
inline constexpr int kMaxPrefillChunk = 1 << 24;

struct Workload {
    int context = 4096;        ///< tokens held per sequence (prompt + output)
    int prompt = 512;          ///< prompt tokens (prefill, TTFT)
    int output = 512;          ///< generated tokens
    int concurrency = 1;       ///< sequences decoded together
    bool mtp = false;          ///< speculative decoding with DeepSeek's MTP module
    double kv_bytes = 0;       ///< bytes per KV-cache element (q8_0 = 1.0625, fp8 = 1); 0 = the engine's default
    /// Tokens one prefill pass may carry (SGLang --chunked-prefill-size, vLLM
    /// --max-num-batched-tokens); 0 = the engine's default.
    int prefill_chunk_tokens = 0;
    /// How the `concurrency` clients' requests reach the engine (MODEL.md §5).
    Arrivals arrivals = Arrivals::Staggered;

    bool operator==(const Workload&) const = default;
};

/// Economics: own hardware or rented (issue: cost). Zero = use the catalog.
struct Economics {
    bool rented = false;
    double usd_per_gpu_hour = 0;      ///< rented; 0 = catalog price
    double capex_usd = 0;             ///< own; 0 = catalog price of the pool
    double amortization_years = 3;
    double utilization = 0.5;         ///< share of hours serving
    double usd_per_kwh = 0.15;
    double pue = 1.3;
    double hosting_usd_per_month = 0;

    bool operator==(const Economics&) const = default;
};

struct Scenario {
    std::string model = "deepseek-r1";
    std::string variant = "q4_k_m";   ///< weight format id
    std::string engine = "auto";      ///< engine id or "auto"
    Pool pool;
    Workload workload;
    OffloadMode offload = OffloadMode::Auto;
    bool apple_raise_wired_limit = false;  ///< `sysctl iogpu.wired_limit_mb` raised
    Economics economics;

    bool operator==(const Scenario&) const = default;
};

/// The program's startup scenario: DeepSeek-R1 Q4_K_M on 3x Mac Studio M2 Ultra 192 GB.
[[nodiscard]] Scenario default_scenario();

/// Range checks that do not need the catalog (counts positive, numbers finite
/// and within sane bounds). Errors name `scenario.<field>`.
[[nodiscard]] std::optional<Error> validate_numbers(const Scenario& s);
/// The whole pool's size: at most 4096 machines and 65,536 added
/// accelerators in all groups together; the error names `path`.
[[nodiscard]] std::optional<Error> check_pool_size(const Pool& pool, const std::string& path);

[[nodiscard]] nlohmann::json to_json(const Scenario& s);
/// Reads a scenario; `path` prefixes the field names in errors.
[[nodiscard]] Result<Scenario> scenario_from_json(const nlohmann::json& j, const std::string& path = "scenario");

}  // namespace deepplan
