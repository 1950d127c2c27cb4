#include "commands/scenario_edit_command.h"

#include "scenario_document.h"

namespace deepplan::gui {

ScenarioEditCommand::ScenarioEditCommand(ScenarioDocument* document, const QString& text)
    : QUndoCommand(text), document_(document), before_(document->scenario()), after_(document->scenario())
{
}

void ScenarioEditCommand::undo() { document_->applyScenario(before_); }

void ScenarioEditCommand::redo() { document_->applyScenario(after_); }

}  // namespace deepplan::gui
