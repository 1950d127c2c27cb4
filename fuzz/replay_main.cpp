// A driver for the fuzz targets where libFuzzer is not available (GCC): runs
// every file of a corpus directory, then a fixed number of deterministic
// mutations of them (byte flips, insertions, deletions, splices). It is a
// regression test, not a replacement for coverage-guided fuzzing.

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

void run(const std::string& input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}

std::string mutate(std::string s, const std::vector<std::string>& corpus, std::mt19937& rng)
{
    std::uniform_int_distribution<int> op(0, 5);
    auto pos = [&](std::size_t n) { return n == 0 ? std::size_t{0} : std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits; ++e) {
        switch (op(rng)) {
        case 0: if (!s.empty()) s[pos(s.size())] = static_cast<char>(rng() & 0xff); break;
        case 1: s.insert(pos(s.size() + 1), 1, static_cast<char>(rng() & 0xff)); break;
        case 2: if (!s.empty()) s.erase(pos(s.size()), 1 + rng() % 8); break;
        case 3: {
            const auto& other = corpus[pos(corpus.size())];
            if (!other.empty()) s.insert(pos(s.size() + 1), other.substr(pos(other.size()), 1 + rng() % 16));
            break;
        }
        case 4: { static const char* tokens[] = {"-1", "1e308", "NaN", "null", "\"\"", "{}", "[]", "x", "@", "+", ",", "999999999999"};
            s.insert(pos(s.size() + 1), tokens[rng() % std::size(tokens)]); break; }
        default: if (s.size() > 1) s.resize(pos(s.size())); break;
        }
    }
    return s;
}

}  // namespace

// Takes libFuzzer's command line, so that one ctest line serves both builds:
//   fuzz_X [-runs=N] [-other=...] DIR_OR_FILE...
// runs every input, then N deterministic mutations of them (default 20000).
int main(int argc, char** argv)
{
    std::vector<std::string> corpus;
    long mutations = 20000;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind("-runs=", 0) == 0) {
            mutations = std::stol(arg.substr(6));
            continue;
        }
        if (arg.rfind('-', 0) == 0) continue;  // a libFuzzer option with no meaning here
        const std::filesystem::path path(arg);
        std::vector<std::filesystem::path> files;
        if (std::filesystem::is_directory(path)) {
            for (const auto& entry : std::filesystem::directory_iterator(path)) {
                if (entry.is_regular_file()) files.push_back(entry.path());
            }
        } else {
            files.push_back(path);
        }
        for (const auto& f : files) {
            std::ifstream in(f, std::ios::binary);
            corpus.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "usage: %s [-runs=N] CORPUS_DIR_OR_FILE...  (no inputs found)\n", argv[0]);
        return 2;
    }
    for (const auto& c : corpus) run(c);
    std::mt19937 rng(20261128);
    for (long i = 0; i < mutations; ++i) run(mutate(corpus[rng() % corpus.size()], corpus, rng));
    std::printf("%zu inputs and %ld mutations ran without a crash\n", corpus.size(), mutations);
    return 0;
}
