// Issue 13: files from others must never crash, hang, exhaust memory or be
// silently misread, and writes must never lose or damage what was there.

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "deepplan/catalog.hpp"
#include "deepplan/json_text.hpp"
#include "deepplan/message_text.hpp"
#include "deepplan/plan_file.hpp"
#include "deepplan/safe_file.hpp"
#include "deepplan/scenario.hpp"
#include "deepplan/validation.hpp"
#include "test_support.hpp"

namespace deepplan {
namespace {

class Scratch {
public:
    Scratch()
    {
        dir_ = std::filesystem::temp_directory_path() /
               ("deepplan-hostile-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
    }
    ~Scratch() { std::filesystem::remove_all(dir_); }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    [[nodiscard]] std::filesystem::path operator/(const std::string& name) const { return dir_ / name; }
    [[nodiscard]] const std::filesystem::path& path() const { return dir_; }

private:
    std::filesystem::path dir_;
};

void write(const std::filesystem::path& p, const std::string& text)
{
    std::ofstream(p, std::ios::binary) << text;
}

std::string slurp(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

unsigned mode_of(const std::filesystem::path& p)
{
    struct stat st {};
    EXPECT_EQ(::stat(p.c_str(), &st), 0) << p;
    return st.st_mode & 07777U;
}

const std::string kScenario =
    R"({"model": "deepseek-r1", "variant": "q4_k_m", "pool": "1x mac-studio-m2-ultra-192g"})";

// ---- 1. nesting ----------------------------------------------------------

TEST(HostileJson, DeeplyNestedPlanFileIsAnErrorNotACrash)
{
    const std::string nested = std::string(100000, '[') + std::string(100000, ']');
    auto r = parse_plan_file(nested);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().path, "file");
    EXPECT_NE(r.error().message.find("more than 64 deep"), std::string::npos) << r.error().message;
}

TEST(HostileJson, DeepStoredPlanIsRefusedBeforeItIsCopied)
{
    const std::string text = R"({"schema_version": 1, "scenario": )" + kScenario + R"(, "plan": {"a": )" +
                             std::string(5000, '[') + std::string(5000, ']') + "}}";
    auto r = parse_plan_file(text);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("deep"), std::string::npos);
}

TEST(HostileJson, NestingWithinTheLimitStillParses)
{
    const std::string ok = std::string(60, '[') + std::string(60, ']');
    EXPECT_TRUE(parse_json_text(ok, "x").ok());
}

TEST(HostileJson, ErrorsShowTheTypeOfAValueNotItsDump)
{
    // A model given as a big object: the message says what it is, in one short line.
    nlohmann::json big = nlohmann::json::array();
    for (int i = 0; i < 10000; ++i) big.push_back(i);
    nlohmann::json doc = nlohmann::json::parse(kScenario);
    doc["model"] = big;
    auto r = parse_plan_file(doc.dump());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().path, "scenario.model");
    EXPECT_EQ(r.error().message, "must be a string, got a list of 10000 items");
}

TEST(HostileJson, DuplicateKeysAreAnErrorNamingTheKey)
{
    auto r = parse_plan_file(R"({"schema_version": 1, "scenario": {"model": "deepseek-r1", "variant": "q4_k_m",
        "pool": "1x mac-studio-m2-ultra-192g", "workload": {"concurrency": 4, "concurrency": 64}}})");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("scenario.workload.concurrency twice"), std::string::npos) << r.error().message;
}

TEST(HostileJson, DuplicateKeyInAListElementNamesTheIndex)
{
    auto r = parse_json_text(R"({"entries": [{"id": "a"}, {"id": "b", "id": "c"}]})", "devices.json");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("entries[1].id"), std::string::npos) << r.error().message;
}

// ---- 8. unknown keys -----------------------------------------------------

TEST(HostileJson, MisspelledWorkloadKeyIsNamedWithTheNearestKnownOne)
{
    nlohmann::json doc = nlohmann::json::parse(kScenario);
    doc["workload"] = {{"concurrrency", 64}};
    auto r = parse_plan_file(doc.dump());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().path, "scenario.workload.concurrrency");
    EXPECT_NE(r.error().message.find("did you mean \"concurrency\""), std::string::npos) << r.error().message;
}

TEST(HostileJson, UnknownTopLevelKeyOfAPlanFileIsAnError)
{
    const std::string text = R"({"schema_version": 1, "scenario": )" + kScenario + R"(, "plann": {}})";
    auto r = parse_plan_file(text);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().path, "plann");
    EXPECT_NE(r.error().message.find("\"plan\""), std::string::npos);
}

