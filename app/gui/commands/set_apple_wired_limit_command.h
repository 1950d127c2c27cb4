#pragma once

#include "commands/scenario_edit_command.h"

namespace deepplan::gui {

/// Says whether macOS's GPU wired-memory limit was raised on Apple machines.
class SetAppleWiredLimitCommand : public ScenarioEditCommand {
public:
    SetAppleWiredLimitCommand(ScenarioDocument* document, bool raised);
};

}  // namespace deepplan::gui
