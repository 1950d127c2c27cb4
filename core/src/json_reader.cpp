#include "json_reader.hpp"

#include <algorithm>
#include <sstream>
#include <vector>

#include "deepplan/json_text.hpp"
#include "deepplan/message_text.hpp"
#include "deepplan/safe_file.hpp"

namespace deepplan::detail {

std::string show(const nlohmann::json& v)
{
    switch (v.type()) {
    case nlohmann::json::value_t::object:
        return v.empty() ? "an empty object" : "an object with " + std::to_string(v.size()) + (v.size() == 1 ? " key" : " keys");
    case nlohmann::json::value_t::array:
        return v.empty() ? "an empty list" : "a list of " + std::to_string(v.size()) + (v.size() == 1 ? " item" : " items");
    case nlohmann::json::value_t::string:
        return quote_for_message(v.get_ref<const std::string&>(), 40);
    case nlohmann::json::value_t::binary:
        return "binary data";
    default:
        return v.dump();  // a scalar: short
    }
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
    known_.insert(key);
    auto it = object_.find(key);
    return it != object_.end() && !it->is_null();
}

const nlohmann::json& JsonReader::raw(const std::string& key) const
{
    known_.insert(key);
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

void JsonReader::allow(std::initializer_list<const char*> keys) const
{
    for (const char* k : keys) known_.insert(k);
}

void JsonReader::reject_unknown() const
{
    for (const auto& [key, value] : object_.items()) {
        if (known_.count(key)) continue;
        std::string message = "is not a known field";
        std::string best;
        std::size_t best_distance = 0;
        for (const auto& k : known_) {
            // A misspelling is at most a third of the word away, and the
            // distance is at least the difference in length: a key far longer
            // than every known one (a hostile 100,000-character key) is never
            // compared, which would cost its length times each known key's.
            const std::size_t limit = std::max<std::size_t>(2, k.size() / 3);
            const std::size_t gap = key.size() > k.size() ? key.size() - k.size() : k.size() - key.size();
            if (gap > limit) continue;
            const std::size_t d = edit_distance(key, k);
            if (d <= limit && (best.empty() || d < best_distance)) {
                best = k;
                best_distance = d;
            }
        }
        if (!best.empty()) {
            message += "; did you mean \"" + best + "\"?";
        } else if (!known_.empty()) {
            message += "; known here:";
            std::size_t n = 0;
            for (const auto& k : known_) message += (n++ ? ", " : " ") + k;
        }
        throw InputError(field_path(key.size() > 60 ? quote_for_message(key) : key), message);
    }
}

namespace {

// Raised inside the parser callback; stops the parse at once.
struct StructureError {
    std::string message;
};

// One open object or list while parsing, to name where a duplicate key is.
struct Frame {
    bool is_list = false;
    std::size_t index = 0;
    std::string key;
    std::set<std::string, std::less<>> keys;
};

std::string frames_path(const std::vector<Frame>& frames)
{
    std::string out;
    for (std::size_t i = 0; i + 1 < frames.size(); ++i) {
        const Frame& f = frames[i];
        if (f.is_list) {
            out += "[" + std::to_string(f.index) + "]";
        } else {
            out += (out.empty() ? "" : ".") + f.key;
        }
    }
    return out;
}

}  // namespace

std::optional<nlohmann::json> parse_json(const std::string& text, std::string& error)
{
    using Event = nlohmann::json::parse_event_t;
    std::vector<Frame> frames;
    auto element_done = [&frames]() {
        if (!frames.empty() && frames.back().is_list) ++frames.back().index;
    };
    const nlohmann::json::parser_callback_t check = [&](int /*depth*/, Event event, nlohmann::json& parsed) {
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            if (frames.size() >= kMaxJsonDepth) {
                throw StructureError{"nests objects and lists more than " + std::to_string(kMaxJsonDepth) + " deep"};
            }
            frames.push_back(Frame{event == Event::array_start, 0, {}, {}});
            break;
        case Event::key: {
            Frame& f = frames.back();
            const auto& key = parsed.get_ref<const std::string&>();
            if (!f.keys.insert(key).second) {
                std::string where = frames_path(frames);
                where += (where.empty() ? "" : ".") + (key.size() > 60 ? quote_for_message(key) : key);
                throw StructureError{"has the key " + where + " twice"};
            }
            f.key = key;
            break;
        }
        case Event::object_end:
        case Event::array_end:
            frames.pop_back();
            element_done();
            break;
        case Event::value:
            element_done();
            break;
        }
        return true;
    };
    try {
        return nlohmann::json::parse(text, check);
    } catch (const StructureError& e) {
        error = e.message;
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
        os.precision(15);
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

namespace deepplan {

Result<nlohmann::json> parse_json_text(const std::string& text, const std::string& path)
{
    std::string why;
    auto doc = detail::parse_json(text, why);
    if (!doc) return Error{path, why};
    return std::move(*doc);
}

Result<nlohmann::json> read_json_file(const std::filesystem::path& path, std::size_t max_bytes)
{
    auto text = read_text_file(path, max_bytes);
    if (!text) return text.error();
    return parse_json_text(text.value(), path.string());
}

}  // namespace deepplan
