#include "commands/set_arrivals_command.h"

#include <QCoreApplication>

namespace deepplan::gui {

SetArrivalsCommand::SetArrivalsCommand(ScenarioDocument* document, Arrivals arrivals)
    : ScenarioEditCommand(document, QCoreApplication::translate("SetArrivalsCommand", "Change how requests arrive"))
{
    after_.workload.arrivals = arrivals;
}

}  // namespace deepplan::gui
