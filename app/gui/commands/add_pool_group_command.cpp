#include "commands/add_pool_group_command.h"

#include <QCoreApplication>

namespace deepplan::gui {

AddPoolGroupCommand::AddPoolGroupCommand(ScenarioDocument* document, int row, const NodeGroup& group)
    : ScenarioEditCommand(document, QCoreApplication::translate("AddPoolGroupCommand", "Add node group"))
{
    auto& groups = after_.pool.groups;
    if (row < 0 || row > static_cast<int>(groups.size())) row = static_cast<int>(groups.size());
    groups.insert(groups.begin() + row, group);
}

}  // namespace deepplan::gui
