#include "commands/set_pool_group_command.h"

#include <QCoreApplication>

namespace deepplan::gui {

SetPoolGroupCommand::SetPoolGroupCommand(ScenarioDocument* document, int row, const NodeGroup& group)
    : ScenarioEditCommand(document, QCoreApplication::translate("SetPoolGroupCommand", "Change node group"))
{
    auto& groups = after_.pool.groups;
    if (row >= 0 && row < static_cast<int>(groups.size())) groups[static_cast<std::size_t>(row)] = group;
}

}  // namespace deepplan::gui
