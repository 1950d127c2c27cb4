#pragma once

#include <string>

#include "commands/scenario_edit_command.h"
#include "deepplan/catalog.hpp"

namespace deepplan::gui {

/// Picks another weight format. An explicitly chosen engine that cannot load
/// the new format's family goes back to "auto".
class SetVariantCommand : public ScenarioEditCommand {
public:
    SetVariantCommand(ScenarioDocument* document, const Catalog& catalog, const std::string& variant);
};

}  // namespace deepplan::gui
