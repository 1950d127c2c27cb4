#pragma once
// The ready-made scenarios of the Presets menu, read from the embedded
// resource :/deepplan/presets.json (data, not code).

#include <vector>

#include <QString>

#include "deepplan/scenario.hpp"

namespace deepplan::gui {

struct Preset {
    QString id;
    QString name;   ///< translated display name
    Scenario scenario;
};

/// Parses a presets document; `error` gets the first problem (then the list is empty).
[[nodiscard]] std::vector<Preset> parse_presets(const QByteArray& json, QString* error = nullptr);

/// The built-in presets.
[[nodiscard]] const std::vector<Preset>& builtin_presets();

}  // namespace deepplan::gui
