#include "plan_file_io.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include "deepplan/plan_file.hpp"
#include "deepplan/safe_file.hpp"

namespace deepplan::gui {

namespace {
/// Whether the text is JSON that stops before it is complete: the parser
/// ran out of input (a download or copy cut short), not into a wrong byte.
/// A SAX pass builds nothing, so a deeply nested file costs no recursion.
struct EndFinder : nlohmann::json_sax<nlohmann::json> {
    std::size_t error_byte = 0;
    bool failed = false;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) override
    {
        failed = true;
        error_byte = position;
        return false;
    }
};

bool endsEarly(const std::string& text)
{
    EndFinder finder;
    nlohmann::json::sax_parse(text, &finder, nlohmann::json::input_format_t::json, false);
    return finder.failed && finder.error_byte >= text.size();
}
}  // namespace

std::string PlanFileIo::generator() { return std::string("deepplan ") + DEEPPLAN_VERSION; }

std::optional<PlanFileIo::Opened> PlanFileIo::open(const QString& path, const Catalog& catalog, QString* error)
{
    const QString name = QFileInfo(path).fileName();
    // Bounded, and FIFOs, devices and directories refused without blocking.
    auto bytes = read_text_file(std::filesystem::path(QFile::encodeName(path).toStdString()), kMaxPlanFileBytes);
    if (!bytes.ok()) {
        if (error != nullptr) {
            *error = tr("“%1” could not be opened: %2").arg(name, QString::fromStdString(bytes.error().message));
        }
        return std::nullopt;
    }
    const std::string& text = bytes.value();
    if (QByteArray::fromStdString(text).trimmed().isEmpty()) {
        if (error != nullptr) *error = tr("“%1” is empty.").arg(name);
        return std::nullopt;
    }
    if (endsEarly(text)) {
        if (error != nullptr) {
            *error = tr("“%1” ends early (truncated?): its text stops after %2 bytes, in the middle of the plan. "
                        "It may have been cut off while it was copied or saved.")
                         .arg(name)
                         .arg(text.size());
        }
        return std::nullopt;
    }
    auto parsed = parse_plan_file(text);
    if (!parsed.ok()) {
        if (error != nullptr) {
            *error = tr("“%1” is not a DeepPlan plan file that this version can read.\n\n%2")
                         .arg(name, QString::fromStdString(parsed.error().describe()));
        }
        return std::nullopt;
    }
    PlanFile planFile = std::move(parsed).value();
    Catalog withDefinitions = catalog;
    nlohmann::json needed = nlohmann::json::object();
    if (planFile.definitions) {
        if (auto bad = merge_embedded_definitions(withDefinitions, *planFile.definitions)) {
            if (error != nullptr) {
                *error = tr("“%1” carries catalog entries that cannot be used.\n\n%2").arg(name, QString::fromStdString(bad->describe()));
            }
            return std::nullopt;
        }
        for (const auto& [kind, entries] : planFile.definitions->items()) {
            for (const auto& e : entries) {
                const std::string id = e.value("id", std::string());
                const bool known = kind == "models" ? catalog.model(id) != nullptr
                                   : kind == "formats" ? catalog.format(id) != nullptr
                                   : kind == "devices" ? catalog.device(id) != nullptr
                                   : kind == "links" ? catalog.link(id) != nullptr
                                                     : catalog.system(id) != nullptr;
                if (!known) needed[kind].push_back(e);
            }
        }
    }
    auto checked = plan(planFile.scenario, withDefinitions);
    if (!checked.ok()) {
        if (error != nullptr) {
            *error = tr("“%1” describes a scenario this catalog cannot plan.\n\n%2")
                         .arg(name, QString::fromStdString(checked.error().describe()));
        }
        return std::nullopt;
    }
    Opened opened;
    opened.scenario = std::move(planFile.scenario);
    opened.definitions = std::move(needed);
    if (planFile.stored_plan) opened.stored_plan_differs = *planFile.stored_plan != to_json(checked.value());
    return opened;
}

std::optional<QString> PlanFileIo::save(const QString& path, const Scenario& scenario, const std::optional<Plan>& plan,
                                        const Catalog* catalog)
{
    nlohmann::json doc;
    if (plan) {
        doc = make_plan_file(scenario, *plan, generator());
    } else {
        doc = {{"schema_version", kSchemaVersion}, {"scenario", to_json(scenario)}, {"generated_by", generator()}};
    }
    if (catalog) {
        if (auto defs = scenario_definitions(scenario, *catalog); !defs.empty()) doc["definitions"] = std::move(defs);
    }
    const std::string text = doc.dump(2) + "\n";
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("“%1” could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString());
    }
    file.write(text.data(), static_cast<qint64>(text.size()));
    if (!file.commit()) {
        return tr("“%1” could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString());
    }
    return std::nullopt;
}

}  // namespace deepplan::gui
