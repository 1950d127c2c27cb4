// Launch files for a plan, per machine and per engine. Each generator builds
// commands as lists of arguments; rendering quotes every argument that is
// not a plain word, and references to variables ("${MODEL}") are the only
// text passed through unquoted. Values come from the catalog, the scenario
// and --hosts, all checked against strict patterns before use.

#include "deepplan/deploy.hpp"

#include "deepplan/message_text.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <sstream>

#include <nlohmann/json.hpp>

#include "deepplan/units.hpp"
#include "deploy/check_script.hpp"

namespace deepplan {

namespace {

// ---------------------------------------------------------------------------
// The releases the flags below were checked against (engine docs and source,
// looked up for issue 11). Facts: a release tag, its official image, where
// the flags are documented.
const std::vector<EngineRelease> kReleases = {
    {"vllm", "v0.10.1.1", "vllm/vllm-openai:v0.10.1.1", "https://docs.vllm.ai/en/stable/examples/online_serving/multi-node-serving/"},
    {"sglang", "v0.5.0rc2", "lmsysorg/sglang:v0.5.0rc2-cu126", "https://github.com/sgl-project/sglang/blob/main/docs/basic_usage/deepseek.md"},
    {"sglang-dp", "v0.5.0rc2", "lmsysorg/sglang:v0.5.0rc2-cu126", "https://github.com/sgl-project/sglang/blob/main/docs/basic_usage/deepseek.md"},
    {"tensorrt-llm", "1.0.0", "nvcr.io/nvidia/tensorrt-llm/release:1.0.0", "https://github.com/NVIDIA/TensorRT-LLM/blob/main/examples/serve/deepseek_r1_reasoning_parser.sh"},
    {"tensorrt-llm-dp", "1.0.0", "nvcr.io/nvidia/tensorrt-llm/release:1.0.0", "https://github.com/NVIDIA/TensorRT-LLM/blob/main/examples/serve/deepseek_r1_reasoning_parser.sh"},
    {"llama.cpp", "b6100", "ghcr.io/ggml-org/llama.cpp:server-cuda-b6100", "https://github.com/ggml-org/llama.cpp/pull/11397"},
    {"ollama", "v0.11.4", "ollama/ollama:0.11.4", "https://github.com/ollama/ollama/blob/main/docs/modelfile.md"},
    {"mlx", "mlx-lm 0.26.3", "", "https://ml-explore.github.io/mlx/build/html/usage/launching_distributed.html"},
    {"exo", "v0.0.15-alpha", "", "https://github.com/exo-explore/exo/pull/647"},
    {"ktransformers", "v0.2.1", "", "https://github.com/kvcache-ai/ktransformers/blob/main/doc/en/DeepseekR1_V3_tutorial.md"},
};

bool all_of_chars(const std::string& s, const char* extra)
{
    return std::all_of(s.begin(), s.end(), [&](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
               (c != '\0' && std::string(extra).find(c) != std::string::npos);
    });
}

bool is_alnum(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

// ---------------------------------------------------------------------------
// Commands: arguments are literal values (quoted when needed) or variable
// references written by the generator itself.

struct Arg {
    std::string text;
    bool var = false;  // text is a variable name: rendered "${NAME}"
    std::string suffix;  // literal text after the variable, e.g. ":6379"
};

Arg lit(std::string s) { return Arg{std::move(s), false, {}}; }
Arg var(std::string name, std::string suffix = {}) { return Arg{std::move(name), true, std::move(suffix)}; }
Arg num(long v) { return lit(std::to_string(v)); }

struct Command {
    std::vector<Arg> args;
    std::string raw;         // fixed shell code written here (never data); sh only
    std::string comment;     // shown above the command
    bool background = false;  // started with '&' (sh only)
};

struct EnvVar {
    std::string name;
    std::string value;       // default value; empty + required = the user must set it
    bool required = false;   // no default: the script stops when unset
    std::string comment;
};

struct Machine {
    int index = 0;
    std::string role;        // "head", "worker"
    std::vector<EnvVar> env;
    std::vector<Command> setup;   // run once before (download, sysctl); sh only
    std::vector<Command> run;     // the service
    std::vector<Command> container_run;  // the service inside a container, when it differs
    std::vector<DeployFile> extra;  // config files beside the script
    int gpus = 0;                 // accelerators the container needs
    int port = 0;                 // API port on the head
};

bool plain_word(const std::string& s)
{
    return !s.empty() && all_of_chars(s, "_./:=,@+-%");
}

std::string render_arg(const Arg& a)
{
    if (a.var) return "\"${" + a.text + "}" + a.suffix + "\"";
    return plain_word(a.text) ? a.text : shell_quote(a.text);
}

std::string render_command(const Command& c, const std::string& indent, bool multiline)
{
    if (!c.raw.empty()) return c.raw;
    std::string out;
    for (std::size_t i = 0; i < c.args.size(); ++i) {
        if (i > 0) out += multiline && c.args[i].text.rfind("-", 0) == 0 && !c.args[i].var ? " \\\n" + indent + "  " : " ";
        out += render_arg(c.args[i]);
    }
    if (c.background) out += " &";
    return out;
}

// ---------------------------------------------------------------------------
// Facts a generator needs, resolved once.

struct Ctx {
    const Scenario* s = nullptr;
    const Plan* p = nullptr;
    const Catalog* c = nullptr;
    const ModelArch* model = nullptr;
    const WeightFormat* format = nullptr;
    const EngineProfile* engine = nullptr;
    EngineRelease release;
    std::string repo;
    std::string pattern;
    std::string repo_source;
    struct Node {
        const System* system = nullptr;
        const Device* accel = nullptr;  // nullptr = CPU only
        int accel_count = 0;
    };
    std::vector<Node> nodes;
    std::vector<std::string> hosts;  // validated; empty = placeholders
};

std::string addr_var(int node) { return "NODE" + std::to_string(node) + "_ADDR"; }

std::string fmt_fraction(double f)
{
    std::ostringstream o;
    o.precision(2);
    o << std::fixed << f;
    return o.str();
}

int accel_layers(const Ctx& x)
{
    int n = 0;
    for (const auto& st : x.p->layout.stages) {
        if (!st.on_host) n += st.end_layer - st.first_layer;
    }
    return n;
}

// Common variables of every machine: the model repository, the addresses.
void add_common_env(const Ctx& x, Machine& m)
{
    if (x.repo.empty()) {
        m.env.push_back({"MODEL_REPO", "", true, "the catalog names no repository for this variant: set it"});
    } else {
        m.env.push_back({"MODEL_REPO", x.repo, false, "weights: " + x.repo_source});
    }
    if (!x.pattern.empty()) m.env.push_back({"MODEL_FILES", x.pattern, false, "files of the variant in the repository"});
    if (x.nodes.size() > 1) {
        for (std::size_t i = 0; i < x.nodes.size(); ++i) {
            const int n = static_cast<int>(i);
            if (x.hosts.empty()) {
                m.env.push_back({addr_var(n), "", true, "address of machine " + std::to_string(n) + (n == 0 ? " (the head)" : "")});
            } else {
                m.env.push_back({addr_var(n), x.hosts[i], false, "machine " + std::to_string(n) + (n == 0 ? " (the head)" : "")});
            }
        }
    }
}

// Machine `n` of the pool as every multi-machine recipe starts it: index,
// role (machine 0 is the head), the common environment and, for engines that
// run in a GPU container, the accelerators the container needs.
Machine pool_machine(const Ctx& x, int n, bool container_gpus)
{
    Machine m;
    m.index = n;
    m.role = n == 0 ? "head" : "worker";
    if (container_gpus) m.gpus = x.nodes[static_cast<std::size_t>(n)].accel_count;
    add_common_env(x, m);
    return m;
}

Command hf_download(const Ctx& x, const std::string& dir_var)
{
    Command c;
    c.comment = "download the weights (resumes when interrupted)";
    c.args = {lit("huggingface-cli"), lit("download"), var("MODEL_REPO")};
    if (!x.pattern.empty()) {
        c.args.push_back(lit("--include"));
        c.args.push_back(var("MODEL_FILES"));
    }
    if (!dir_var.empty()) {
        c.args.push_back(lit("--local-dir"));
        c.args.push_back(var(dir_var));
    }
    return c;
}

// KV-cache element type names per engine from the scenario's bytes per element.
std::string kv_dtype_vllm(double b) { return b > 0 && b <= 1.0 ? "fp8" : ""; }
std::string kv_dtype_llamacpp(double b)
{
    if (b <= 0 || b >= 2) return "";
    if (b > 1.0) return "q8_0";
    if (b > 0.6) return "q8_0";
    return "q4_0";
}

bool wants_mtp(const Ctx& x) { return x.s->workload.mtp && x.engine->mtp && x.model->mtp_modules > 0; }

// Data-parallel replicas beyond TP x PP (vLLM --data-parallel-size).
int data_parallel(const Ctx& x)
{
    const int per_replica = std::max(1, x.p->layout.tensor_parallel * x.p->layout.pipeline_parallel);
    return std::max(1, x.p->devices / per_replica);
}

// One machine per node of the pool, each started as pool_machine does;
// `fill` adds what the engine does on machine n.
std::vector<Machine> pool_machines(const Ctx& x, bool container_gpus, const std::function<void(int n, Machine& m)>& fill)
{
    const int nodes = static_cast<int>(x.nodes.size());
    std::vector<Machine> out;
    for (int n = 0; n < nodes; ++n) {
        Machine m = pool_machine(x, n, container_gpus);
        fill(n, m);
        out.push_back(std::move(m));
    }
    return out;
}

// The GPU-server engines (vLLM, SGLang, TensorRT-LLM): every machine runs in
// a GPU container and downloads the checkpoint before it starts.
std::vector<Machine> gpu_server_machines(const Ctx& x, const std::function<void(int n, Machine& m)>& fill)
{
    return pool_machines(x, true, [&](int n, Machine& m) {
        m.setup.push_back(hf_download(x, ""));
        fill(n, m);
    });
}

// The engine's flags for the context, the concurrency and its share of
// accelerator memory, with the scenario's values.
struct LimitFlags {
    const char* context;
    const char* concurrency;
    const char* memory_fraction;
};

void add_serving_limits(const Ctx& x, const LimitFlags& flags, Command& c)
{
    c.args.push_back(lit(flags.context));
    c.args.push_back(num(x.s->workload.context));
    c.args.push_back(lit(flags.concurrency));
    c.args.push_back(num(x.s->workload.concurrency));
    c.args.push_back(lit(flags.memory_fraction));
    c.args.push_back(lit(fmt_fraction(x.engine->memory_fraction)));
}

// The model's own code allowed, and the API on every interface at `port`.
void add_server_address(int port, Command& c)
{
    c.args.push_back(lit("--trust-remote-code"));
    c.args.push_back(lit("--host"));
    c.args.push_back(lit("0.0.0.0"));
    c.args.push_back(lit("--port"));
    c.args.push_back(num(port));
}

// ---------------------------------------------------------------------------
// vLLM: one `vllm serve` on the head; across machines a Ray cluster first.

// Machine n's part of the Ray cluster: the head starts it, a worker joins.
Command ray_start(int n)
{
    Command ray;
    if (n == 0) {
        ray.comment = "start the Ray head; the workers join it";
        ray.args = {lit("ray"), lit("start"), lit("--head"), lit("--port=6379")};
    } else {
        ray.comment = "join the Ray cluster of the head and stay in the foreground";
        ray.args = {lit("ray"), lit("start"), lit("--block"), lit("--address"), var(addr_var(0), ":6379")};
    }
    return ray;
}

// The scenario's own prefill chunk (`workload.prefill_chunk_tokens`, the
// planner's pass size) as the engine's flag; nothing when the engine's
// default was planned.
void add_prefill_chunk(const Ctx& x, std::initializer_list<const char*> flags, Command& c)
{
    const int chunk = x.s->workload.prefill_chunk_tokens;
    if (chunk <= 0) return;
    for (const char* f : flags) {
        c.args.push_back(lit(f));
        c.args.push_back(num(chunk));
    }
}

// The head waits until all `nodes` machines have joined the Ray cluster.
Command ray_wait(int nodes)
{
    Command wait;
    wait.comment = "wait until every machine has joined";
    wait.args = {lit("python3"), lit("-c"),
                 lit("import ray,sys,time\nray.init(address='auto')\nwhile len([n for n in ray.nodes() if n['Alive']]) < " +
                     std::to_string(nodes) + ": time.sleep(5)\n")};
    return wait;
}

// `vllm serve` with the plan's parallel sizes, context, concurrency, memory
// fraction, KV-cache type, quantization and MTP.
Command vllm_serve(const Ctx& x, int nodes)
{
    const auto& L = x.p->layout;
    Command c;
    c.comment = "serve the model";
    c.args = {lit("vllm"), lit("serve"), var("MODEL_REPO"),
              lit("--tensor-parallel-size"), num(L.tensor_parallel),
              lit("--pipeline-parallel-size"), num(L.pipeline_parallel)};
    if (const int dp = data_parallel(x); dp > 1) {
        c.args.push_back(lit("--data-parallel-size"));
        c.args.push_back(num(dp));
    }
    if (L.expert_parallel > 1) c.args.push_back(lit("--enable-expert-parallel"));
    if (nodes > 1) {
        c.args.push_back(lit("--distributed-executor-backend"));
        c.args.push_back(lit("ray"));
    }
    add_serving_limits(x, {"--max-model-len", "--max-num-seqs", "--gpu-memory-utilization"}, c);
    add_prefill_chunk(x, {"--max-num-batched-tokens"}, c);
    if (const auto kv = kv_dtype_vllm(x.s->workload.kv_bytes); !kv.empty()) {
        c.args.push_back(lit("--kv-cache-dtype"));
        c.args.push_back(lit(kv));
    }
    if (x.format->id == "fp8" && x.model->family != "deepseek-v3") {
        c.args.push_back(lit("--quantization"));
        c.args.push_back(lit("fp8"));
    }
    if (wants_mtp(x)) {
        c.args.push_back(lit("--speculative-config"));
        c.args.push_back(lit(R"({"method":"deepseek_mtp","num_speculative_tokens":1})"));
    }
    add_server_address(8000, c);
    return c;
}

std::vector<Machine> gen_vllm(const Ctx& x)
{
    const int nodes = static_cast<int>(x.nodes.size());
    return gpu_server_machines(x, [&](int n, Machine& m) {
        if (nodes > 1) m.run.push_back(ray_start(n));
        if (n != 0) return;
        if (nodes > 1) m.run.push_back(ray_wait(nodes));
        m.run.push_back(vllm_serve(x, nodes));
        m.port = 8000;
    });
}

// ---------------------------------------------------------------------------
// SGLang: the same launch_server on every machine with its node rank.

// Tensor, pipeline, attention-data and expert parallelism and, across
// machines, this machine's rank and the head's rendezvous address.
void add_sglang_parallel_args(const Ctx& x, int n, bool dp_attention, Command& c)
{
    const auto& L = x.p->layout;
    const int nodes = static_cast<int>(x.nodes.size());
    if (L.pipeline_parallel > 1) {
        c.args.push_back(lit("--pp-size"));
        c.args.push_back(num(L.pipeline_parallel));
    }
    if (dp_attention) {
        c.args.push_back(lit("--dp"));
        c.args.push_back(num(L.tensor_parallel));
        c.args.push_back(lit("--enable-dp-attention"));
    }
    if (L.expert_parallel > 1) {
        c.args.push_back(lit("--ep-size"));
        c.args.push_back(num(L.expert_parallel));
    }
    if (nodes > 1) {
        c.args.push_back(lit("--nnodes"));
        c.args.push_back(num(nodes));
        c.args.push_back(lit("--node-rank"));
        c.args.push_back(num(n));
        c.args.push_back(lit("--dist-init-addr"));
        c.args.push_back(var(addr_var(0), ":5000"));
    }
}

// sglang.launch_server for machine n: parallel sizes, then context,
// concurrency, memory fraction, KV-cache type, quantization and MTP.
Command sglang_launch(const Ctx& x, int n, bool dp_attention)
{
    const int nodes = static_cast<int>(x.nodes.size());
    Command c;
    c.comment = nodes > 1 ? "rank " + std::to_string(n) + " of " + std::to_string(nodes) + "; start every machine"
                          : "serve the model";
    c.args = {lit("python3"), lit("-m"), lit("sglang.launch_server"), lit("--model-path"), var("MODEL_REPO"),
              lit("--tp"), num(x.p->layout.tensor_parallel)};
    add_sglang_parallel_args(x, n, dp_attention, c);
    add_serving_limits(x, {"--context-length", "--max-running-requests", "--mem-fraction-static"}, c);
    add_prefill_chunk(x, {"--chunked-prefill-size"}, c);
    if (x.s->workload.kv_bytes > 0 && x.s->workload.kv_bytes <= 1.0) {
        c.args.push_back(lit("--kv-cache-dtype"));
        c.args.push_back(lit("fp8_e5m2"));
    }
    if (x.format->id == "fp8" && x.model->family != "deepseek-v3") {
        c.args.push_back(lit("--quantization"));
        c.args.push_back(lit("fp8"));
    } else if (x.format->id == "int8") {
        c.args.push_back(lit("--quantization"));
        c.args.push_back(lit("w8a8_int8"));
    }
    if (wants_mtp(x)) {
        for (const char* a : {"--speculative-algorithm", "EAGLE", "--speculative-num-steps", "1", "--speculative-eagle-topk",
                              "1", "--speculative-num-draft-tokens", "2"}) {
            c.args.push_back(lit(a));
        }
    }
    add_server_address(30000, c);
    return c;
}

std::vector<Machine> gen_sglang(const Ctx& x, bool dp_attention)
{
    return gpu_server_machines(x, [&](int n, Machine& m) {
        m.run.push_back(sglang_launch(x, n, dp_attention));
        if (n == 0) m.port = 30000;
    });
}

// ---------------------------------------------------------------------------
// TensorRT-LLM: trtllm-serve (PyTorch backend) with an extra options file;
// across machines one mpirun on the head starts every rank over SSH.

std::string trtllm_options_yaml(const Ctx& x, bool attention_dp)
{
    std::ostringstream y;
    y << "# extra LLM API options for trtllm-serve (--extra_llm_api_options)\n";
    y << "enable_attention_dp: " << (attention_dp ? "true" : "false") << "\n";
    y << "kv_cache_config:\n";
    y << "  free_gpu_memory_fraction: " << fmt_fraction(x.engine->memory_fraction) << "\n";
    if (x.s->workload.kv_bytes > 0 && x.s->workload.kv_bytes <= 1.0) y << "  dtype: fp8\n";
    if (wants_mtp(x)) {
        y << "speculative_config:\n";
        y << "  decoding_type: MTP\n";
        y << "  num_nextn_predict_layers: 1\n";
    }
    return y.str();
}

// trtllm-serve on the head; across machines under one mpirun whose host
// list is built from the NODEi_ADDR variables.
Command trtllm_serve(const Ctx& x)
{
    const auto& L = x.p->layout;
    const int nodes = static_cast<int>(x.nodes.size());
    Command c;
    c.comment = nodes > 1 ? "one mpirun on the head starts all " + std::to_string(x.p->devices) + " ranks over SSH"
                          : "serve the model";
    if (nodes > 1) {
        c.args = {lit("mpirun"), lit("-np"), num(x.p->devices), lit("-H")};
        // The host list is built from variables so it follows NODEi_ADDR.
        Arg hosts = var(addr_var(0), ":" + std::to_string(x.nodes[0].accel_count));
        c.args.push_back(hosts);
        for (int k = 1; k < nodes; ++k) {
            c.args.back().suffix += ",${" + addr_var(k) + "}:" + std::to_string(x.nodes[static_cast<std::size_t>(k)].accel_count);
        }
        c.args.push_back(lit("trtllm-llmapi-launch"));
    }
    for (const Arg& a : std::vector<Arg>{lit("trtllm-serve"), var("MODEL_REPO"), lit("--backend"), lit("pytorch"),
                                         lit("--tp_size"), num(L.tensor_parallel), lit("--pp_size"), num(L.pipeline_parallel),
                                         lit("--ep_size"), num(L.expert_parallel), lit("--max_batch_size"),
                                         num(x.s->workload.concurrency), lit("--max_seq_len"), num(x.s->workload.context),
                                         lit("--kv_cache_free_gpu_memory_fraction"), lit(fmt_fraction(x.engine->memory_fraction)),
                                         lit("--trust_remote_code"), lit("--extra_llm_api_options"),
                                         lit("extra-llm-api-options.yaml"), lit("--host"), lit("0.0.0.0"), lit("--port"),
                                         num(8000)}) {
        c.args.push_back(a);
    }
    add_prefill_chunk(x, {"--max_num_tokens"}, c);
    return c;
}

std::vector<Machine> gen_trtllm(const Ctx& x, bool attention_dp)
{
    return gpu_server_machines(x, [&](int n, Machine& m) {
        if (n == 0) {
            m.extra.push_back({"extra-llm-api-options.yaml", trtllm_options_yaml(x, attention_dp), -1, false, "yaml"});
            m.run.push_back(trtllm_serve(x));
            m.port = 8000;
        } else {
            Command c;
            c.comment = "nothing to start here: the head's mpirun starts this machine's ranks over SSH; check the engine is installed";
            c.args = {lit("trtllm-serve"), lit("--help")};
            m.run.push_back(c);
        }
    });
}

// ---------------------------------------------------------------------------
// llama.cpp: llama-server on the head; rpc-server on each worker device.

// Layers per device in the order llama.cpp numbers its devices: the RPC
// servers (given with --rpc) first, then the head's own accelerators.
std::vector<int> layer_split(const Ctx& x)
{
    std::map<std::pair<int, int>, int> per_device;  // (node, device) -> layers
    std::map<int, int> devices_on_node;
    for (const auto& st : x.p->layout.stages) {
        if (st.on_host) continue;
        const int k = devices_on_node[st.node]++;
        per_device[{st.node, k}] += st.end_layer - st.first_layer;
    }
    std::vector<int> out;
    for (const auto& [key, layers] : per_device) {
        if (key.first != 0) out.push_back(layers);
    }
    for (const auto& [key, layers] : per_device) {
        if (key.first == 0) out.push_back(layers);
    }
    return out;
}

// Sets MODEL_FILE to the first (or only) GGUF file of the variant.
Command find_first_gguf()
{
    Command c;
    c.comment = "the first (or only) GGUF file of the variant (split files: part 00001)";
    c.raw = "MODEL_FILE=\"$(find \"${MODEL_DIR}\" -name '*.gguf' -path \"*${MODEL_FILES:-}\" | sort | head -n 1)\"\n"
            "[ -n \"${MODEL_FILE}\" ] || { echo \"no GGUF file under ${MODEL_DIR}\" >&2; exit 1; }";
    return c;
}

std::vector<Machine> gen_llamacpp(const Ctx& x)
{
    const int nodes = static_cast<int>(x.nodes.size());
    const bool experts_on_cpu = x.p->offload == OffloadMode::Experts;
    const int layers = x.model->layers;
    return pool_machines(x, true, [&](int n, Machine& m) {
        if (n == 0) {
            m.env.push_back({"MODEL_DIR", "models", false, "where the GGUF files go"});
            m.setup.push_back(hf_download(x, "MODEL_DIR"));
            m.setup.push_back(find_first_gguf());
            Command c;
            c.comment = "llama-server: " + std::string(experts_on_cpu ? "routed experts stay in host RAM (computed by the CPU), the rest on the GPU"
                                                        : x.p->offload == OffloadMode::Layers
                                                              ? std::to_string(accel_layers(x)) + " of " + std::to_string(layers) + " layers on the accelerators, the rest on the CPU"
                                                              : "every layer on the accelerators");
            c.args = {lit("llama-server"), lit("--model"), var("MODEL_FILE"), lit("--ctx-size"),
                      num(static_cast<long>(x.s->workload.context) * x.s->workload.concurrency), lit("--parallel"),
                      num(x.s->workload.concurrency), lit("--n-gpu-layers")};
            const bool any_accel = std::any_of(x.nodes.begin(), x.nodes.end(), [](const Ctx::Node& nd) { return nd.accel != nullptr; });
            if (!any_accel) c.args.push_back(num(0));
            else if (x.p->offload == OffloadMode::Layers) c.args.push_back(num(accel_layers(x)));
            else c.args.push_back(num(layers + 1));  // every repeating layer and the output layer
            add_prefill_chunk(x, {"--batch-size", "--ubatch-size"}, c);
            if (experts_on_cpu) {
                c.args.push_back(lit("--override-tensor"));
                c.args.push_back(lit("\\.ffn_(up|down|gate)_exps\\.=CPU"));
            }
            if (const auto split = layer_split(x); split.size() > 1) {
                std::string s;
                for (std::size_t i = 0; i < split.size(); ++i) s += (i ? "," : "") + std::to_string(split[i]);
                c.args.push_back(lit("--tensor-split"));
                c.args.push_back(lit(s));
            }
            if (nodes > 1) {
                Arg rpc = var(addr_var(1), ":50052");
                for (int k = 2; k < nodes; ++k) rpc.suffix += ",${" + addr_var(k) + "}:50052";
                c.args.push_back(lit("--rpc"));
                c.args.push_back(rpc);
            }
            if (const auto kv = kv_dtype_llamacpp(x.s->workload.kv_bytes); !kv.empty()) {
                c.args.push_back(lit("--flash-attn"));
                c.args.push_back(lit("--cache-type-k"));
                c.args.push_back(lit(kv));
            }
            c.args.push_back(lit("--threads"));
            c.args.push_back(var("THREADS"));
            c.args.push_back(lit("--host"));
            c.args.push_back(lit("0.0.0.0"));
            c.args.push_back(lit("--port"));
            c.args.push_back(num(8080));
            m.run.push_back(c);
            // In a container llama-server downloads the variant itself (-hf REPO:QUANT).
            Command cc = c;
            cc.args[1] = lit("--hf-repo");
            std::string tag = x.pattern;
            tag.erase(std::remove(tag.begin(), tag.end(), '*'), tag.end());
            cc.args[2] = var("MODEL_REPO", tag.empty() ? "" : ":" + tag);
            m.container_run.push_back(cc);
            m.port = 8080;
        } else {
            Command c;
            c.comment = "serve this machine's accelerator to the head (llama.cpp built with -DGGML_RPC=ON); trusted network only";
            c.args = {lit("rpc-server"), lit("--host"), lit("0.0.0.0"), lit("--port"), num(50052)};
            m.run.push_back(c);
        }
    });
}

// ---------------------------------------------------------------------------
// Ollama: a Modelfile and create/run.

std::vector<Machine> gen_ollama(const Ctx& x)
{
    Machine m;
    m.role = "head";
    m.gpus = x.nodes[0].accel_count;
    add_common_env(x, m);
    m.env.push_back({"MODEL_DIR", "models", false, "where the GGUF files go"});
    m.env.push_back({"OLLAMA_NUM_PARALLEL", std::to_string(x.s->workload.concurrency), false, "sequences served together"});
    if (const auto kv = kv_dtype_llamacpp(x.s->workload.kv_bytes); !kv.empty()) {
        m.env.push_back({"OLLAMA_FLASH_ATTENTION", "1", false, "needed for a quantized KV cache"});
        m.env.push_back({"OLLAMA_KV_CACHE_TYPE", kv, false, "KV-cache element type"});
    }
    m.setup.push_back(hf_download(x, "MODEL_DIR"));
    m.setup.push_back(find_first_gguf());
    std::ostringstream mf;
    mf << "# Ollama Modelfile: " << x.model->name << " " << x.format->name << "\n";
    mf << "# Split GGUF files must be merged first (llama-gguf-split --merge FIRST.gguf model.gguf).\n";
    mf << "FROM ./model.gguf\n";
    mf << "PARAMETER num_ctx " << x.s->workload.context << "\n";
    const bool any_accel = x.nodes[0].accel != nullptr;
    const int gpu_layers = !any_accel ? 0 : x.p->offload == OffloadMode::Layers ? accel_layers(x) : x.model->layers + 1;
    mf << "PARAMETER num_gpu " << gpu_layers << "\n";
    m.extra.push_back({"Modelfile", mf.str(), 0, false, "modelfile"});
    Command merge;
    merge.comment = "Ollama loads one GGUF file: merge split parts (llama.cpp's llama-gguf-split), link a single file";
    merge.raw = "if [[ \"${MODEL_FILE}\" == *-00001-of-* ]]; then llama-gguf-split --merge \"${MODEL_FILE}\" model.gguf; "
                "else ln -sf \"${MODEL_FILE}\" model.gguf; fi";
    m.setup.push_back(merge);
    Command create;
    create.comment = "register the model and run it";
    create.args = {lit("ollama"), lit("create"), lit(x.model->id + "-" + x.format->id), lit("-f"), lit("Modelfile")};
    m.run.push_back(create);
    Command run;
    run.args = {lit("ollama"), lit("run"), lit(x.model->id + "-" + x.format->id)};
    m.run.push_back(run);
    Command in_container;
    in_container.raw = "ollama serve & sleep 5 && ollama create " + shell_quote(x.model->id + "-" + x.format->id) +
                       " -f Modelfile && wait";
    m.container_run.push_back(in_container);
    m.port = 11434;
    return {m};
}

// ---------------------------------------------------------------------------
// MLX (mlx_lm, mlx.launch across Macs) and exo.

std::optional<Command> wired_limit_command(const Ctx& x, int node)
{
    const auto& nd = x.nodes[static_cast<std::size_t>(node)];
    if (!x.s->apple_raise_wired_limit || !nd.accel || nd.accel->device_class != DeviceClass::Apple || nd.accel->gpu_wired_fraction <= 0) {
        return std::nullopt;
    }
    // The plan's own raised limit: memory less the OS reserve (capacity GiB).
    const double raised_gib = std::max(0.0, nd.accel->memory_gb - nd.accel->os_reserve_gb);
    Command c;
    c.comment = "the plan assumes the GPU may wire " + std::to_string(static_cast<long>(raised_gib)) + " GiB (macOS default about " +
                std::to_string(static_cast<int>(nd.accel->gpu_wired_fraction * 100)) + " %); resets at reboot";
    c.args = {lit("sudo"), lit("sysctl"), lit("iogpu.wired_limit_mb=" + std::to_string(wired_limit_mib(raised_gib)))};
    return c;
}

std::string mlx_hostfile(const Ctx& x)
{
    nlohmann::json hosts = nlohmann::json::array();
    for (std::size_t i = 0; i < x.nodes.size(); ++i) {
        const std::string h = x.hosts.empty() ? "NODE" + std::to_string(i) + "_ADDR" : x.hosts[i];
        hosts.push_back({{"ssh", h}, {"ips", nlohmann::json::array({h})}});
    }
    return hosts.dump(2) + "\n";
}

std::vector<Machine> gen_mlx(const Ctx& x)
{
    const int nodes = static_cast<int>(x.nodes.size());
    return pool_machines(x, false, [&](int n, Machine& m) {
        if (auto w = wired_limit_command(x, n)) m.setup.push_back(*w);
        m.setup.push_back(hf_download(x, ""));
        if (n == 0) {
            Command c;
            if (nodes > 1) {
                m.extra.push_back({"hosts.json", mlx_hostfile(x), -1, false, "json"});
                c.comment = "pipeline across " + std::to_string(nodes) + " Macs over the ring backend (launched from here over SSH)";
                Command find;
                find.comment = "mlx-lm's pipeline example (shipped in mlx_lm/examples)";
                find.raw = "PIPELINE_SCRIPT=\"$(python3 -c 'import mlx_lm, os; "
                           "print(os.path.join(os.path.dirname(mlx_lm.__file__), \"examples\", \"pipeline_generate.py\"))')\"";
                m.setup.push_back(find);
                c.args = {lit("mlx.launch"), lit("--hostfile"), lit("hosts.json"), lit("--backend"), lit("ring"),
                          var("PIPELINE_SCRIPT"), lit("--model"), var("MODEL_REPO"), lit("--max-tokens"),
                          num(x.s->workload.output), lit("--prompt"), lit("Hello")};
            } else {
                c.comment = "OpenAI-compatible server";
                c.args = {lit("mlx_lm.server"), lit("--model"), var("MODEL_REPO"), lit("--host"), lit("0.0.0.0"), lit("--port"), num(8080)};
                m.port = 8080;
            }
            m.run.push_back(c);
        } else {
            Command c;
            c.comment = "nothing to start: the head's mlx.launch starts this Mac's rank over SSH (same Python environment and model here)";
            c.args = {lit("python3"), lit("-c"), lit("import mlx_lm")};
            m.run.push_back(c);
        }
    });
}

std::vector<Machine> gen_exo(const Ctx& x)
{
    return pool_machines(x, false, [&](int n, Machine& m) {
        if (auto w = wired_limit_command(x, n)) m.setup.push_back(*w);
        Command c;
        c.comment = "exo finds the other machines on the network and splits the layers by memory; API on port 52415";
        c.args = {lit("exo"), lit("--inference-engine"), lit("mlx")};
        m.run.push_back(c);
        if (n == 0) m.port = 52415;
    });
}

// ---------------------------------------------------------------------------
// KTransformers: server + optimize rules matching the plan's offload.

std::string ktransformers_rules(const Ctx& x)
{
    const bool experts_on_cpu = x.p->offload == OffloadMode::Experts;
    std::ostringstream y;
    y << "# KTransformers optimize rules written by DeepPlan for " << x.model->name << "\n";
    y << "# routed experts: " << (experts_on_cpu ? "CPU (host RAM)" : "GPU") << "; everything else on the GPU\n";
    y << "- match:\n";
    y << "    name: \"^model\\\\.layers\\\\..*\\\\.mlp\\\\.experts$\"\n";
    y << "  replace:\n";
    y << "    class: ktransformers.operators.experts.KTransformersExperts\n";
    y << "    kwargs:\n";
    y << "      prefill_device: \"cuda\"\n";
    y << "      prefill_op: \"KExpertsTorch\"\n";
    y << "      generate_device: \"" << (experts_on_cpu ? "cpu" : "cuda") << "\"\n";
    y << "      generate_op: \"" << (experts_on_cpu ? "KExpertsCPU" : "KExpertsMarlin") << "\"\n";
    y << "      out_device: \"cuda\"\n";
    y << "  recursive: false\n";
    y << "- match:\n";
    y << "    name: \"^model\\\\.layers\\\\.(?!.*self_attn\\\\.kv_b_proj).*$\"\n";
    y << "    class: torch.nn.Linear\n";
    y << "  replace:\n";
    y << "    class: ktransformers.operators.linear.KTransformersLinear\n";
    y << "    kwargs:\n";
    y << "      generate_device: \"cuda\"\n";
    y << "      prefill_device: \"cuda\"\n";
    y << "      generate_op: \"KLinearMarlin\"\n";
    y << "      prefill_op: \"KLinearTorch\"\n";
    y << "- match:\n";
    y << "    name: \"^model$\"\n";
    y << "  replace:\n";
    y << "    class: \"default\"\n";
    y << "    kwargs:\n";
    y << "      per_layer_prefill_intput_threshold: 0\n";
    y << "- match:\n";
    y << "    name: \"^model\\\\.embed_tokens\"\n";
    y << "  replace:\n";
    y << "    class: \"default\"\n";
    y << "    kwargs:\n";
    y << "      generate_device: \"cpu\"\n";
    y << "      prefill_device: \"cpu\"\n";
    return y.str();
}

std::vector<Machine> gen_ktransformers(const Ctx& x)
{
    Machine m;
    m.role = "head";
    m.gpus = x.nodes[0].accel_count;
    add_common_env(x, m);
    m.env.push_back({"CONFIG_REPO", x.model->repo, x.model->repo.empty(), "the model's configuration and tokenizer"});
    m.env.push_back({"MODEL_DIR", "models", false, "where the GGUF files go"});
    m.setup.push_back(hf_download(x, "MODEL_DIR"));
    m.extra.push_back({"optimize-rules.yaml", ktransformers_rules(x), 0, false, "yaml"});
    Command c;
    c.comment = "serve the model (OpenAI-compatible API)";
    c.args = {lit("python3"), lit("-m"), lit("ktransformers.server.main"), lit("--model_path"), var("CONFIG_REPO"),
              lit("--gguf_path"), var("MODEL_DIR"), lit("--optimize_config_path"), lit("optimize-rules.yaml"),
              lit("--cpu_infer"), var("THREADS"), lit("--cache_lens"), num(static_cast<long>(x.s->workload.context) * x.s->workload.concurrency),
              lit("--max_new_tokens"), num(x.s->workload.output), lit("--host"), lit("0.0.0.0"), lit("--port"), num(10002)};
    m.run.push_back(c);
    m.port = 10002;
    return {m};
}

// ---------------------------------------------------------------------------
// Rendering.

std::string header_lines(const Ctx& x, const Machine& m, const std::string& comment)
{
    std::ostringstream h;
    const int nodes = static_cast<int>(x.nodes.size());
    h << comment << " DeepPlan launch file: " << x.model->name << " (" << x.format->name << ") with " << x.engine->name << "\n";
    h << comment << " machine " << m.index << " of " << nodes << " (" << m.role << ")";
    if (const auto* sys = x.nodes[static_cast<std::size_t>(m.index)].system) h << ": " << sys->name;
    h << "\n";
    h << comment << " engine release the flags were checked against: " << x.engine->name << " " << x.release.release << " ("
      << x.release.source << ")\n";
    if (!x.p->engine_release.empty()) {
        h << comment << " the plan's speeds are for: " << x.p->engine_release
          << (x.p->engine != x.engine->id ? " (an older release's profile; these commands are the current release's)" : "") << "\n";
    }
    h << comment << " model repository: " << (x.repo.empty() ? "(none in the catalog: set MODEL_REPO)" : x.repo)
      << (x.pattern.empty() ? "" : " files " + x.pattern) << "\n";
    const auto& L = x.p->layout;
    h << comment << " plan: " << L.mode << ", tensor " << L.tensor_parallel << " x pipeline " << L.pipeline_parallel << ", expert "
      << L.expert_parallel << ", context " << x.s->workload.context << ", concurrency " << x.s->workload.concurrency
      << ", offload " << to_string(x.p->offload) << (x.s->workload.mtp ? ", MTP" : "") << "\n";
    return h.str();
}

bool uses_var(const Machine& m, const std::string& name)
{
    auto in = [&](const std::vector<Command>& cs) {
        for (const auto& c : cs) {
            for (const auto& a : c.args) {
                if ((a.var && a.text == name) || a.suffix.find("${" + name + "}") != std::string::npos) return true;
            }
        }
        return false;
    };
    return in(m.setup) || in(m.run) || in(m.container_run);
}

std::string render_sh(const Ctx& x, const Machine& m)
{
    std::ostringstream o;
    o << "#!/usr/bin/env bash\n" << header_lines(x, m, "#") << "set -euo pipefail\n";
    o << "cd \"$(dirname \"$0\")\"\n\n";
    for (const auto& e : m.env) {
        o << "# " << e.comment << "\n";
        if (e.required) {
            o << ": \"${" << e.name << ":?set " << e.name << "}\"\n";
        } else {
            o << e.name << "=${" << e.name << ":-" << shell_quote(e.value) << "}\n";
        }
        o << "export " << e.name << "\n";
    }
    if (uses_var(m, "THREADS")) {
        o << "# CPU threads: the machine's physical cores\n";
        o << "if [ -z \"${THREADS:-}\" ]; then\n";
        o << "  if command -v lscpu >/dev/null 2>&1; then THREADS=\"$(lscpu -p=CORE,SOCKET | grep -v '^#' | sort -u | wc -l)\"\n";
        o << "  else THREADS=\"$(sysctl -n hw.physicalcpu)\"; fi\n";
        o << "fi\n";
    }
    o << "\n";
    for (const auto& c : m.setup) {
        if (!c.comment.empty()) o << "# " << c.comment << "\n";
        o << render_command(c, "", true) << "\n";
    }
    o << "\n";
    for (std::size_t i = 0; i < m.run.size(); ++i) {
        const auto& c = m.run[i];
        if (!c.comment.empty()) o << "# " << c.comment << "\n";
        const bool last = i + 1 == m.run.size();
        o << (last ? "exec " : "") << render_command(c, "", true) << "\n";
    }
    return o.str();
}

// A YAML double-quoted scalar (JSON strings are valid YAML); '$' doubled for compose.
std::string yq(const std::string& s, bool compose)
{
    std::string v = s;
    if (compose) {
        std::string d;
        for (char ch : v) {
            d += ch;
            if (ch == '$') d += '$';
        }
        v = d;
    }
    return nlohmann::json(v).dump();
}

// The service's shell line: setup that matters in a container + the run commands.
std::string container_script(const Machine& m)
{
    const auto& cmds = m.container_run.empty() ? m.run : m.container_run;
    std::string s;
    for (std::size_t i = 0; i < cmds.size(); ++i) {
        const bool last = i + 1 == cmds.size() && cmds[i].raw.empty();
        s += (i ? " && " : "");
        s += (last ? "exec " : "") + render_command(cmds[i], "", false);
    }
    return s;
}

std::string render_compose(const Ctx& x, const Machine& m)
{
    std::ostringstream y;
    y << header_lines(x, m, "#");
    y << "# docker compose -f THIS_FILE up\n";
    y << "services:\n";
    y << "  " << (m.role == "head" ? "head" : "worker") << ":\n";
    y << "    image: " << yq(x.release.image, false) << "\n";
    y << "    network_mode: host\n";
    y << "    ipc: host\n";
    y << "    entrypoint: [\"bash\", \"-c\"]\n";
    // '$' doubled: the container's bash expands the variables, not compose.
    y << "    command: [" << yq(container_script(m), true) << "]\n";
    y << "    environment:\n";
    for (const auto& e : m.env) {
        const std::string value = e.required ? "${" + e.name + ":?set " + e.name + "}" : e.value;
        y << "      " << e.name << ": " << (e.required ? nlohmann::json(value).dump() : yq(value, true)) << "\n";
    }
    if (uses_var(m, "THREADS")) y << "      THREADS: \"${THREADS:-16}\"\n";
    y << "      HF_TOKEN: \"${HF_TOKEN:-}\"\n";
    y << "    volumes:\n";
    y << "      - \"${HOME}/.cache/huggingface:/root/.cache/huggingface\"\n";
    if (!m.extra.empty()) {
        for (const auto& f : m.extra) y << "      - " << yq("./" + f.name + ":/work/" + f.name, false) << "\n";
        y << "    working_dir: /work\n";
    }
    if (m.gpus > 0) {
        y << "    deploy:\n      resources:\n        reservations:\n          devices:\n";
        y << "            - driver: nvidia\n              count: " << m.gpus << "\n              capabilities: [gpu]\n";
    }
    return y.str();
}

std::string k8s_name(const Ctx& x)
{
    std::string n;
    for (char ch : x.model->id + "-" + x.engine->id) {
        n += is_alnum(ch) ? static_cast<char>(std::tolower(static_cast<unsigned char>(ch))) : '-';
    }
    while (n.size() > 50) n.pop_back();
    while (!n.empty() && n.back() == '-') n.pop_back();
    return n;
}

void k8s_container(std::ostringstream& y, const Ctx& x, const Machine& m, const std::string& indent, const std::string& name,
                   const std::string& script, bool leader_addr)
{
    y << indent << "- name: " << name << "\n";
    y << indent << "  image: " << yq(x.release.image, false) << "\n";
    y << indent << "  command: [\"bash\", \"-c\", " << nlohmann::json(script).dump() << "]\n";
    y << indent << "  env:\n";
    for (const auto& e : m.env) {
        if (e.name.rfind("NODE", 0) == 0 && e.name.size() > 5 && leader_addr) continue;
        y << indent << "    - name: " << e.name << "\n";
        y << indent << "      value: " << yq(e.value, false) << "\n";
    }
    if (uses_var(m, "THREADS")) y << indent << "    - name: THREADS\n" << indent << "      value: \"16\"\n";
    if (m.gpus > 0) {
        y << indent << "  resources:\n" << indent << "    limits:\n" << indent << "      nvidia.com/gpu: \"" << m.gpus << "\"\n";
    }
    if (m.port > 0) y << indent << "  ports:\n" << indent << "    - containerPort: " << m.port << "\n";
    y << indent << "  volumeMounts:\n" << indent << "    - name: dshm\n" << indent << "      mountPath: /dev/shm\n";
}

std::string k8s_volumes(const std::string& indent)
{
    return indent + "volumes:\n" + indent + "  - name: dshm\n" + indent + "    emptyDir:\n" + indent + "      medium: Memory\n";
}

// Replaces the head-address variable with the pod's leader address.
Machine with_leader_address(Machine m)
{
    auto fix = [](std::vector<Command>& cs) {
        for (auto& c : cs) {
            for (auto& a : c.args) {
                if (a.var && a.text == "NODE0_ADDR") a.text = "LWS_LEADER_ADDRESS";
            }
        }
    };
    fix(m.setup);
    fix(m.run);
    fix(m.container_run);
    return m;
}

std::string render_k8s(const Ctx& x, const std::vector<Machine>& ms)
{
    std::ostringstream y;
    const std::string name = k8s_name(x);
    y << header_lines(x, ms[0], "#");
    if (ms.size() == 1) {
        const Machine& m = ms[0];
        y << "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " << name << "\nspec:\n  replicas: 1\n";
        y << "  selector:\n    matchLabels:\n      app: " << name << "\n";
        y << "  template:\n    metadata:\n      labels:\n        app: " << name << "\n    spec:\n      containers:\n";
        k8s_container(y, x, m, "        ", "server", container_script(m), false);
        y << k8s_volumes("      ");
    } else {
        // LeaderWorkerSet: one group of `size` pods; the leader runs node rank 0.
        const Machine leader = with_leader_address(ms[0]);
        const Machine worker = with_leader_address(ms[1]);
        std::string worker_script = container_script(worker);
        // SGLang's node rank comes from the pod's index in the group.
        if (x.engine->id == "sglang" || x.engine->id == "sglang-dp") {
            const std::string from = "--node-rank 1";
            if (auto pos = worker_script.find(from); pos != std::string::npos) {
                worker_script.replace(pos, from.size(), "--node-rank \"${LWS_WORKER_INDEX}\"");
            }
        }
        y << "apiVersion: leaderworkerset.x-k8s.io/v1\nkind: LeaderWorkerSet\nmetadata:\n  name: " << name << "\nspec:\n  replicas: 1\n";
        y << "  leaderWorkerTemplate:\n    size: " << ms.size() << "\n    restartPolicy: RecreateGroupOnPodRestart\n";
        y << "    leaderTemplate:\n      metadata:\n        labels:\n          role: leader\n      spec:\n        containers:\n";
        k8s_container(y, x, leader, "          ", "leader", container_script(leader), true);
        y << k8s_volumes("        ");
        y << "    workerTemplate:\n      spec:\n        containers:\n";
        k8s_container(y, x, worker, "          ", "worker", worker_script, true);
        y << k8s_volumes("        ");
    }
    return y.str();
}

const EngineRelease* release_for(const std::string& engine)
{
    for (const auto& r : kReleases) {
        if (r.engine == engine) return &r;
    }
    return nullptr;
}

}  // namespace

const char* to_string(DeployFormat f) noexcept
{
    switch (f) {
    case DeployFormat::Shell: return "sh";
    case DeployFormat::Compose: return "compose";
    case DeployFormat::Kubernetes: return "k8s";
    }
    return "sh";
}

std::optional<DeployFormat> deploy_format_from_string(const std::string& s)
{
    if (s == "sh") return DeployFormat::Shell;
    if (s == "compose") return DeployFormat::Compose;
    if (s == "k8s") return DeployFormat::Kubernetes;
    return std::nullopt;
}

const std::vector<EngineRelease>& engine_releases() { return kReleases; }

std::string shell_quote(const std::string& s)
{
    std::string out = "'";
    for (char ch : s) {
        if (ch == '\'') out += "'\\''";
        else out += ch;
    }
    return out + "'";
}

bool is_safe_id(const std::string& s)
{
    return !s.empty() && s.size() <= 128 && is_alnum(s.front()) && all_of_chars(s, "._-");
}

bool is_safe_host(const std::string& s)
{
    return !s.empty() && s.size() <= 253 && s.front() != '-' && all_of_chars(s, ".-:_");
}

bool is_safe_repo(const std::string& s)
{
    const auto slash = s.find('/');
    if (slash == std::string::npos || s.find('/', slash + 1) != std::string::npos) return false;
    return is_safe_id(s.substr(0, slash)) && is_safe_id(s.substr(slash + 1));
}

long wired_limit_mib(double capacity_gib) noexcept
{
    if (!(capacity_gib > 0) || !std::isfinite(capacity_gib)) return 0;
    return static_cast<long>(std::floor(capacity_gib * units::kCapacityGB / units::kMiB));
}

namespace {

// The model, variant and engine of the plan and the engine's release; the
// ids are checked to be safe in file names and commands first.
std::optional<Error> resolve_entries(const std::string& engine_id, Ctx& x)
{
    const Scenario& s = *x.s;
    for (const auto& [path, id] : std::vector<std::pair<std::string, std::string>>{
             {"scenario.model", s.model}, {"scenario.variant", s.variant}, {"plan.engine", engine_id}}) {
        if (!is_safe_id(id)) return Error{path, "not a safe id (letters, digits, '.', '_', '-'): " + quote_for_message(id)};
    }
    x.model = x.c->model(s.model);
    x.format = x.c->format(s.variant);
    x.engine = x.c->engine(engine_id);
    if (!x.model) return Error{"scenario.model", "unknown model \"" + s.model + "\""};
    if (!x.format) return Error{"scenario.variant", "unknown variant \"" + s.variant + "\""};
    if (!x.engine) return Error{"plan.engine", "unknown engine \"" + x.p->engine + "\""};
    const EngineRelease* rel = release_for(engine_id);
    if (!rel) return Error{"plan.engine", "no launch-file generator for engine \"" + engine_id + "\""};
    x.release = *rel;
    return std::nullopt;
}

// The machines in pool order, each with its accelerator and their count,
// cut to the machines the plan uses.
std::optional<Error> resolve_machines(Ctx& x)
{
    const auto& groups = x.s->pool.groups;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto& grp = groups[g];
        const std::string gpath = "scenario.pool.groups[" + std::to_string(g) + "]";
        if (!is_safe_id(grp.system)) return Error{gpath + ".system", "not a safe id: " + quote_for_message(grp.system)};
        const System* sys = x.c->system(grp.system);
        if (!sys) return Error{gpath + ".system", "unknown system \"" + grp.system + "\""};
        Ctx::Node nd;
        nd.system = sys;
        const std::string accel_id = grp.accelerator.empty() ? sys->accelerator : grp.accelerator;
        nd.accel = accel_id.empty() ? nullptr : x.c->device(accel_id);
        nd.accel_count = nd.accel ? (grp.accelerator_count >= 0 ? grp.accelerator_count : sys->accelerator_count) : 0;
        if (nd.accel && nd.accel->device_class == DeviceClass::Cpu) nd.accel_count = 0;
        for (int k = 0; k < grp.count && x.nodes.size() < 4096; ++k) x.nodes.push_back(nd);
    }
    // The plan may use fewer machines than the pool offers.
    const int used = x.p->nodes;
    if (used > 0 && static_cast<std::size_t>(used) < x.nodes.size()) x.nodes.resize(static_cast<std::size_t>(used));
    if (x.nodes.empty()) return Error{"scenario.pool", "the pool has no machines"};
    return std::nullopt;
}

// --hosts: at least one per machine, each a plain host name or address.
std::optional<Error> resolve_hosts(const std::vector<std::string>& hosts, Ctx& x)
{
    if (hosts.empty()) return std::nullopt;
    if (hosts.size() < x.nodes.size()) {
        return Error{"--hosts", "the plan uses " + std::to_string(x.nodes.size()) + " machines but " +
                                    std::to_string(hosts.size()) + " hosts were given"};
    }
    for (std::size_t i = 0; i < hosts.size(); ++i) {
        if (!is_safe_host(hosts[i])) {
            return Error{"--hosts[" + std::to_string(i) + "]",
                         "not a host name or address (letters, digits, '.', '-', ':', '_'): " + quote_for_message(hosts[i])};
        }
    }
    x.hosts.assign(hosts.begin(), hosts.begin() + static_cast<std::ptrdiff_t>(x.nodes.size()));
    return std::nullopt;
}

// The repository of the variant (or the model's own for its unquantized
// checkpoint), its file pattern and source, each checked to be safe.
std::optional<Error> resolve_repository(Ctx& x)
{
    if (const VariantRepo* vr = x.format->repo_for(x.s->model)) {
        x.repo = vr->repo;
        x.pattern = vr->file_pattern;
        x.repo_source = vr->source;
    } else if (x.format->family == "hf" && !x.model->repo.empty() && x.format->id != "int8" && x.format->id != "awq-int4") {
        x.repo = x.model->repo;
        x.repo_source = x.model->repo_source;
    }
    if (!x.repo.empty() && !is_safe_repo(x.repo)) {
        return Error{"formats/" + x.format->id + ".repos", "not a safe repository id: " + quote_for_message(x.repo)};
    }
    if (!x.model->repo.empty() && !is_safe_repo(x.model->repo)) {
        return Error{"models/" + x.model->id + ".repo", "not a safe repository id: " + quote_for_message(x.model->repo)};
    }
    if (!x.pattern.empty() && !all_of_chars(x.pattern, "*._-")) {
        return Error{"formats/" + x.format->id + ".repos.file_pattern", "not a safe file pattern: " + quote_for_message(x.pattern)};
    }
    return std::nullopt;
}

// The machines of the engine's recipe.
Result<std::vector<Machine>> engine_machines(const Ctx& x, const std::string& e)
{
    if (e == "vllm") return gen_vllm(x);
    if (e == "sglang") return gen_sglang(x, false);
    if (e == "sglang-dp") return gen_sglang(x, true);
    if (e == "tensorrt-llm") return gen_trtllm(x, false);
    if (e == "tensorrt-llm-dp") return gen_trtllm(x, true);
    if (e == "llama.cpp") return gen_llamacpp(x);
    if (e == "ollama") return gen_ollama(x);
    if (e == "mlx") return gen_mlx(x);
    if (e == "exo") return gen_exo(x);
    if (e == "ktransformers") return gen_ktransformers(x);
    return Error{"plan.engine", "no launch-file generator for engine \"" + e + "\""};
}

// Formats an engine's recipe cannot be written in: containers need an
// official image; across machines Kubernetes is written for vLLM and
// SGLang only, compose not for engines that start ranks over SSH or RPC.
std::optional<Error> check_format(const Ctx& x, const std::string& e, DeployFormat format, std::size_t machines)
{
    const bool container = format != DeployFormat::Shell;
    if (container && x.release.image.empty()) {
        return Error{"--format", x.engine->name + " has no official container image; use --format sh"};
    }
    const bool multi = machines > 1;
    if (format == DeployFormat::Kubernetes && multi && e != "vllm" && e != "sglang" && e != "sglang-dp") {
        return Error{"--format", "multi-machine Kubernetes manifests (LeaderWorkerSet) are written for vLLM and SGLang only; use --format sh"};
    }
    if (format == DeployFormat::Compose && multi && (e == "tensorrt-llm" || e == "tensorrt-llm-dp" || e == "llama.cpp")) {
        return Error{"--format", x.engine->name + " across machines needs SSH/MPI or rpc-server outside containers; use --format sh"};
    }
    return std::nullopt;
}

// The files of the deployment: every machine's config files (once each),
// then a script or compose file per machine, or one Kubernetes manifest.
void add_files(const Ctx& x, const std::vector<Machine>& machines, DeployFormat format, Deployment& d)
{
    for (const auto& m : machines) {
        const std::string base = "node" + std::to_string(m.index) + "-" + m.role;
        for (const auto& f : m.extra) {
            const bool already = std::any_of(d.files.begin(), d.files.end(), [&](const DeployFile& g) { return g.name == f.name; });
            if (!already) d.files.push_back(f);
        }
        if (format == DeployFormat::Shell) {
            d.files.push_back({base + ".sh", render_sh(x, m), m.index, true, "sh"});
        } else if (format == DeployFormat::Compose) {
            d.files.push_back({base + ".compose.yaml", render_compose(x, m), m.index, false, "yaml"});
        }
    }
    if (format == DeployFormat::Kubernetes) {
        const bool multi = machines.size() > 1;
        d.files.push_back({multi ? "leaderworkerset.yaml" : "deployment.yaml", render_k8s(x, machines), -1, false, "yaml"});
    }
}

}  // namespace

Result<Deployment> make_deployment(const Scenario& s, const Plan& p, const Catalog& c, const DeployOptions& options)
{
    if (!p.fits) {
        return Error{"plan", "the plan does not fit, so there is nothing to deploy" +
                                 (p.reasons.empty() ? std::string{} : ": " + p.reasons.front())};
    }
    // A release profile (sglang@0.4) runs the base engine's commands; only its figures differ.
    const EngineProfile* planned = c.engine(p.engine);
    const std::string engine_id = planned && !planned->base.empty() ? planned->base : p.engine;
    Ctx x;
    x.s = &s;
    x.p = &p;
    x.c = &c;
    if (auto e = resolve_entries(engine_id, x)) return *e;
    if (auto e = resolve_machines(x)) return *e;
    if (auto e = resolve_hosts(options.hosts, x)) return *e;
    if (auto e = resolve_repository(x)) return *e;
    auto generated = engine_machines(x, engine_id);
    if (!generated) return generated.error();
    const std::vector<Machine>& machines = generated.value();

    Deployment d;
    d.engine = engine_id;
    d.release = x.release;
    d.repo = x.repo;
    d.file_pattern = x.pattern;
    d.repo_source = x.repo_source;
    d.machines = static_cast<int>(machines.size());
    if (x.repo.empty()) d.notes.push_back("the catalog names no repository for " + x.model->id + " in " + x.format->id + ": set MODEL_REPO");
    if (x.hosts.empty() && machines.size() > 1) d.notes.push_back("set NODE0_ADDR ... NODE" + std::to_string(machines.size() - 1) + "_ADDR (or pass --hosts)");
    if (auto e = check_format(x, engine_id, options.format, machines.size())) return *e;
    add_files(x, machines, options.format, d);
    // The kit's check (the engine's benchmark client with the plan's
    // workload and figures) and its README, on machine 0.
    const deploy_kit::KitFacts kit{engine_id, x.engine->name, x.model->name, x.format->name, header_lines(x, machines[0], "#"),
                                   x.repo, x.repo_source, machines[0].port};
    if (auto check = deploy_kit::check_script(kit, s, p)) d.files.push_back({"check.sh", *check, 0, true, "sh"});
    d.files.push_back({"README.md", deploy_kit::kit_readme(kit, s, p, d.files, d.notes), -1, false, "md"});
    return d;
}

}  // namespace deepplan
