#pragma once
// A plain-text table with aligned columns, for the readable CLI output.

#include <ostream>
#include <string>
#include <vector>

namespace deepplan::cli {

class TextTable {
public:
    enum class Align { Left, Right };

    /// Adds a column; cells of it are aligned as given.
    void add_column(std::string header, Align align = Align::Left);
    /// Adds a row; missing cells are blank, extra cells are ignored.
    void add_row(std::vector<std::string> cells);
    [[nodiscard]] bool empty() const noexcept { return rows_.empty(); }

    /// Writes the header, a rule and the rows, each line prefixed by `indent`.
    void print(std::ostream& out, const std::string& indent = "  ") const;

private:
    struct Column {
        std::string header;
        Align align;
    };
    std::vector<Column> columns_;
    std::vector<std::vector<std::string>> rows_;
};

/// Display width of UTF-8 text: code points, not bytes (good enough for the
/// dashes and symbols the tables use).
[[nodiscard]] std::size_t display_width(const std::string& text);

}  // namespace deepplan::cli
