#include "plan_file_io.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include "deepplan/plan_file.hpp"

namespace deepplan::gui {

namespace {
constexpr qint64 kMaxPlanFileBytes = 64LL * 1024 * 1024;

/// Whether the text is JSON that stops before it is complete: the parser
/// ran out of input (a download or copy cut short), not into a wrong byte.
bool endsEarly(const QByteArray& bytes)
{
    try {
        [[maybe_unused]] const auto doc = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
        return false;
    } catch (const nlohmann::json::parse_error& e) {
        return e.byte >= static_cast<std::size_t>(bytes.size());
    } catch (const nlohmann::json::exception&) {
        return false;
    }
}
}  // namespace

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
    if (bytes.trimmed().isEmpty()) {
        if (error != nullptr) *error = tr("“%1” is empty.").arg(name);
        return std::nullopt;
    }
    if (endsEarly(bytes)) {
        if (error != nullptr) {
            *error = tr("“%1” ends early (truncated?): its text stops after %2 bytes, in the middle of the plan. "
                        "It may have been cut off while it was copied or saved.")
                         .arg(name)
                         .arg(bytes.size());
        }
        return std::nullopt;
    }
    auto parsed = parse_plan_file(bytes.toStdString());
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
