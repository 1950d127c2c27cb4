#include "json_reader.hpp"

#include <sstream>

namespace deepplan::detail {

std::string show(const nlohmann::json& v)
{
    std::string s = v.dump();
    if (s.size() > 40) {
        s = s.substr(0, 37) + "...";
    }
    return s;
}

JsonReader::JsonReader(const nlohmann::json& object, std::string path)
    : object_(object), path_(std::move(path))
{
    if (!object_.is_object()) {
        throw InputError(path_, "must be a JSON object, got " + show(object_));
    }
}

std::string JsonReader::field_path(const std::string& key) const
{
    return path_.empty() ? key : path_ + "." + key;
}

bool JsonReader::has(const std::string& key) const
{
    auto it = object_.find(key);
    return it != object_.end() && !it->is_null();
}

const nlohmann::json& JsonReader::raw(const std::string& key) const
{
    auto it = object_.find(key);
    if (it == object_.end() || it->is_null()) {
        fail(key, "is required");
    }
    return *it;
}

void JsonReader::fail(const std::string& key, const std::string& message) const
{
    throw InputError(field_path(key), message);
}

std::string JsonReader::str(const std::string& key) const
{
    const auto& v = raw(key);
    if (!v.is_string()) {
        fail(key, "must be a string, got " + show(v));
    }
    return v.get<std::string>();
}

std::string JsonReader::str_or(const std::string& key, const std::string& fallback) const
{
    return has(key) ? str(key) : fallback;
}

std::optional<nlohmann::json> parse_json(const std::string& text, std::string& error)
{
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        error = "is not valid JSON (byte " + std::to_string(e.byte) + ")";
    } catch (const nlohmann::json::exception& e) {
        // Number overflow and similar lexer failures.
        error = std::string("is not valid JSON: ") + e.what();
    }
    return std::nullopt;
}

double checked_number(double value, double min, double max, const std::string& path)
{
    if (!std::isfinite(value)) {
        throw InputError(path, "must be a finite number");
    }
    if (value < min || value > max) {
        std::ostringstream os;
        os << "must be between " << min << " and " << max << ", got " << value;
        throw InputError(path, os.str());
    }
    return value;
}

double checked_number(double value, double min, double max, const char* path)
{
    if (std::isfinite(value) && value >= min && value <= max) {
        return value;
    }
    return checked_number(value, min, max, std::string(path));
}

double JsonReader::num(const std::string& key, double min, double max) const
{
    const auto& v = raw(key);
    if (!v.is_number()) {
        fail(key, "must be a number, got " + show(v));
    }
    return checked_number(v.get<double>(), min, max, field_path(key));
}

double JsonReader::num_or(const std::string& key, double fallback, double min, double max) const
{
    return has(key) ? num(key, min, max) : fallback;
}

int JsonReader::integer(const std::string& key, int min, int max) const
{
    const auto& v = raw(key);
    if (!v.is_number()) {
        fail(key, "must be a whole number, got " + show(v));
    }
    const double d = v.get<double>();
    if (!std::isfinite(d) || d != std::floor(d)) {
        fail(key, "must be a whole number, got " + show(v));
    }
    checked_number(d, min, max, field_path(key));
    return static_cast<int>(d);
}

int JsonReader::integer_or(const std::string& key, int fallback, int min, int max) const
{
    return has(key) ? integer(key, min, max) : fallback;
}

bool JsonReader::boolean_or(const std::string& key, bool fallback) const
{
    if (!has(key)) {
        return fallback;
    }
    const auto& v = raw(key);
    if (!v.is_boolean()) {
        fail(key, "must be true or false, got " + show(v));
    }
    return v.get<bool>();
}

std::vector<std::string> JsonReader::strings_or(const std::string& key) const
{
    std::vector<std::string> out;
    if (!has(key)) {
        return out;
    }
    const auto& v = raw(key);
    if (!v.is_array()) {
        fail(key, "must be a list of strings, got " + show(v));
    }
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!v[i].is_string()) {
            throw InputError(field_path(key) + "[" + std::to_string(i) + "]",
                             "must be a string, got " + show(v[i]));
        }
        out.push_back(v[i].get<std::string>());
    }
    return out;
}

JsonReader JsonReader::object(const std::string& key) const
{
    return JsonReader(raw(key), field_path(key));
}

}  // namespace deepplan::detail
