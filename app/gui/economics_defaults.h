#pragma once
// The economics a new scenario starts with (Preferences), persisted as a
// typed table of keys and defaults over QSettings, like Settings.

#include "deepplan/scenario.hpp"

namespace deepplan::gui {

class EconomicsDefaults {
public:
    /// The stored defaults; the core's Economics{} for anything not stored.
    [[nodiscard]] static Economics load();
    static void save(const Economics& economics);
    /// default_scenario() with the stored economics: what File → New opens.
    [[nodiscard]] static Scenario newScenario();
};

}  // namespace deepplan::gui
