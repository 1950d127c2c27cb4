#pragma once
// The deploy kit's check.sh (the engine's own benchmark client run with the
// plan's workload, beside the figures the plan expects) and the kit's
// README.md. Internal to the deploy module: launch_files.cpp calls these with
// what it resolved; every figure comes from the Plan it was given.

#include <optional>
#include <string>
#include <vector>

#include "deepplan/deploy.hpp"
#include "deepplan/plan.hpp"
#include "deepplan/scenario.hpp"

namespace deepplan::deploy_kit {

struct KitFacts {
    std::string engine;        ///< base engine id ("sglang", "vllm" ...)
    std::string engine_name;   ///< display name
    std::string model_name;
    std::string format_name;   ///< weight format's display name
    std::string header;        ///< "#" comment lines naming model, engine, release, plan
    std::string repo;          ///< model repository; empty = the user sets MODEL_REPO
    std::string repo_source;
    int port = 0;              ///< the API port on machine 0
};

/// The benchmark client an engine ships for its OpenAI-style server, or
/// nullptr when it ships none (llama.cpp, Ollama, MLX, exo, KTransformers).
struct BenchClient;
[[nodiscard]] const BenchClient* bench_client(const std::string& engine);

/// check.sh for the kit; nullopt when the engine ships no benchmark client.
[[nodiscard]] std::optional<std::string> check_script(const KitFacts& k, const Scenario& s, const Plan& p);

/// README.md of the kit: the files, what is left to do, and "Check it".
[[nodiscard]] std::string kit_readme(const KitFacts& k, const Scenario& s, const Plan& p, const std::vector<DeployFile>& files,
                                     const std::vector<std::string>& notes);

}  // namespace deepplan::deploy_kit
