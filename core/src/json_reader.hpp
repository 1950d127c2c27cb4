#pragma once
// Reads fields of a JSON object with the path of each field at hand, so that
// every error names exactly what is wrong: `devices[3].memory_gb: must be a
// positive number, got -8`. Throws InputError.

#include <cmath>
#include <limits>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "deepplan/error.hpp"

namespace deepplan::detail {

/// Short rendering of a JSON value for messages: a scalar as written (strings
/// quoted, escaped and cut), an object or list by its type and size only, so
/// an error never walks a whole (possibly huge or deeply nested) value.
std::string show(const nlohmann::json& v);

class JsonReader {
public:
    JsonReader(const nlohmann::json& object, std::string path);

    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    [[nodiscard]] std::string field_path(const std::string& key) const;
    [[nodiscard]] bool has(const std::string& key) const;
    [[nodiscard]] const nlohmann::json& raw(const std::string& key) const;

    std::string str(const std::string& key) const;
    std::string str_or(const std::string& key, const std::string& fallback) const;
    /// A finite number in [min, max].
    double num(const std::string& key, double min, double max) const;
    double num_or(const std::string& key, double fallback, double min, double max) const;
    /// A whole number in [min, max].
    int integer(const std::string& key, int min, int max) const;
    int integer_or(const std::string& key, int fallback, int min, int max) const;
    bool boolean_or(const std::string& key, bool fallback) const;
    std::vector<std::string> strings_or(const std::string& key) const;
    JsonReader object(const std::string& key) const;

    [[noreturn]] void fail(const std::string& key, const std::string& message) const;

    /// Declares keys that are valid here although this reader did not ask
    /// for them (documentation fields, keys only read in another branch).
    void allow(std::initializer_list<const char*> keys) const;
    /// Fails on the first key of the object that was neither asked for nor
    /// allowed, naming it and suggesting the nearest known key.
    void reject_unknown() const;

private:
    const nlohmann::json& object_;
    std::string path_;
    mutable std::set<std::string, std::less<>> known_;
};

/// Parses JSON text without throwing: nullopt and a message (with the byte
/// offset where the text broke) on malformed input, overflowing numbers
/// included, nesting deeper than kMaxJsonDepth, and duplicate keys.
std::optional<nlohmann::json> parse_json(const std::string& text, std::string& error);

/// Checks a number from any source (CLI flag, widget) the same way.
double checked_number(double value, double min, double max, const std::string& path);
/// The same, for a literal path: builds no string unless the check fails
/// (the planner runs these checks millions of times in a search).
double checked_number(double value, double min, double max, const char* path);

}  // namespace deepplan::detail
