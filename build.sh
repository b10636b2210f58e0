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
  libqt6opengl6-dev libqcustomplot-dev libxlsxwriter-dev libgl-dev fonts-noto-cjk fonts-dejavu-core
  libbenchmark-dev libgtest-dev
  xvfb xauth poppler-utils librsvg2-bin
  clang libclang-rt-14-dev
  libreoffice-calc-nogui
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

# The scenario loader under libFuzzer (clang, ASan, UBSan) for a bounded time,
# seeded with the test files; longer by hand: FUZZ_SECONDS=3600 ./build.sh fuzz
fuzz() {
  cmake -S . -B build-fuzz -DCOMPUTECHAIN_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build-fuzz -j"$(nproc)"
  local corpus
  corpus=$(mktemp -d)
  cp tests/data/scenarios/*.json "$corpus"/
  ./build-fuzz/tests/fuzz/fuzz_scenario -max_total_time="${FUZZ_SECONDS:-60}" -print_final_stats=1 \
    -artifact_prefix="$corpus/" "$corpus" 2>&1 | grep -E '^(stat::number_of_executed_units|stat::new_units_added|Done)|ERROR|SUMMARY'
  local status=${PIPESTATUS[0]}
  [ "$status" -eq 0 ] || { echo "fuzz_scenario failed; the crashing input is in $corpus" >&2; return "$status"; }
  rm -rf "$corpus"
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
    fuzz
    # Last, so that its summary closes the output.
    ctest --test-dir build --output-on-failure --timeout 600
    ;;
  fuzz)
    install_dependencies
    fuzz
    ;;
  *)
    echo "usage: $0 run [computechain options] | test | fuzz" >&2
    exit 2
    ;;
esac
