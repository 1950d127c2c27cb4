#include "version.h"

#ifndef DEEPPLAN_VERSION
#error "DEEPPLAN_VERSION must be defined by the build (PROJECT_VERSION)"
#endif

namespace deepplan::cli {

std::string version() { return DEEPPLAN_VERSION; }

std::string generated_by() { return "deepplan-cli " + version(); }

}  // namespace deepplan::cli
