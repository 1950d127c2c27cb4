#include "command_registry.h"

#include "calibrate_command.h"
#include "catalog_command.h"
#include "deploy_command.h"
#include "import_command.h"
#include "plan_command.h"
#include "search_command.h"
#include "validate_command.h"

namespace deepplan::cli {

std::vector<std::unique_ptr<Command>> make_commands(const CliContext& context)
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<PlanCommand>(context));
    commands.push_back(std::make_unique<CatalogCommand>(context));
    commands.push_back(std::make_unique<ValidateCommand>(context));
    commands.push_back(std::make_unique<CalibrateCommand>(context));
    commands.push_back(std::make_unique<SearchCommand>(context));
    commands.push_back(std::make_unique<DeployCommand>(context));
    commands.push_back(std::make_unique<ImportCommand>(context));
    return commands;
}

}  // namespace deepplan::cli
