#pragma once

#include "commands/scenario_edit_command.h"

namespace deepplan::gui {

/// Replaces the whole scenario (a preset, a pinned scenario brought back).
class LoadScenarioCommand : public ScenarioEditCommand {
public:
    LoadScenarioCommand(ScenarioDocument* document, const Scenario& scenario, const QString& text);
};

}  // namespace deepplan::gui
