#!/usr/bin/env bash
# Builds the Debian package of DeepPlan and installs it:
#
#   bash tools/install-deb.sh
#
# Release build without tests in build-deb/, `cpack -G DEB`, then
# `apt-get install ./build-deb/deepplan_<version>_<arch>.deb` (through sudo
# when not root), which also pulls in the Qt runtime libraries it needs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/tools/deps.sh"
build="$root/build-deb"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DDEEPPLAN_BUILD_TESTS=OFF -DDEEPPLAN_BUILD_BENCH=OFF
cmake --build "$build" -j"$(nproc)"
(cd "$build" && cpack -G DEB)
deb=$(ls -t "$build"/deepplan_*.deb | head -n 1)
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get install -y "$deb"
echo "installed $deb: run deepplan or deepplan-cli; man deepplan-cli"
