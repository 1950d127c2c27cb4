#include "presets.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

namespace deepplan::gui {

namespace {

// The names in resources/presets.json, so that lupdate offers them to the
// translators; parse_presets() looks them up in the context "Preset".
// tests/gui/tst_translation checks that every built-in name has a German one.
[[maybe_unused]] constexpr const char* kPresetNames[] = {
    QT_TRANSLATE_NOOP("Preset", "2× HGX H100 — full FP8"),
    QT_TRANSLATE_NOOP("Preset", "1× HGX H200 — full FP8"),
    QT_TRANSLATE_NOOP("Preset", "3× Mac Studio M2 Ultra — 4-bit"),
    QT_TRANSLATE_NOOP("Preset", "2× H100 — 1.58-bit"),
    QT_TRANSLATE_NOOP("Preset", "RTX 4090 + 1 TB RAM — KTransformers"),
    QT_TRANSLATE_NOOP("Preset", "PC 128 GB + RTX 4090 — 1.58-bit"),
    QT_TRANSLATE_NOOP("Preset", "PC 128 GB + 2× RTX 3090 — 1.58-bit"),
    QT_TRANSLATE_NOOP("Preset", "PC 192 GB + RTX 5090 — 1.58-bit"),
    QT_TRANSLATE_NOOP("Preset", "PC 192 GB + 2× RTX 5090 — 1.58-bit"),
    QT_TRANSLATE_NOOP("Preset", "6× Mac Studio M2 Ultra — full strength (FP8)"),
    QT_TRANSLATE_NOOP("Preset", "5× Mac Studio M2 Ultra — full strength (Q8_0)"),
    QT_TRANSLATE_NOOP("Preset", "Laptop 16 GB — distill 7B"),
    QT_TRANSLATE_NOOP("Preset", "Laptop 16 GB — distill 1.5B"),
};

}  // namespace

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
