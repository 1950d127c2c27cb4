#include "text_table.h"

#include <algorithm>

namespace deepplan::cli {

std::size_t display_width(const std::string& text)
{
    std::size_t width = 0;
    for (const char c : text) {
        // Count every byte that does not continue a UTF-8 sequence.
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++width;
    }
    return width;
}

void TextTable::add_column(std::string header, Align align)
{
    columns_.push_back({std::move(header), align});
}

void TextTable::add_row(std::vector<std::string> cells)
{
    cells.resize(columns_.size());
    rows_.push_back(std::move(cells));
}

void TextTable::print(std::ostream& out, const std::string& indent) const
{
    std::vector<std::size_t> widths;
    for (const auto& c : columns_) widths.push_back(display_width(c.header));
    for (const auto& row : rows_) {
        for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], display_width(row[i]));
    }
    auto line = [&](const std::vector<std::string>& cells) {
        std::string text = indent;
        for (std::size_t i = 0; i < columns_.size(); ++i) {
            const std::string& cell = cells[i];
            const std::string pad(widths[i] - display_width(cell), ' ');
            const bool last = i + 1 == columns_.size();
            if (columns_[i].align == Align::Right) {
                text += pad + cell;
            } else {
                text += cell;
                if (!last) text += pad;
            }
            if (!last) text += "  ";
        }
        // No trailing blanks.
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out << text << "\n";
    };
    std::vector<std::string> headers;
    std::vector<std::string> rules;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        headers.push_back(columns_[i].header);
        rules.emplace_back(widths[i], '-');
    }
    line(headers);
    line(rules);
    for (const auto& row : rows_) line(row);
}

}  // namespace deepplan::cli
