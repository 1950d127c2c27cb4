#pragma once
// The per-user catalog directory: custom devices and systems the user
// defines in the GUI, appended to devices.json / systems.json there.

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "deepplan/catalog.hpp"

namespace deepplan::gui {

class UserCatalog {
    Q_DECLARE_TR_FUNCTIONS(UserCatalog)
public:
    /// Checks `device` against `current` (the core's own entry checks and
    /// cross references), then writes it into `dir`/devices.json atomically,
    /// replacing an entry of the same id. Returns an error sentence on failure.
    [[nodiscard]] static std::optional<QString> addDevice(const QString& dir, const Catalog& current, const Device& device);
    /// The same for a system (its accelerator and links must exist in `current`).
    [[nodiscard]] static std::optional<QString> addSystem(const QString& dir, const Catalog& current, const System& system);
    /// Any entry of a kind ("models", "formats"...), checked and written the same way.
    [[nodiscard]] static std::optional<QString> addEntry(const QString& dir, const Catalog& current, const char* kind,
                                                         const nlohmann::json& entry);
};

}  // namespace deepplan::gui
