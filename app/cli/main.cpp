// deepplan-cli: the command-line twin of DeepPlan. All the work is in
// deepplan_cli_lib so that tests can run it in-process.

#include <iostream>
#include <string>
#include <vector>

#include "cli.h"
#include "deepplan/catalog.hpp"

int main(int argc, char** argv)
{
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) args.emplace_back(argv[i]);
    const auto resources = deepplan::default_resource_dir(deepplan::cli::executable_dir(argc > 0 ? argv[0] : nullptr));
    const int code = deepplan::cli::run_cli(args, std::cout, std::cerr, resources);
    std::cout.flush();
    return code;
}
