#include "commands/set_model_command.h"

#include <algorithm>

#include <QCoreApplication>

namespace deepplan::gui {

SetModelCommand::SetModelCommand(ScenarioDocument* document, const Catalog& catalog, const std::string& model)
    : ScenarioEditCommand(document, QCoreApplication::translate("SetModelCommand", "Change model"))
{
    after_.model = model;
    // A context above the new model's maximum is cut to it, in the same step.
    if (const ModelArch* m = catalog.model(model); m != nullptr && m->max_context > 0) {
        after_.workload.context = std::min(after_.workload.context, m->max_context);
    }
    const WeightFormat* current = catalog.format(after_.variant);
    if (current != nullptr && current->applies_to(model)) return;
    const WeightFormat* preferred = catalog.format("q4_k_m");
    if (preferred != nullptr && preferred->applies_to(model)) {
        after_.variant = preferred->id;
        return;
    }
    for (const auto& [id, format] : catalog.formats) {
        if (format.applies_to(model)) {
            after_.variant = id;
            return;
        }
    }
}

}  // namespace deepplan::gui
