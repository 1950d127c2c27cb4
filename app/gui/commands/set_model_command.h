#pragma once

#include <string>

#include "commands/scenario_edit_command.h"
#include "deepplan/catalog.hpp"

namespace deepplan::gui {

/// Picks another model. When the current weight format does not exist for
/// it, the variant moves to Q4_K_M, else the first format that does.
class SetModelCommand : public ScenarioEditCommand {
public:
    SetModelCommand(ScenarioDocument* document, const Catalog& catalog, const std::string& model);
};

}  // namespace deepplan::gui
