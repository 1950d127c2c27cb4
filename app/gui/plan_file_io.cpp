#include "plan_file_io.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "deepplan/plan_file.hpp"
#include "deepplan/safe_file.hpp"

namespace deepplan::gui {

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
    auto parsed = parse_plan_file(bytes.value());
    if (!parsed.ok()) {
        if (error != nullptr) {
            *error = tr("“%1” is not a DeepPlan plan file that this version can read.\n\n%2")
                         .arg(name, QString::fromStdString(parsed.error().describe()));
        }
        return std::nullopt;
    }
    PlanFile planFile = std::move(parsed).value();
    auto checked = plan(planFile.scenario, catalog);
    if (!checked.ok()) {
        if (error != nullptr) {
            *error = tr("“%1” describes a scenario this catalog cannot plan.\n\n%2")
                         .arg(name, QString::fromStdString(checked.error().describe()));
        }
        return std::nullopt;
    }
    Opened opened;
    opened.scenario = std::move(planFile.scenario);
    if (planFile.stored_plan) opened.stored_plan_differs = *planFile.stored_plan != to_json(checked.value());
    return opened;
}

std::optional<QString> PlanFileIo::save(const QString& path, const Scenario& scenario, const std::optional<Plan>& plan)
{
    nlohmann::json doc;
    if (plan) {
        doc = make_plan_file(scenario, *plan, generator());
    } else {
        doc = {{"schema_version", kSchemaVersion}, {"scenario", to_json(scenario)}, {"generated_by", generator()}};
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
