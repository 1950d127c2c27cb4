#include "commands/set_offload_command.h"

#include <QCoreApplication>

namespace deepplan::gui {

SetOffloadCommand::SetOffloadCommand(ScenarioDocument* document, OffloadMode mode)
    : ScenarioEditCommand(document, QCoreApplication::translate("SetOffloadCommand", "Change offload mode"))
{
    after_.offload = mode;
}

}  // namespace deepplan::gui
