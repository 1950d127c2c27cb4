#include "cli_options.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <sstream>
#include <system_error>

#include "deepplan/message_text.hpp"

namespace deepplan::cli {

bool ParsedArgs::has(const std::string& name) const
{
    return switches_.count(name) > 0 || values_.count(name) > 0;
}

std::optional<std::string> ParsedArgs::value(const std::string& name) const
{
    const auto it = values_.find(name);
    if (it == values_.end() || it->second.empty()) return std::nullopt;
    return it->second.back();
}

std::vector<std::string> ParsedArgs::values(const std::string& name) const
{
    const auto it = values_.find(name);
    return it == values_.end() ? std::vector<std::string>{} : it->second;
}

namespace {

const OptionSpec* find_spec(const std::vector<OptionSpec>& specs, const std::string& name)
{
    const auto it = std::find_if(specs.begin(), specs.end(), [&](const OptionSpec& s) { return s.name == name; });
    return it == specs.end() ? nullptr : &*it;
}

// Quotes an argument for a message, cutting very long ones and escaping
// control characters (an ANSI escape must not reach the terminal).
std::string quoted(const std::string& text) { return quote_for_message(text); }

}  // namespace

ParsedArgs parse_options(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs)
{
    ParsedArgs parsed;
    bool options_ended = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (options_ended || arg.size() < 2 || arg[0] != '-') {
            parsed.positionals_.push_back(arg);
            continue;
        }
        if (arg == "--") {
            options_ended = true;
            continue;
        }
        std::string name = arg;
        std::optional<std::string> inline_value;
        if (arg.rfind("--", 0) == 0) {
            if (const auto eq = arg.find('='); eq != std::string::npos) {
                name = arg.substr(0, eq);
                inline_value = arg.substr(eq + 1);
            }
        } else if (arg == "-h") {
            name = "--help";
        } else {
            throw UsageError("unknown option " + quoted(arg));
        }
        const OptionSpec* spec = find_spec(specs, name);
        if (!spec) {
            throw UsageError("unknown option " + quoted(name));
        }
        if (!spec->takes_value()) {
            if (inline_value) {
                throw UsageError(name + " takes no value, got " + quoted(*inline_value));
            }
            parsed.switches_.insert(name);
            continue;
        }
        std::string value;
        if (inline_value) {
            value = *inline_value;
        } else {
            // A following "--flag" means the value was forgotten; "-5" is a value.
            if (i + 1 >= args.size() || args[i + 1].rfind("--", 0) == 0) {
                throw UsageError(name + " needs a value (" + name + " " + spec->value_name + ")");
            }
            value = args[++i];
        }
        if (value.empty() && !spec->allows_empty) {
            // Every option's value means something; an empty one is a slip (an unset shell variable).
            throw UsageError(name + ": needs a value (" + name + " " + spec->value_name + "), got an empty one");
        }
        auto& slot = parsed.values_[name];
        if (!slot.empty() && !spec->repeatable) {
            throw UsageError(name + " is given more than once");
        }
        slot.push_back(value);
    }
    return parsed;
}

int parse_int_flag(const std::string& flag, const std::string& text, int min, int max)
{
    constexpr int kIntMin = std::numeric_limits<int>::min();
    constexpr int kIntMax = std::numeric_limits<int>::max();
    // Say the bound the value broke: "at least 1" for 0, "at most ..." for 10^12.
    std::string expected = "expects a whole number";
    if (min != kIntMin && max != kIntMax) {
        expected += " between " + std::to_string(min) + " and " + std::to_string(max);
    } else if (min != kIntMin) {
        expected += " of at least " + std::to_string(min);
    } else if (max != kIntMax) {
        expected += " of at most " + std::to_string(max);
    }
    if (text.empty()) {
        throw UsageError(flag + ": " + expected + ", got an empty value");
    }
    long long value = 0;
    const char* first = text.data();
    const char* last = text.data() + text.size();
    const auto [end, ec] = std::from_chars(first, last, value, 10);
    if (ec == std::errc::result_out_of_range || (ec == std::errc() && end == last && (value < min || value > max))) {
        // Out of long long's range: the sign says which way; in range: the value does.
        const bool too_big = ec == std::errc::result_out_of_range ? text.front() != '-' : value > max;
        const std::string bound = too_big ? "of at most " + std::to_string(max) : "of at least " + std::to_string(min);
        throw UsageError(flag + ": expects a whole number " + bound + ", got " + quoted(text) + " (out of range)");
    }
    if (ec != std::errc() || end != last) {
        throw UsageError(flag + ": " + expected + ", got " + quoted(text));
    }
    return static_cast<int>(value);
}

std::string describe_options(const std::vector<OptionSpec>& specs)
{
    std::vector<std::string> left;
    std::size_t width = 0;
    for (const auto& s : specs) {
        left.push_back(s.takes_value() ? s.name + " " + s.value_name : s.name);
        width = std::max(width, left.back().size());
    }
    std::ostringstream out;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        out << "  " << left[i] << std::string(width - left[i].size() + 2, ' ') << specs[i].help << "\n";
    }
    return out.str();
}

}  // namespace deepplan::cli
