#pragma once

#include "commands/scenario_edit_command.h"

namespace deepplan::gui {

/// Inserts a node group at `row` (appends when row is out of range).
class AddPoolGroupCommand : public ScenarioEditCommand {
public:
    AddPoolGroupCommand(ScenarioDocument* document, int row, const NodeGroup& group);
};

}  // namespace deepplan::gui
