#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running DeepPlan: installs
# what is missing, builds, and starts the desktop app (or, with no display,
# prints the default scenario's plan with the CLI).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${DEEPPLAN_BUILD_DIR:-$here/build}"

bash "$here/tools/deps.sh"
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release -DDEEPPLAN_BUILD_TESTS=OFF -DDEEPPLAN_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j"$(nproc)"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$build/app/gui/deepplan" ]; then
  exec "$build/app/gui/deepplan" "$@"
fi
echo "(no display: printing the default plan with deepplan-cli)"
exec "$build/app/cli/deepplan-cli" plan "$@"
