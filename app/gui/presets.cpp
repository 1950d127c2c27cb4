#include "presets.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

namespace deepplan::gui {

std::vector<Preset> parse_presets(const QByteArray& json, QString* error)
{
    std::vector<Preset> out;
    try {
        const auto doc = nlohmann::json::parse(json.constData(), json.constData() + json.size());
        const auto& list = doc.at("presets");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto& entry = list.at(i);
            const std::string path = "presets[" + std::to_string(i) + "].scenario";
            auto scenario = scenario_from_json(entry.at("scenario"), path);
            if (!scenario.ok()) {
                if (error != nullptr) *error = QString::fromStdString(scenario.error().describe());
                return {};
            }
            const auto name = entry.at("name").get<std::string>();
            out.push_back({QString::fromStdString(entry.at("id").get<std::string>()),
                           QCoreApplication::translate("Preset", name.c_str()), std::move(scenario).value()});
        }
    } catch (const nlohmann::json::exception& e) {
        if (error != nullptr) *error = QString::fromUtf8(e.what());
        return {};
    }
    return out;
}

const std::vector<Preset>& builtin_presets()
{
    static const std::vector<Preset> presets = [] {
        QFile file(QStringLiteral(":/deepplan/presets.json"));
        if (!file.open(QIODevice::ReadOnly)) return std::vector<Preset>{};
        return parse_presets(file.readAll());
    }();
    return presets;
}

}  // namespace deepplan::gui
