#include "commands/set_apple_wired_limit_command.h"

#include <QCoreApplication>

namespace deepplan::gui {

SetAppleWiredLimitCommand::SetAppleWiredLimitCommand(ScenarioDocument* document, bool raised)
    : ScenarioEditCommand(document, QCoreApplication::translate("SetAppleWiredLimitCommand", "Change Apple wired-memory limit"))
{
    after_.apple_raise_wired_limit = raised;
}

}  // namespace deepplan::gui
