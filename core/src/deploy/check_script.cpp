// check.sh and README.md of a deploy kit. The script runs the engine's own
// serving benchmark client against the server with the plan's workload
// (concurrency, prompt and output lengths, arrivals) and prints the plan's
// figures beside it; every figure is read from the Plan, none recomputed.

#include "deploy/check_script.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "deepplan/number_text.hpp"

namespace deepplan::deploy_kit {

// How a client's --random-range-ratio spreads the lengths it samples.
enum class RangeRule {
    // vLLM (vllm/benchmarks/datasets.py, RandomDataset.sample, since vLLM PR
    // #16126, April 2025) and TensorRT-LLM (tensorrt_llm/serve/scripts/
    // benchmark_dataset.py, adopted from vLLM): uniform over
    // [int(L*(1-r)), int(L*(1+r))], r in [0, 1); 0 = every request L tokens.
    Symmetric,
    // SGLang (python/sglang/bench_serving.py, sample_random_requests):
    // uniform over [max(int(L*r), 1), L]; 1 = every request L tokens. L is
    // the longest, not the mean (sgl-project/sglang issue #7253).
    UpToLength,
};

struct BenchClient {
    std::string engine;
    std::vector<std::string> command;  ///< the client's command words
    std::string backend;               ///< --backend value
    RangeRule rule = RangeRule::Symmetric;
    bool ignore_eos_flag = true;       ///< needs --ignore-eos (SGLang ignores EOS unless --disable-ignore-eos)
    std::string source;                ///< where its flags are documented
};

namespace {

// The clients, checked against the releases the kit pins (launch_files.cpp).
const std::vector<BenchClient>& clients()
{
    static const std::vector<BenchClient> c = {
        {"vllm", {"vllm", "bench", "serve"}, "vllm", RangeRule::Symmetric, true,
         "https://docs.vllm.ai/en/v0.10.1.1/cli/bench/serve.html"},
        {"sglang", {"python3", "-m", "sglang.bench_serving"}, "sglang", RangeRule::UpToLength, false,
         "https://github.com/sgl-project/sglang/blob/main/docs/developer_guide/bench_serving.md"},
        {"sglang-dp", {"python3", "-m", "sglang.bench_serving"}, "sglang", RangeRule::UpToLength, false,
         "https://github.com/sgl-project/sglang/blob/main/docs/developer_guide/bench_serving.md"},
        {"tensorrt-llm", {"python3", "-m", "tensorrt_llm.serve.scripts.benchmark_serving"}, "openai", RangeRule::Symmetric, true,
         "https://nvidia.github.io/TensorRT-LLM/1.0.0/commands/trtllm-serve/run-benchmark-with-trtllm-serve.html"},
        {"tensorrt-llm-dp", {"python3", "-m", "tensorrt_llm.serve.scripts.benchmark_serving"}, "openai", RangeRule::Symmetric, true,
         "https://nvidia.github.io/TensorRT-LLM/1.0.0/commands/trtllm-serve/run-benchmark-with-trtllm-serve.html"},
    };
    return c;
}

// Staggered arrivals need lengths that vary around the plan's P and N so the
// clients' requests end at different times (MODEL.md §5), as InferenceX's
// runs do with SGLang's ratio 0.8 (lengths over [0.8 L, L]). The same spread,
// about a fifth of the length, centred on the plan's length in each client:
// SGLang ratio 0.8 with L = P / 0.9 (mean of [0.8 L, L] = 0.9 L = P); vLLM
// and TensorRT-LLM ratio 0.1 around L = P ([0.9 P, 1.1 P]).
constexpr double kUpToRatio = 0.8;
constexpr double kSymmetricRatio = 0.1;

// Prompts a run sends: five per client, at least ten, so most requests run
// while the other clients are busy too.
long prompts_for(int concurrency) { return std::max(10L, 5L * concurrency); }

struct Lengths {
    long input_len = 0;   ///< --random-input-len
    long output_len = 0;  ///< --random-output-len
    std::string ratio;    ///< --random-range-ratio
    long input_low = 0, input_high = 0, output_low = 0, output_high = 0;  ///< what the client samples
};

long truncate(double v) { return static_cast<long>(v); }

// The client's length flags for the plan's P, N and arrivals.
Lengths lengths_for(const BenchClient& c, const Workload& w)
{
    const long p = w.prompt;
    const long n = w.output;
    Lengths l;
    if (w.arrivals == Arrivals::Together) {
        l.input_len = p;
        l.output_len = n;
        l.ratio = c.rule == RangeRule::UpToLength ? "1" : "0";
        l.input_low = l.input_high = p;
        l.output_low = l.output_high = n;
        return l;
    }
    if (c.rule == RangeRule::UpToLength) {
        auto upper = [](long mean) { return std::max(1L, std::lround(static_cast<double>(mean) * 2.0 / (1.0 + kUpToRatio))); };
        l.input_len = upper(p);
        l.output_len = upper(n);
        l.ratio = number_text::fixed(kUpToRatio, 1);
        l.input_low = std::max(1L, truncate(static_cast<double>(l.input_len) * kUpToRatio));
        l.output_low = truncate(static_cast<double>(l.output_len) * kUpToRatio);
        l.input_high = l.input_len;
        l.output_high = l.output_len;
    } else {
        l.input_len = p;
        l.output_len = n;
        l.ratio = number_text::fixed(kSymmetricRatio, 1);
        l.input_low = truncate(static_cast<double>(p) * (1.0 - kSymmetricRatio));
        l.input_high = truncate(static_cast<double>(p) * (1.0 + kSymmetricRatio));
        l.output_low = truncate(static_cast<double>(n) * (1.0 - kSymmetricRatio));
        l.output_high = truncate(static_cast<double>(n) * (1.0 + kSymmetricRatio));
    }
    return l;
}

std::string num(double v) { return number_text::sensible(v); }
std::string whole(long v) { return number_text::grouped(v); }

// " (range LOW-HIGH)" when the plan states one around the figure.
std::string range_of(const Range& r, double scale = 1.0)
{
    if (!(r.high > 0) || !(r.high >= r.low)) return "";
    return " (range " + num(r.low * scale) + "-" + num(r.high * scale) + ")";
}

std::string clients_text(int c) { return whole(c) + (c == 1 ? " client" : " clients"); }

// The lines a client prints that match the plan's figures, with them.
struct Expected {
    std::string label;  ///< the client's line
    std::string value;  ///< the plan's figure
};

std::vector<Expected> expected_lines(const Scenario& s, const Plan& p)
{
    const auto& sv = p.serving;
    std::vector<Expected> e = {
        {"Output token throughput (tok/s)", num(sv.output_tokens_per_s) + range_of(sv.output_tokens_per_s_range)},
        {"Mean TTFT (ms)", num(sv.ttft_s * 1000.0) + range_of(sv.ttft_s_range, 1000.0)},
        {"Mean TPOT (ms)", num(sv.tpot_ms) + range_of(sv.tpot_ms_range)},
    };
    if (s.workload.concurrency == 1) {
        // One client: its TPOT is the decode step, its TTFT one prompt's prefill.
        e.push_back({"decode tok/s (1000 / Mean TPOT)", num(p.decode.tokens_per_s) + range_of(p.decode.tokens_per_s_range)});
        e.push_back({"TTFT of one prompt (ms)", num(p.prefill.ttft_s * 1000.0) + range_of(p.prefill.ttft_s_range, 1000.0)});
    }
    return e;
}

std::string pad(std::string s, std::size_t width)
{
    if (s.size() < width) s.append(width - s.size(), ' ');
    return s;
}

std::string expected_block(const Scenario& s, const Plan& p, const std::string& indent)
{
    std::ostringstream o;
    for (const auto& e : expected_lines(s, p)) o << indent << pad(e.label + ":", 36) << e.value << "\n";
    return o.str();
}

std::string workload_text(const Workload& w)
{
    return clients_text(w.concurrency) + ", each sending " + whole(w.prompt) + "-token prompts and reading " + whole(w.output) +
           " output tokens, arrivals " + to_string(w.arrivals);
}

std::string lengths_text(const Lengths& l, const Workload& w)
{
    if (w.arrivals == Arrivals::Together) {
        return "every prompt " + whole(l.input_low) + " tokens and every output " + whole(l.output_low) + " tokens";
    }
    return "prompts of " + whole(l.input_low) + " to " + whole(l.input_high) + " tokens and outputs of " + whole(l.output_low) +
           " to " + whole(l.output_high) + " tokens, uniformly, averaging the plan's " + whole(w.prompt) + " and " + whole(w.output);
}

std::string range_flag_comment(const BenchClient& c)
{
    if (c.rule == RangeRule::UpToLength) {
        return "# --random-range-ratio R here: lengths uniform over [R x LEN, LEN], LEN the longest\n"
               "# (R = 1: every request LEN tokens); not vLLM's meaning of the same flag.\n";
    }
    return "# --random-range-ratio R here: lengths uniform over [LEN x (1 - R), LEN x (1 + R)]\n"
           "# around LEN (R = 0: every request LEN tokens); not SGLang's meaning of the same flag.\n";
}

}  // namespace

const BenchClient* bench_client(const std::string& engine)
{
    for (const auto& c : clients()) {
        if (c.engine == engine) return &c;
    }
    return nullptr;
}

std::optional<std::string> check_script(const KitFacts& k, const Scenario& s, const Plan& p)
{
    const BenchClient* c = bench_client(k.engine);
    if (!c) return std::nullopt;
    const Workload& w = s.workload;
    const Lengths l = lengths_for(*c, w);
    const long prompts = prompts_for(w.concurrency);
    std::ostringstream o;
    o << "#!/usr/bin/env bash\n" << k.header;
    o << "# check.sh: runs " << k.engine_name << "'s own benchmark client against the server with the\n"
      << "# plan's workload and prints what the plan expects beside it. Run it on machine 0\n"
      << "# once the server answers, where the engine's Python package is installed (the\n"
      << "# client ships with it), e.g. inside the engine's container.\n";
    o << "set -euo pipefail\n\n";
    if (k.repo.empty()) {
        o << "# the catalog names no repository for this variant: set it\n";
        o << ": \"${MODEL_REPO:?set MODEL_REPO}\"\n";
    } else {
        o << "# the model the server serves (its tokenizer counts the tokens): " << k.repo_source << "\n";
        o << "MODEL_REPO=${MODEL_REPO:-" << shell_quote(k.repo) << "}\n";
    }
    o << "export MODEL_REPO\n";
    o << "# where the API listens (machine 0)\n";
    o << "HOST=${HOST:-127.0.0.1}\n";
    o << "PORT=${PORT:-" << k.port << "}\n\n";

    o << "cat <<'PLAN'\n";
    o << "What the plan expects for " << workload_text(w) << ":\n";
    o << expected_block(s, p, "  ");
    o << "PLAN\n\n";

    o << "# " << k.engine_name << "'s serving benchmark client (" << c->source << ").\n";
    o << range_flag_comment(*c);
    o << "# Here: " << lengths_text(l, w) << ".\n";
    o << "# " << whole(prompts) << " prompts, at most " << whole(w.concurrency)
      << " in flight, all queued at once (--request-rate inf): each client\n"
      << "# sends its next request when its last one ends.";
    if (c->ignore_eos_flag) {
        o << " --ignore-eos: every request generates\n# all its output tokens.\n";
    } else {
        o << " The client ignores EOS by default\n# (--disable-ignore-eos would stop it), so every request generates all its output tokens.\n";
    }
    const std::vector<std::string> flags = {
        "--backend", c->backend, "--host", "\"${HOST}\"", "--port", "\"${PORT}\"", "--model", "\"${MODEL_REPO}\"",
        "--dataset-name", "random", "--random-input-len", std::to_string(l.input_len), "--random-output-len",
        std::to_string(l.output_len), "--random-range-ratio", l.ratio, "--num-prompts", std::to_string(prompts),
        "--max-concurrency", std::to_string(w.concurrency), "--request-rate", "inf"};
    std::string line;
    for (const auto& a : c->command) line += (line.empty() ? "" : " ") + a;
    o << line;
    for (std::size_t i = 0; i < flags.size(); i += 2) o << " \\\n  " << flags[i] << " " << flags[i + 1];
    if (c->ignore_eos_flag) o << " \\\n  --ignore-eos";
    o << "\n\n";

    o << "cat <<'COMPARE'\n\n";
    o << "Compare the client's lines above with the plan's figures:\n";
    o << expected_block(s, p, "  ");
    o << "A figure inside the plan's range agrees with the plan. Far outside it: check\n"
         "that the server runs with this kit's flags and nothing else shares the GPUs.\n";
    o << "COMPARE\n";
    return o.str();
}

std::string kit_readme(const KitFacts& k, const Scenario& s, const Plan& p, const std::vector<DeployFile>& files,
                       const std::vector<std::string>& notes)
{
    const BenchClient* c = bench_client(k.engine);
    const Workload& w = s.workload;
    std::ostringstream o;
    o << "# DeepPlan deployment kit: " << k.model_name << " (" << k.format_name << ") with " << k.engine_name << "\n\n";
    o << "Written by DeepPlan for " << p.nodes << (p.nodes == 1 ? " machine" : " machines") << " and " << workload_text(w)
      << ". Each file's first lines name the engine release its flags were checked against.\n\n";
    o << "## Files\n\n";
    for (const auto& f : files) {
        o << "- `" << f.name << "`: ";
        const bool compose = f.name.size() > 13 && f.name.compare(f.name.size() - 13, 13, ".compose.yaml") == 0;
        if (f.name == "check.sh") o << "the check below";
        else if (f.machine >= 0 && compose) o << "`docker compose -f " << f.name << " up` on machine " << f.machine;
        else if (f.machine >= 0 && f.kind == "sh" && f.name.rfind("node", 0) == 0)
            o << "run on machine " << f.machine << (f.machine == 0 ? " (the head)" : "");
        else if (f.machine >= 0) o << "read on machine " << f.machine;
        else if (f.name == "deployment.yaml" || f.name == "leaderworkerset.yaml") o << "kubectl apply -f " << f.name;
        else o << "read by the launch files";
        o << "\n";
    }
    if (!notes.empty()) {
        o << "\n## Still to do\n\n";
        for (const auto& n : notes) o << "- " << n << "\n";
    }
    o << "\n## Check it\n\n";
    if (c) {
        const Lengths l = lengths_for(*c, w);
        o << "Once the server answers, run `./check.sh` on machine 0 (HOST and PORT say where\n"
          << "the API is; the engine's Python package must be installed, e.g. in its container).\n"
          << "It runs " << k.engine_name << "'s own benchmark client (`";
        for (std::size_t i = 0; i < c->command.size(); ++i) o << (i ? " " : "") << c->command[i];
        o << "`) the way the plan\n"
          << "was computed: " << clients_text(w.concurrency) << " at once (`--max-concurrency " << w.concurrency << "`), "
          << whole(prompts_for(w.concurrency)) << " prompts, EOS ignored,\n"
          << lengths_text(l, w) << " (arrivals " << to_string(w.arrivals) << ": "
          << (w.arrivals == Arrivals::Together ? "fixed lengths keep the clients' requests in step, wave after wave"
                                                 : "varied lengths spread the clients' requests in time")
          << ").\n"
          << "It prints what the plan expects before the run and, after it, which of the\n"
          << "client's lines to compare with it:\n\n";
    } else {
        o << "No `check.sh` here: " << k.engine_name << " ships no standard benchmark client for its server\n"
          << "that sets the concurrency and the prompt and output lengths, and DeepPlan does not\n"
          << "invent one. Measure it your way with " << workload_text(w) << ";\n"
          << "the plan expects (as a serving benchmark reports it):\n\n";
    }
    o << expected_block(s, p, "    ");
    return o.str();
}

}  // namespace deepplan::deploy_kit
