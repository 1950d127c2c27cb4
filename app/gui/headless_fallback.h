#pragma once
// What `deepplan` does where there is no display: print the plan the way
// the CLI does.

#include <QString>
#include <QStringList>

namespace deepplan::gui {

/// True on Linux when QT_QPA_PLATFORM is unset and neither DISPLAY nor
/// WAYLAND_DISPLAY is set: a window could not be shown.
[[nodiscard]] bool no_display_available();

/// Runs `deepplan-cli plan [--scenario FILE]` found in `appDir`, its output
/// going to ours; without the CLI, prints a plain-text summary computed by the
/// core. Returns the exit code.
int run_headless(const QString& appDir, const QString& file);

}  // namespace deepplan::gui
