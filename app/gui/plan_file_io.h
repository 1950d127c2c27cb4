#pragma once
// Reading and writing plan files (*.deepplan.json, the CLI's format) from
// the GUI: Qt file access, atomic saves, errors as sentences.

#include <optional>

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include "deepplan/catalog.hpp"
#include "deepplan/plan.hpp"

namespace deepplan::gui {

class PlanFileIo {
    Q_DECLARE_TR_FUNCTIONS(PlanFileIo)
public:
    struct Opened {
        Scenario scenario;
        /// The file's stored plan is not what the core computes now (another
        /// catalog or version); the GUI shows the recomputed one.
        bool stored_plan_differs = false;
        /// Catalog entries the file carries for ids `catalog` lacks (kind -> entries); empty when none.
        nlohmann::json definitions = nlohmann::json::object();
    };

    /// Reads a plan file or bare scenario and checks that the core can plan
    /// it with `catalog` (every id known). On failure returns nullopt and a
    /// sentence in `error`.
    [[nodiscard]] static std::optional<Opened> open(const QString& path, const Catalog& catalog, QString* error);

    /// Writes the plan file of `scenario` atomically (QSaveFile). `plan` may
    /// be empty when the core refused the scenario: the file then holds the
    /// scenario alone. Returns an error sentence on failure.
    /// With `catalog`, the user-catalog entries the scenario uses are embedded
    /// so that the file replans where that user catalog is absent.
    [[nodiscard]] static std::optional<QString> save(const QString& path, const Scenario& scenario,
                                                     const std::optional<Plan>& plan, const Catalog* catalog = nullptr);

    /// The `generated_by` stamp.
    [[nodiscard]] static std::string generator();
};

}  // namespace deepplan::gui
