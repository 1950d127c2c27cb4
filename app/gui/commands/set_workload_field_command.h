#pragma once

#include "commands/scenario_edit_command.h"

namespace deepplan::gui {

/// The integer fields of the workload.
enum class WorkloadField : int { Context, Prompt, Output, Concurrency };

/// Sets one integer workload field. Consecutive edits of the same field
/// (typing digits, spinning) merge into one undo step.
class SetWorkloadFieldCommand : public ScenarioEditCommand {
public:
    SetWorkloadFieldCommand(ScenarioDocument* document, WorkloadField field, int value);

    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    /// The field's value in a workload.
    [[nodiscard]] static int value(const Workload& workload, WorkloadField field);

private:
    WorkloadField field_;
};

}  // namespace deepplan::gui
