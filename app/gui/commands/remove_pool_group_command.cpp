#include "commands/remove_pool_group_command.h"

#include <QCoreApplication>

namespace deepplan::gui {

RemovePoolGroupCommand::RemovePoolGroupCommand(ScenarioDocument* document, int row)
    : ScenarioEditCommand(document, QCoreApplication::translate("RemovePoolGroupCommand", "Remove node group"))
{
    auto& groups = after_.pool.groups;
    if (groups.size() > 1 && row >= 0 && row < static_cast<int>(groups.size())) groups.erase(groups.begin() + row);
}

}  // namespace deepplan::gui
