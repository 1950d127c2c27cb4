#include "commands/set_mtp_command.h"

#include <QCoreApplication>

namespace deepplan::gui {

SetMtpCommand::SetMtpCommand(ScenarioDocument* document, bool on)
    : ScenarioEditCommand(document, on ? QCoreApplication::translate("SetMtpCommand", "Turn on speculative decoding")
                                       : QCoreApplication::translate("SetMtpCommand", "Turn off speculative decoding"))
{
    after_.workload.mtp = on;
}

}  // namespace deepplan::gui
