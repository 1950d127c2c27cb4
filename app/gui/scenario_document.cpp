#include "scenario_document.h"

#include "commands/scenario_edit_command.h"

namespace deepplan::gui {

ScenarioDocument::ScenarioDocument(QObject* parent) : QObject(parent), scenario_(default_scenario())
{
    connect(&undoStack_, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

bool ScenarioDocument::push(ScenarioEditCommand* command)
{
    if (command == nullptr) return false;
    if (command->isNoOp()) {
        delete command;
        return false;
    }
    undoStack_.push(command);
    return true;
}

void ScenarioDocument::reset(const Scenario& scenario, const QString& filePath)
{
    undoStack_.clear();
    scenario_ = scenario;
    undoStack_.setClean();
    if (filePath_ != filePath) {
        filePath_ = filePath;
        emit filePathChanged(filePath_);
    }
    emit modifiedChanged(false);
    emit changed();
}

void ScenarioDocument::applyScenario(const Scenario& scenario)
{
    if (scenario_ == scenario) return;
    scenario_ = scenario;
    emit changed();
}

void ScenarioDocument::markSaved(const QString& filePath)
{
    undoStack_.setClean();
    if (filePath_ != filePath) {
        filePath_ = filePath;
        emit filePathChanged(filePath_);
    }
    emit modifiedChanged(false);
}

}  // namespace deepplan::gui
