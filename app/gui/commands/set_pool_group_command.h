#pragma once

#include "commands/scenario_edit_command.h"

namespace deepplan::gui {

/// Replaces one node group of the pool (count, system, accelerators, link).
class SetPoolGroupCommand : public ScenarioEditCommand {
public:
    SetPoolGroupCommand(ScenarioDocument* document, int row, const NodeGroup& group);
};

}  // namespace deepplan::gui
