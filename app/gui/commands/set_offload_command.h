#pragma once

#include "commands/scenario_edit_command.h"

namespace deepplan::gui {

/// Sets the CPU offload mode (auto, none, layers, experts).
class SetOffloadCommand : public ScenarioEditCommand {
public:
    SetOffloadCommand(ScenarioDocument* document, OffloadMode mode);
};

}  // namespace deepplan::gui
