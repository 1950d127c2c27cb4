#pragma once

#include "commands/scenario_edit_command.h"

namespace deepplan::gui {

/// Sets how the concurrent clients' requests arrive (staggered or together).
class SetArrivalsCommand : public ScenarioEditCommand {
public:
    SetArrivalsCommand(ScenarioDocument* document, Arrivals arrivals);
};

}  // namespace deepplan::gui
