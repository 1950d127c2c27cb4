#include "commands/set_engine_command.h"

#include <QCoreApplication>

namespace deepplan::gui {

SetEngineCommand::SetEngineCommand(ScenarioDocument* document, const std::string& engine)
    : ScenarioEditCommand(document, QCoreApplication::translate("SetEngineCommand", "Change engine"))
{
    after_.engine = engine;
}

}  // namespace deepplan::gui
