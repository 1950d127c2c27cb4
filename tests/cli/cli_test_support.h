#pragma once
// Runs deepplan-cli in-process on string streams, against the source tree's
// resources (RESOURCES_DIR) and test data (TEST_DATA_DIR) injected by CMake.

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli.h"

namespace deepplan::cli::test {

struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

inline CliRun run(const std::vector<std::string>& args)
{
    std::ostringstream out;
    std::ostringstream err;
    CliRun r;
    r.code = run_cli(args, out, err, RESOURCES_DIR);
    r.out = out.str();
    r.err = err.str();
    return r;
}

/// Runs a command that must succeed with --json output and parses it.
inline nlohmann::json run_json(std::vector<std::string> args)
{
    args.emplace_back("--json");
    const CliRun r = run(args);
    EXPECT_EQ(r.code, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out, nullptr, false);
    EXPECT_FALSE(doc.is_discarded()) << "not JSON: " << r.out.substr(0, 400);
    return doc;
}

/// A file under tests/data.
inline std::string data_path(const std::string& relative)
{
    return (std::filesystem::path(TEST_DATA_DIR) / relative).string();
}

/// A fresh temporary directory, removed when the object goes.
class TempDir {
public:
    TempDir()
    {
        static std::atomic<int> counter{0};
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        const std::string name = std::string("deepplan-cli-test-") + (info ? info->name() : "x") + "-" +
                                 std::to_string(::getpid()) + "-" + std::to_string(counter++);
        path_ = std::filesystem::temp_directory_path() / name;
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    [[nodiscard]] std::string file(const std::string& name) const { return (path_ / name).string(); }
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

    /// Writes `bytes` to a file in the directory and returns its path.
    std::string write(const std::string& name, const std::string& bytes) const
    {
        std::ofstream f(path_ / name, std::ios::binary);
        f << bytes;
        return file(name);
    }

private:
    std::filesystem::path path_;
};

inline std::string read_file(const std::string& path)
{
    std::ifstream f(path, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

}  // namespace deepplan::cli::test
