#pragma once

#include "commands/scenario_edit_command.h"

namespace deepplan::gui {

/// Turns speculative decoding with DeepSeek's MTP module on or off.
class SetMtpCommand : public ScenarioEditCommand {
public:
    SetMtpCommand(ScenarioDocument* document, bool on);
};

}  // namespace deepplan::gui
