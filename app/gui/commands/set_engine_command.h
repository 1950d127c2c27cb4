#pragma once

#include <string>

#include "commands/scenario_edit_command.h"

namespace deepplan::gui {

/// Picks the serving engine, or "auto".
class SetEngineCommand : public ScenarioEditCommand {
public:
    SetEngineCommand(ScenarioDocument* document, const std::string& engine);
};

}  // namespace deepplan::gui
