#pragma once
// Golden scenarios as data (tests/data/golden/*.json), shared by the core and
// the CLI test suites. Each file is a plan file in its scenario form (the CLI
// reads it with `plan --scenario FILE`) plus what to expect of the answer:
//
//   {"schema_version": 1, "name": "...", "catalog": "shipped" | "frozen",
//    "scenario": {...},
//    "expect": [{"figure": "/plan/memory/weights_total_gb", "value": 673,
//                "relative_tolerance": 0.015, "source": "where 673 comes from"}]}
//
// A figure is a JSON pointer into {"plan": <the plan's JSON, as the plan file
// writes it>, "model": {"params_b", "active_params_b"}} (the model's entry of
// `catalog models --json`). A number with no tolerance, a boolean or a string
// must match exactly. "frozen" adds tests/data/catalogs/frozen to the shipped
// catalog, as `--catalog` does.

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace deepplan::golden {

inline std::filesystem::path golden_dir() { return std::filesystem::path(TEST_DATA_DIR) / "golden"; }
inline std::filesystem::path frozen_catalog_dir()
{
    return std::filesystem::path(TEST_DATA_DIR) / "catalogs" / "frozen";
}

/// Every golden file, sorted so the test names are stable.
inline std::vector<std::filesystem::path> golden_files()
{
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(golden_dir(), ec)) {
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

/// A GoogleTest-safe name for a golden file ("r1-fp8.json" -> "r1_fp8").
inline std::string test_name(const std::filesystem::path& file)
{
    std::string name = file.stem().string();
    for (char& ch : name) {
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
    }
    return name;
}

/// The test name GoogleTest gives the case of a golden file.
inline std::string param_name(const ::testing::TestParamInfo<std::filesystem::path>& param)
{
    return test_name(param.param);
}

struct Case {
    std::filesystem::path file;
    nlohmann::json doc;
    bool frozen = false;
};

inline Case load(const std::filesystem::path& file)
{
    Case c;
    c.file = file;
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    c.doc = nlohmann::json::parse(text.str(), nullptr, false);
    EXPECT_FALSE(c.doc.is_discarded()) << file << " is not JSON";
    if (c.doc.is_discarded()) return c;
    EXPECT_TRUE(c.doc.contains("scenario")) << file;
    EXPECT_TRUE(c.doc.contains("expect") && c.doc.at("expect").is_array() && !c.doc.at("expect").empty()) << file;
    const std::string catalog = c.doc.value("catalog", "shipped");
    EXPECT_TRUE(catalog == "shipped" || catalog == "frozen") << file << ": catalog \"" << catalog << "\"";
    c.frozen = catalog == "frozen";
    return c;
}

/// Whether any expectation reads the model's parameter counts.
inline bool needs_model(const Case& c)
{
    for (const auto& e : c.doc.at("expect")) {
        if (e.value("figure", "").rfind("/model/", 0) == 0) return true;
    }
    return false;
}

/// Checks every expectation of `c` against `answer` ({"plan": ..., "model": ...}).
inline void check(const Case& c, const nlohmann::json& answer)
{
    for (const auto& e : c.doc.at("expect")) {
        const std::string figure = e.value("figure", "");
        const std::string where = c.file.filename().string() + " " + figure;
        ASSERT_FALSE(figure.empty()) << c.file << ": an expectation without a figure";
        ASSERT_TRUE(e.contains("value")) << where;
        EXPECT_FALSE(e.value("source", "").empty()) << where << ": every expected value names its source";
        const nlohmann::json::json_pointer ptr(figure);
        ASSERT_TRUE(answer.contains(ptr)) << where << ": not in the answer";
        const auto& got = answer.at(ptr);
        const auto& want = e.at("value");
        if (want.is_number() && (e.contains("relative_tolerance") || e.contains("absolute_tolerance"))) {
            ASSERT_TRUE(got.is_number()) << where << ": got " << got.dump();
            const double g = got.get<double>();
            const double w = want.get<double>();
            const double tol = e.contains("absolute_tolerance")
                                   ? e.at("absolute_tolerance").get<double>()
                                   : std::abs(w) * e.at("relative_tolerance").get<double>();
            EXPECT_NEAR(g, w, tol) << where << " (" << e.value("source", "") << ")";
        } else if (want.is_number()) {
            ASSERT_TRUE(got.is_number()) << where << ": got " << got.dump();
            EXPECT_EQ(got.get<double>(), want.get<double>()) << where;
        } else {
            EXPECT_EQ(got, want) << where;
        }
    }
}

}  // namespace deepplan::golden
