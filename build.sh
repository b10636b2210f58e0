#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two commands:  ./build.sh run   — install, build, open the dashboard
#                             ./build.sh test  — install, check formatting, build, run every test
# and ./build.sh format rewrites the sources as .clang-format says.
# Debian 12; installs only what is missing, so it is cheap to run again.
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6opengl6-dev libqcustomplot-dev libxlsxwriter-dev nlohmann-json3-dev libgl-dev fonts-noto-cjk fonts-dejavu-core
  libbenchmark-dev libgtest-dev
  xvfb xauth poppler-utils librsvg2-bin locales util-linux
  clang libclang-rt-14-dev clang-format
  libreoffice-calc-nogui
)

install_dependencies() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && { make_test_locale; return 0; }
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  make_test_locale
}

# A decimal-comma locale, so the tests can show that machine output stays in C notation.
make_test_locale() {
  locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$' && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo localedef -i de_DE -f UTF-8 de_DE.UTF-8 || echo "warning: could not make the de_DE.UTF-8 locale" >&2
}

# The C++ sources git tracks (new files once added), as .clang-format describes them.
formatted_sources() {
  git ls-files -z -- 'app/*.cpp' 'app/*.h' 'bench/*.cpp' 'bench/*.h' 'core/*.cpp' 'core/*.h' \
    'tests/*.cpp' 'tests/*.h' 'ui/*.cpp' 'ui/*.h'
}

# First in CI: a formatting slip fails in seconds, not after the build.
format_check() {
  echo "format_check: $(clang-format --version)"
  formatted_sources | xargs -0 clang-format --dry-run --Werror --style=file ||
    { echo "format_check: run ./build.sh format and commit the result" >&2; return 1; }
}

format() {
  formatted_sources | xargs -0 clang-format -i --style=file
}

build() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCOMPUTECHAIN_WERROR=ON
  cmake --build build -j"$(nproc)"
}

# Everything again with clang under AddressSanitizer and UBSan, plus the fuzz targets.
# Not the benchmarks: nothing runs them sanitized, and building them kept CI near its 20 minutes.
sanitize_build() {
  cmake -S . -B build-asan -DCOMPUTECHAIN_SANITIZE=ON -DCOMPUTECHAIN_BENCH=OFF -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build-asan -j"$(nproc)"
}

# The scenario loader, the command line and the Excel writer's inputs under
# libFuzzer for a bounded time each, seeded with the test files; for hours:
# FUZZ_SECONDS=3600 ./build.sh fuzz (each target gets that long).
fuzz() {
  local corpus target seconds status
  for target in scenario commandline xlsx; do
    corpus=$(mktemp -d)
    cp tests/data/scenarios/*.json "$corpus"/
    seconds=${FUZZ_SECONDS:-$([ "$target" = scenario ] && echo 60 || echo 20)}
    echo "fuzz_$target: ${seconds} s"
    # -max_len over 1 MB: a scenario that only grows past the limit when saved is reachable.
    ./build-asan/tests/fuzz/fuzz_$target -max_total_time="$seconds" -max_len=1100000 -print_final_stats=1 \
      -artifact_prefix="$corpus/" "$corpus" 2>&1 | grep -E '^(stat::number_of_executed_units|stat::new_units_added|Done)|ERROR|SUMMARY'
    status=${PIPESTATUS[0]}
    [ "$status" -eq 0 ] || { echo "fuzz_$target failed; the crashing input is in $corpus" >&2; return "$status"; }
    rm -rf "$corpus"
  done
}

# The GUI and file suites in the sanitizer build: a use-after-free or undefined
# behaviour fails the run. Leaks inside Qt and fontconfig are not ours to fix.
sanitized_tests() {
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan -L 'ui|io' --output-on-failure --timeout 900
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
    format_check
    build
    sanitize_build
    fuzz
    sanitized_tests
    # Last, so that its summary closes the output.
    ctest --test-dir build --output-on-failure --timeout 600
    ;;
  fuzz)
    install_dependencies
    sanitize_build
    fuzz
    ;;
  format)
    command -v clang-format >/dev/null || install_dependencies
    format
    ;;
  format_check)
    command -v clang-format >/dev/null || install_dependencies
    format_check
    ;;
  *)
    echo "usage: $0 run [computechain options] | test | fuzz | format | format_check" >&2
    exit 2
    ;;
esac
