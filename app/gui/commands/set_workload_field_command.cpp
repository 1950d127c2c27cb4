#include "commands/set_workload_field_command.h"

#include <QCoreApplication>

namespace deepplan::gui {

namespace {

QString textFor(WorkloadField field)
{
    switch (field) {
    case WorkloadField::Context: return QCoreApplication::translate("SetWorkloadFieldCommand", "Change context length");
    case WorkloadField::Prompt: return QCoreApplication::translate("SetWorkloadFieldCommand", "Change prompt tokens");
    case WorkloadField::Output: return QCoreApplication::translate("SetWorkloadFieldCommand", "Change output tokens");
    case WorkloadField::Concurrency: return QCoreApplication::translate("SetWorkloadFieldCommand", "Change concurrency");
    }
    return {};
}

int& slot(Workload& w, WorkloadField field)
{
    switch (field) {
    case WorkloadField::Context: return w.context;
    case WorkloadField::Prompt: return w.prompt;
    case WorkloadField::Output: return w.output;
    case WorkloadField::Concurrency: return w.concurrency;
    }
    return w.context;
}

}  // namespace

SetWorkloadFieldCommand::SetWorkloadFieldCommand(ScenarioDocument* document, WorkloadField field, int value)
    : ScenarioEditCommand(document, textFor(field)), field_(field)
{
    slot(after_.workload, field) = value;
}

int SetWorkloadFieldCommand::value(const Workload& workload, WorkloadField field)
{
    Workload copy = workload;
    return slot(copy, field);
}

int SetWorkloadFieldCommand::id() const { return static_cast<int>(CommandId::WorkloadField) + static_cast<int>(field_); }

bool SetWorkloadFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* same = dynamic_cast<const SetWorkloadFieldCommand*>(other);
    if (same == nullptr || same->field_ != field_) return false;
    after_ = same->after_;
    setObsolete(after_ == before_);
    return true;
}

}  // namespace deepplan::gui
