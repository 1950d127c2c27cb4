#include "plan_file_io.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "deepplan/plan_file.hpp"

namespace deepplan::gui {

namespace {
constexpr qint64 kMaxPlanFileBytes = 64LL * 1024 * 1024;
}

std::string PlanFileIo::generator() { return std::string("deepplan ") + DEEPPLAN_VERSION; }

std::optional<PlanFileIo::Opened> PlanFileIo::open(const QString& path, const Catalog& catalog, QString* error)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error != nullptr) *error = tr("“%1” could not be opened: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxPlanFileBytes) {
        if (error != nullptr) *error = tr("“%1” is too large to be a plan file.").arg(name);
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    auto parsed = parse_plan_file(bytes.toStdString());
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
