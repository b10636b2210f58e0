#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The project's Monte Carlo and data-table benchmarks and their two peers, in
# one run on one machine, and the ratios (peer median ÷ ours). Absolute times
# differ 2–3× between machines; a ratio measured in the same run does not.
#
#   bench/peers/run.sh [BUILD_DIR]        (default ./build)
#
# Environment: RUNS (peer runs, default 5), MO_RUNS (MULTIPLE.OPERATIONS
# recalculations, default 3). Needs python3-numpy, python3-uno and
# libreoffice-calc-nogui (see README.md). Exits non-zero if any step fails,
# including a peer whose numbers differ from the app's.
set -euo pipefail

build=${1:-./build}
here=$(cd "$(dirname "$0")" && pwd)
bench="$build/bench/bench_analysis"
app="$build/app/computechain"
runs=${RUNS:-5}
mo_runs=${MO_RUNS:-3}
# Debian's interpreter: the packages above install their modules for it, not
# for a pyenv or venv python3 that may come first on PATH.
python=/usr/bin/python3

for f in "$bench" "$app"; do
    [[ -x $f ]] || { echo "run.sh: $f is missing or not executable (build first, or pass the build dir)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== machine"
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
echo "nproc $(nproc) · ${cpu:-unknown CPU} · load average $(cut -d' ' -f1-3 /proc/loadavg) · $(date -u '+%Y-%m-%d %H:%M UTC')"

# The peers must compute the app's model before their times mean anything.
echo "== numpy_montecarlo.py --check"
"$python" "$here/numpy_montecarlo.py" --check --app "$app"

echo "== bench_analysis (Monte Carlo, data table; 5 repetitions)"
"$bench" --benchmark_filter='MonteCarlo|DataTable' --benchmark_repetitions=5 \
    --benchmark_report_aggregates_only=true --benchmark_out="$work/ours.json" --benchmark_out_format=json

echo "== numpy_montecarlo.py"
"$python" "$here/numpy_montecarlo.py" --runs "$runs" | tee "$work/numpy.txt"

echo "== calc_datatable.py"
"$python" "$here/calc_datatable.py" --runs "$runs" --mo-runs "$mo_runs" --app "$app" | tee "$work/calc.txt"

# Not ratios (no peer does these), but the frame budget a user feels, on the same machine in the same run.
if [[ -x $build/bench/slider_latency ]]; then
    echo "== slider_latency (slider step → every chart repainted; target worst p99 ≤ 8 ms)"
    QT_QPA_PLATFORM=offscreen "$build/bench/slider_latency"
fi
if [[ -x $build/bench/startup ]]; then
    echo "== startup (launch → first painted frame; target median < 500 ms)"
    "$build/bench/startup" --runs 7 "$app"
fi

echo "== ratios (peer median ÷ ComputeChain median, same run)"
"$python" - "$work" <<'EOF'
import json, re, sys

work = sys.argv[1]
to_ms = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}
ours = {}
for b in json.load(open(f"{work}/ours.json"))["benchmarks"]:
    if b.get("aggregate_name") == "median":
        # run_name carries the benchmark's options ("/real_time"); the name is what precedes them.
        ours[b["run_name"].split("/")[0]] = b["real_time"] * to_ms[b["time_unit"]]


def peer(file, key):
    m = re.search(rf"^{key} ([0-9.]+)$", open(f"{work}/{file}").read(), re.M)
    if not m:
        sys.exit(f"run.sh: no {key} in {file}")
    return float(m.group(1))


def our(name):
    if name not in ours:
        sys.exit(f"run.sh: bench_analysis reported no median for {name}")
    return ours[name]


numpy_ms, inline_ms, mo_ms = peer("numpy.txt", "median_ms"), peer("calc.txt", "inline_median_ms"), peer("calc.txt", "mo_median_ms")
mc, mc1 = our("BM_MonteCarlo1M_AllOutputs"), our("BM_MonteCarlo1M_AllOutputs_SingleThread")
dt, dt1 = our("BM_DataTable400x400"), our("BM_DataTable400x400_SingleThread")
rows = [
    ("Monte Carlo 1M × 29 outputs", "NumPy", numpy_ms, mc, mc1),
    ("Data table 400 × 400", "Calc, model inlined per cell", inline_ms, dt, dt1),
    # Ours at 100 × 100 is not benchmarked; the table's cost is its cells' (400² = 16 × 100²).
    ("Data table 100 × 100 (ours: 400 × 400 ÷ 16)", "Calc MULTIPLE.OPERATIONS", mo_ms, dt / 16, dt1 / 16),
]
print(f"{'benchmark':46} {'peer':30} {'peer ms':>10} {'ours ms':>9} {'ratio':>9} {'vs 1 thread':>12}")
for name, who, p, o, o1 in rows:
    print(f"{name:46} {who:30} {p:10.1f} {o:9.2f} {p / o:8.1f}× {p / o1:11.1f}×")
EOF
