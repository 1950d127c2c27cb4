#include "commands/set_variant_command.h"

#include <QCoreApplication>

namespace deepplan::gui {

SetVariantCommand::SetVariantCommand(ScenarioDocument* document, const Catalog& catalog, const std::string& variant)
    : ScenarioEditCommand(document, QCoreApplication::translate("SetVariantCommand", "Change weight format"))
{
    after_.variant = variant;
    const WeightFormat* format = catalog.format(variant);
    const EngineProfile* engine = catalog.engine(after_.engine);
    if (format != nullptr && engine != nullptr && !engine->loads(format->family)) after_.engine = "auto";
}

}  // namespace deepplan::gui
