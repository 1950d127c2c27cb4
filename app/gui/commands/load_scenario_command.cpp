#include "commands/load_scenario_command.h"

namespace deepplan::gui {

LoadScenarioCommand::LoadScenarioCommand(ScenarioDocument* document, const Scenario& scenario, const QString& text)
    : ScenarioEditCommand(document, text)
{
    after_ = scenario;
}

}  // namespace deepplan::gui
