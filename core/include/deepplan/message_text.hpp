#pragma once
// Echoing what a user gave back in an error message, safely: a hostile file
// can hold a megabyte-long id or ANSI escape sequences, and neither may reach
// the terminal as is.

#include <cstddef>
#include <string>
#include <string_view>

namespace deepplan {

/// `text` in double quotes with control characters, quotes and backslashes
/// escaped (\n, \x1b, ...), bytes that are not UTF-8 escaped as \xNN (so the
/// message can go into JSON and onto a terminal), cut after `max_chars`
/// characters (never inside one) with "... (N bytes)" appended, so a message
/// stays one short line.
[[nodiscard]] std::string quote_for_message(std::string_view text, std::size_t max_chars = 60);

/// Levenshtein distance, for "did you mean" suggestions (inputs are short keys).
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace deepplan
