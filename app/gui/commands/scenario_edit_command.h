#pragma once
// Base of every undoable scenario edit: the scenario before and after.

#include <QUndoCommand>

#include "deepplan/scenario.hpp"

namespace deepplan::gui {

class ScenarioDocument;

/// Ids for QUndoCommand::id(), so that consecutive edits of one field merge.
enum class CommandId : int {
    WorkloadField = 100,  // + the WorkloadField value
};

/// Keeps whole scenarios (a few hundred bytes) rather than field deltas:
/// an edit may touch dependent fields (a new model may need a new variant),
/// and undo must restore all of them.
class ScenarioEditCommand : public QUndoCommand {
public:
    [[nodiscard]] bool isNoOp() const { return before_ == after_; }
    [[nodiscard]] const Scenario& before() const { return before_; }
    [[nodiscard]] const Scenario& after() const { return after_; }

    void undo() override;
    void redo() override;

protected:
    /// `after` starts as a copy of the document's current scenario; the
    /// subclass changes it in its constructor.
    ScenarioEditCommand(ScenarioDocument* document, const QString& text);

    ScenarioDocument* document_;
    Scenario before_;
    Scenario after_;
};

}  // namespace deepplan::gui
