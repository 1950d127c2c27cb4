// Option parsing, strict numbers and formatting: no catalog needed.

#include <climits>
#include <sstream>

#include <gtest/gtest.h>

#include "cli_options.h"
#include "number_format.h"
#include "text_table.h"

namespace deepplan::cli {
namespace {

const std::vector<OptionSpec> kSpecs = {
    {"--model", "ID", "model", false},
    {"--catalog", "DIR", "catalog", true},
    {"--json", "", "json", false},
    {"--help", "", "help", false},
};

TEST(CliOptions, ValuesSwitchesAndPositionals)
{
    const auto p = parse_options({"models", "--model", "deepseek-r1", "--json", "--catalog=a", "--catalog", "b"}, kSpecs);
    EXPECT_EQ(p.value("--model"), "deepseek-r1");
    EXPECT_TRUE(p.has("--json"));
    EXPECT_FALSE(p.has("--help"));
    EXPECT_EQ(p.values("--catalog"), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(p.positionals(), (std::vector<std::string>{"models"}));
}

TEST(CliOptions, ShortHelpAndDoubleDash)
{
    const auto p = parse_options({"-h", "--", "--json"}, kSpecs);
    EXPECT_TRUE(p.has("--help"));
    EXPECT_FALSE(p.has("--json"));
    EXPECT_EQ(p.positionals(), (std::vector<std::string>{"--json"}));
}

TEST(CliOptions, UnknownFlagIsNamed)
{
    try {
        (void)parse_options({"--modle", "x"}, kSpecs);
        FAIL() << "expected a UsageError";
    } catch (const UsageError& e) {
        EXPECT_NE(std::string(e.what()).find("--modle"), std::string::npos) << e.what();
    }
    EXPECT_THROW((void)parse_options({"-x"}, kSpecs), UsageError);
}

TEST(CliOptions, MissingValueIsNamed)
{
    for (const auto& args : std::vector<std::vector<std::string>>{{"--model"}, {"--model", "--json"}}) {
        try {
            (void)parse_options(args, kSpecs);
            FAIL() << "expected a UsageError";
        } catch (const UsageError& e) {
            EXPECT_NE(std::string(e.what()).find("--model needs a value"), std::string::npos) << e.what();
        }
    }
}

TEST(CliOptions, RepeatedSingleFlagAndValueOnSwitchAreErrors)
{
    EXPECT_THROW((void)parse_options({"--model", "a", "--model", "b"}, kSpecs), UsageError);
    EXPECT_THROW((void)parse_options({"--json=yes"}, kSpecs), UsageError);
}

TEST(CliOptions, NegativeNumberIsTakenAsAValue)
{
    const auto p = parse_options({"--model", "-5"}, kSpecs);
    EXPECT_EQ(p.value("--model"), "-5");
}

TEST(ParseIntFlag, AcceptsWholeNumbersInRange)
{
    EXPECT_EQ(parse_int_flag("--context", "4096", 1, INT_MAX), 4096);
    EXPECT_EQ(parse_int_flag("--context", "1", 1, INT_MAX), 1);
    EXPECT_EQ(parse_int_flag("--context", "2147483647", 1, INT_MAX), INT_MAX);
}

TEST(ParseIntFlag, RejectsEverythingElseNamingTheFlag)
{
    for (const std::string bad : {"", "-5", "0", "abc", "1e99", "1e3", "nan", "inf", "12abc", " 12", "12 ", "+5", "4.5",
                                  "0x10", "2147483648", "99999999999999999999999"}) {
        try {
            (void)parse_int_flag("--context", bad, 1, INT_MAX);
            FAIL() << "accepted \"" << bad << "\"";
        } catch (const UsageError& e) {
            EXPECT_EQ(std::string(e.what()).rfind("--context: ", 0), 0U) << e.what();
        }
    }
}

TEST(ParseIntFlag, NamesTheBoundTheValueBroke)
{
    // 0 is below the minimum whatever its sign; 2^31 is above the maximum.
    auto message = [](const std::string& text, int lo, int hi) {
        try {
            (void)parse_int_flag("--prefill-chunk", text, lo, hi);
        } catch (const UsageError& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    EXPECT_NE(message("0", 1, INT_MAX).find("of at least 1, got \"0\""), std::string::npos) << message("0", 1, INT_MAX);
    EXPECT_NE(message("-5", 1, INT_MAX).find("of at least 1"), std::string::npos);
    EXPECT_NE(message("2147483648", 1, INT_MAX).find("of at most 2147483647"), std::string::npos);
    EXPECT_NE(message("17", 1, 16).find("of at most 16"), std::string::npos) << message("17", 1, 16);
    EXPECT_NE(message("0", 1, 16).find("of at least 1"), std::string::npos) << message("0", 1, 16);
}

TEST(NumberFormat, SensibleFigures)
{
    EXPECT_EQ(sensible(0), "0");
    EXPECT_EQ(sensible(0.0123), "0.0123");
    EXPECT_EQ(sensible(1.5), "1.50");
    EXPECT_EQ(sensible(27.43), "27.4");
    EXPECT_EQ(sensible(123.4), "123");
    EXPECT_EQ(sensible(1234.5), "1,235");
    EXPECT_EQ(sensible(-2.5), "-2.50");
    EXPECT_EQ(sensible(std::numeric_limits<double>::quiet_NaN()), "-");
    EXPECT_EQ(grouped(1234567), "1,234,567");
    EXPECT_EQ(grouped(-1000), "-1,000");
    EXPECT_EQ(grouped(LLONG_MIN), "-9,223,372,036,854,775,808");
    EXPECT_EQ(fixed(-0.0001, 1), "0.0");
    EXPECT_EQ(bytes_text(70272), "70.3 KB");
    EXPECT_EQ(range_text(5, 12.5), "[5.00\u201312.5]");
}

TEST(TextTable, AlignsColumns)
{
    TextTable t;
    t.add_column("name");
    t.add_column("GB", TextTable::Align::Right);
    t.add_row({"h100", "80"});
    t.add_row({"mac-studio", "192"});
    std::ostringstream out;
    t.print(out, "");
    EXPECT_EQ(out.str(),
              "name         GB\n"
              "----------  ---\n"
              "h100         80\n"
              "mac-studio  192\n");
}

}  // namespace
}  // namespace deepplan::cli