TEST(HostileJson, WhatDeepPlanWritesItReadsBack)
{
    const auto s = test::make_scenario("deepseek-r1", "fp8", "2x hgx-h100-8@ib-ndr400", "vllm");
    const auto text = make_plan_file(s, test::must_plan(s), "test").dump(2);
    auto r = parse_plan_file(text);
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_EQ(r.value().scenario, s);
}

TEST(HostileCatalog, UnknownKeyInACatalogEntryIsAnError)
{
    Catalog c = test::shipped_catalog();
    const auto doc = nlohmann::json::parse(R"({"kind": "links", "entries": [{"id": "my-link", "kind": "network",
        "bandwidth_gb_s": 10, "latency_us": 5, "bandwith_gb_s": 12}]})");
    auto err = merge_catalog_json(c, "links", doc, true);
    ASSERT_TRUE(err.has_value());
    EXPECT_EQ(err->path, "links[0].bandwith_gb_s");
    EXPECT_NE(err->message.find("did you mean \"bandwidth_gb_s\""), std::string::npos) << err->message;
}

TEST(HostileCatalog, AHugeUnknownKeyIsRefusedWithoutALookAlikeSearch)
{
    // Found by fuzz_catalog (fuzz/regressions/timeout/catalog-long-unknown-key.json):
    // the "did you mean" search compared a 58,000-character key letter by
    // letter with every known field and ran past libFuzzer's 5 s. A key far
    // longer than every known field cannot be a misspelling of one: it gets
    // the list of known fields, and its path is shortened.
    Catalog c = test::shipped_catalog();
    nlohmann::json doc = nlohmann::json::parse(R"({"kind": "links", "entries": [{"id": "my-link", "kind": "network",
        "bandwidth_gb_s": 10, "latency_us": 5}]})");
    doc["entries"][0]["bandwidth_gb_s" + std::string(100000, 'x')] = 1;
    auto err = merge_catalog_json(c, "links", doc, true);
    ASSERT_TRUE(err.has_value());
    EXPECT_EQ(err->message.find("did you mean"), std::string::npos) << err->message.substr(0, 200);
    EXPECT_NE(err->message.find("known here:"), std::string::npos) << err->message.substr(0, 200);
    EXPECT_NE(err->message.find("bandwidth_gb_s"), std::string::npos);
    EXPECT_LT(err->path.size(), 200u);
    // One letter off is still a misspelling.
    doc["entries"][0].erase("bandwidth_gb_s" + std::string(100000, 'x'));
    doc["entries"][0]["latency_uss"] = 5;
    err = merge_catalog_json(c, "links", doc, true);
    ASSERT_TRUE(err.has_value());
    EXPECT_NE(err->message.find("did you mean \"latency_us\""), std::string::npos) << err->message;
}

TEST(HostileCatalog, UnknownKeyInANestedCatalogObjectIsAnError)
{
    Catalog c = test::shipped_catalog();
    auto doc = nlohmann::json::parse(R"({"kind": "formats", "entries": [{"id": "my-q4", "family": "gguf",
        "bits": {"embedding": 4, "attention": 4, "dense_ffn": 4, "output_head": 6, "routed_expret": 4}}]})");
    auto err = merge_catalog_json(c, "formats", doc, true);
    ASSERT_TRUE(err.has_value());
    EXPECT_EQ(err->path, "formats[0].bits.routed_expret");
}

// ---- 2. ids --------------------------------------------------------------

TEST(HostileCatalog, HundredThousandCharacterIdIsRefusedShortly)
{
    Catalog c = test::shipped_catalog();
    nlohmann::json doc = {{"kind", "links"},
                          {"entries",
                           {{{"id", std::string(100000, 'a')}, {"kind", "network"}, {"bandwidth_gb_s", 1}, {"latency_us", 1}}}}};
    auto err = merge_catalog_json(c, "links", doc, true);
    ASSERT_TRUE(err.has_value());
    EXPECT_EQ(err->path, "links[0].id");
    EXPECT_LT(err->message.size(), 200U);
    EXPECT_NE(err->message.find("at most 128"), std::string::npos) << err->message;
}

