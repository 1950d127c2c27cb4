#pragma once

#include "commands/scenario_edit_command.h"

namespace deepplan::gui {

/// Which economics input an edit changed; consecutive edits of the same
/// number (typing digits, spinning) merge into one undo step.
enum class EconomicsField : int {
    Rented, UsdPerGpuHour, Capex, AmortizationYears, Utilization, UsdPerKwh, Pue, HostingPerMonth, All
};

/// Replaces the scenario's economics (own or rented hardware, prices,
/// utilization), which only the cost figures depend on.
class SetEconomicsCommand : public ScenarioEditCommand {
public:
    SetEconomicsCommand(ScenarioDocument* document, const Economics& economics, EconomicsField field);

    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    EconomicsField field_;
};

}  // namespace deepplan::gui
