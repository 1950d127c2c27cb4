#pragma once

#include "commands/scenario_edit_command.h"

namespace deepplan::gui {

/// Removes the node group at `row`. The last group is kept: a pool is never empty.
class RemovePoolGroupCommand : public ScenarioEditCommand {
public:
    RemovePoolGroupCommand(ScenarioDocument* document, int row);
};

}  // namespace deepplan::gui
