#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two commands:  ./build.sh run   — install, build, open the dashboard
#                             ./build.sh test  — install, build, run every test
# Debian 12; installs only what is missing, so it is cheap to run again.
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6opengl6-dev libqcustomplot-dev libxlsxwriter-dev libgl-dev fonts-noto-cjk
  libbenchmark-dev libgtest-dev
  xvfb xauth poppler-utils
)

install_dependencies() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
  cmake --build build -j"$(nproc)"
}

case "${1:-}" in
  run)
    install_dependencies
    build
    shift
    exec ./build/app/computechain --preset deepseek "$@"
    ;;
  test)
    install_dependencies
    build
    ctest --test-dir build --output-on-failure --timeout 600
    ;;
  *)
    echo "usage: $0 run [computechain options] | test" >&2
    exit 2
    ;;
esac
