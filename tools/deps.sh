#!/usr/bin/env bash
# Installs the Debian 12 packages DeepPlan needs to build, test and package.
# Safe to run again: apt-get skips what is already there.
set -euo pipefail

packages=(
  cmake g++ ccache pkg-config clang-format
  nlohmann-json3-dev libgtest-dev libgmock-dev libbenchmark-dev
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-translations-l10n libgl1-mesa-dev
  xvfb xauth imagemagick xdotool desktop-file-utils appstream file dpkg-dev
  fonts-noto-cjk groff-base libxml2-utils
  shellcheck python3-yaml
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "Installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