TEST(HostileCatalog, ControlCharactersInAnIdAreEscapedInTheMessage)
{
    Catalog c = test::shipped_catalog();
    nlohmann::json doc = {{"kind", "links"},
                          {"entries", {{{"id", "a\x1b[31mred"}, {"kind", "network"}, {"bandwidth_gb_s", 1}, {"latency_us", 1}}}}};
    auto err = merge_catalog_json(c, "links", doc, true);
    ASSERT_TRUE(err.has_value());
    EXPECT_EQ(err->message.find('\x1b'), std::string::npos);
    EXPECT_NE(err->message.find("\\x1b[31mred"), std::string::npos) << err->message;
}

TEST(HostileScenario, LongIdInAPlanFileIsRefusedBeforeLookup)
{
    Scenario s = test::make_scenario("deepseek-r1", "q4_k_m", "1x mac-studio-m2-ultra-192g");
    s.model = std::string(1000000, 'x');
    auto err = validate_numbers(s);
    ASSERT_TRUE(err.has_value());
    EXPECT_EQ(err->path, "scenario.model");
    EXPECT_LT(err->describe().size(), 200U);
}

TEST(HostileScenario, IdWithAnAnsiEscapeIsRefused)
{
    Scenario s = test::make_scenario("deepseek-r1", "q4_k_m", "1x mac-studio-m2-ultra-192g");
    s.variant = "q4\x1b[2J";
    auto err = validate_numbers(s);
    ASSERT_TRUE(err.has_value());
    EXPECT_EQ(err->path, "scenario.variant");
    EXPECT_EQ(err->message.find('\x1b'), std::string::npos);
}

TEST(MessageText, QuotesEscapesAndCuts)
{
    EXPECT_EQ(quote_for_message("abc"), "\"abc\"");
    EXPECT_EQ(quote_for_message("a\nb\x1b"), "\"a\\nb\\x1b\"");
    EXPECT_EQ(quote_for_message(std::string(100, 'z'), 5), "\"zzzzz...\" (100 bytes)");
    // UTF-8 passes whole; a byte that is not UTF-8 is escaped, so the message is valid UTF-8 for JSON.
    EXPECT_EQ(quote_for_message("\u6df1\u5ea6"), "\"\u6df1\u5ea6\"");
    EXPECT_EQ(quote_for_message("a\xff\xc3(b\xed\xa0\x80"), "\"a\\xff\\xc3(b\\xed\\xa0\\x80\"");
    EXPECT_EQ(quote_for_message("\u00e9\u00e9\u00e9", 2), "\"\u00e9\u00e9...\" (6 bytes)");  // cut between characters, not bytes
    EXPECT_EQ(edit_distance("concurrrency", "concurrency"), 1U);
}

// ---- 4. pool size ----------------------------------------------------------

TEST(HostilePool, HundredGroupsOf4096MachinesIsRefusedNamingThePool)
{
    std::string spec;
    for (int i = 0; i < 100; ++i) spec += (i ? "," : "") + std::string("4096x hgx-h100-8");
    auto r = parse_pool_spec(spec);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().path, "pool");
    EXPECT_NE(r.error().message.find("409600 machines"), std::string::npos) << r.error().message;
}

TEST(HostilePool, AddedAcceleratorsInAllGroupsAreBounded)
{
    auto r = parse_pool_spec("100x epyc-9654-2s+1024x rtx-4090");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("102400 accelerators"), std::string::npos) << r.error().message;
    EXPECT_TRUE(parse_pool_spec("64x epyc-9654-2s+8x rtx-4090").ok());
}

TEST(HostilePool, PlanFilePoolListIsBoundedToo)
{
    nlohmann::json doc = nlohmann::json::parse(kScenario);
    doc["pool"] = nlohmann::json::array();
    for (int i = 0; i < 3; ++i) doc["pool"].push_back({{"count", 2000}, {"system", "hgx-h100-8"}});
    auto r = parse_plan_file(doc.dump());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().path, "scenario.pool");
    EXPECT_NE(r.error().message.find("6000 machines"), std::string::npos);
}

// ---- 5. non-regular files and bounded reads ------------------------------

TEST(BoundedRead, FifoIsRefusedWithoutBlocking)
{
    Scratch dir;
    const auto fifo = dir / "plan.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const auto t0 = std::chrono::steady_clock::now();
    auto r = read_plan_file(fifo);
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(2));
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("FIFO"), std::string::npos) << r.error().describe();
}

TEST(BoundedRead, DevZeroIsRefusedWithoutReading)
{
    auto r = read_text_file("/dev/zero", kMaxPlanFileBytes);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().path, "/dev/zero");
    EXPECT_NE(r.error().message.find("device"), std::string::npos);
}

TEST(BoundedRead, DirectoryIsNamedAsOne)
{
    Scratch dir;
    auto r = read_cases(dir.path());
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("is a directory"), std::string::npos) << r.error().describe();
}

TEST(BoundedRead, FileOverTheLimitIsRefused)
{
    Scratch dir;
    write(dir / "big.json", std::string(2000, ' '));
    auto r = read_text_file(dir / "big.json", 1000);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("larger than 1000 bytes"), std::string::npos) << r.error().message;
    EXPECT_TRUE(read_text_file(dir / "big.json", 2000).ok());
}

TEST(BoundedRead, FifoInAUserCatalogIsRefused)
{
    Scratch dir;
    ASSERT_EQ(::mkfifo((dir / "devices.json").c_str(), 0600), 0);
    auto r = load_catalog(std::filesystem::path(RESOURCES_DIR) / "catalog", {dir.path()});
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().describe().find("devices.json"), std::string::npos);
    EXPECT_NE(r.error().message.find("FIFO"), std::string::npos);
}

// ---- 6. safe writes --------------------------------------------------------

TEST(AtomicWrite, NewFileGets0666MinusUmask)
{
    Scratch dir;
    const mode_t old = ::umask(022);
    auto err = write_file_atomic(dir / "a.json", "{}");
    ::umask(027);
    auto err2 = write_file_atomic(dir / "b.json", "{}");
    ::umask(old);
    ASSERT_FALSE(err.has_value());
    ASSERT_FALSE(err2.has_value());
    EXPECT_EQ(mode_of(dir / "a.json"), 0644U);
    EXPECT_EQ(mode_of(dir / "b.json"), 0640U);
}

TEST(AtomicWrite, ExistingFileKeepsItsMode)
{
    Scratch dir;
    write(dir / "engines.json", "old");
    ASSERT_EQ(::chmod((dir / "engines.json").c_str(), 0664), 0);
    ASSERT_FALSE(write_file_atomic(dir / "engines.json", "new").has_value());
    EXPECT_EQ(mode_of(dir / "engines.json"), 0664U);
    EXPECT_EQ(slurp(dir / "engines.json"), "new");
}

TEST(AtomicWrite, SymlinkIsFollowedAndKept)
{
    Scratch dir;
    write(dir / "target.json", "old");
    std::filesystem::create_symlink("target.json", dir / "link.json");
    ASSERT_FALSE(write_file_atomic(dir / "link.json", "new").has_value());
    EXPECT_TRUE(std::filesystem::is_symlink(dir / "link.json"));
    EXPECT_EQ(slurp(dir / "target.json"), "new");
}

TEST(AtomicWrite, FifoAndDirectoryAreNotReplaced)
{
    Scratch dir;
    ASSERT_EQ(::mkfifo((dir / "fifo").c_str(), 0600), 0);
    auto fifo = write_file_atomic(dir / "fifo", "x");
    ASSERT_TRUE(fifo.has_value());
    EXPECT_NE(fifo->message.find("FIFO"), std::string::npos);
    EXPECT_TRUE(std::filesystem::is_fifo(dir / "fifo"));

    auto directory = write_file_atomic(dir.path(), "x");
    ASSERT_TRUE(directory.has_value());
    EXPECT_NE(directory->message.find("directory"), std::string::npos) << directory->message;
    EXPECT_EQ(directory->message.find("Success"), std::string::npos);

    // Nothing left behind.
    int entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++entries;
    EXPECT_EQ(entries, 1);
}

TEST(AtomicWrite, FailureKeepsTheSystemsReason)
{
    Scratch dir;
    auto err = write_file_atomic(dir / "no-such-dir" / "x.json", "x");
    ASSERT_TRUE(err.has_value());
    EXPECT_NE(err->message.find("No such file or directory"), std::string::npos) << err->message;
}

TEST(AtomicWrite, TempFileOfAKilledRunIsSweptByTheNext)
{
    Scratch dir;
    const auto stale = std::filesystem::path(atomic_write_temp_prefix(dir / "p.json") + "AbC123");
    write(stale, "half");
    std::filesystem::last_write_time(stale, std::filesystem::file_time_type::clock::now() - std::chrono::hours(1));
    ASSERT_FALSE(write_file_atomic(dir / "p.json", "whole").has_value());
    EXPECT_FALSE(std::filesystem::exists(stale));
    EXPECT_EQ(slurp(dir / "p.json"), "whole");
}

}  // namespace
}  // namespace deepplan
