#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# (Debian's python3, not whatever is first on PATH: python3-uno installs there.)
"""The peer for bench_analysis's BM_DataTable400x400: LibreOffice Calc, driven
headless through UNO, recalculating revenueMargin over the same 400 × 400 grid
(paidRate 5 %–100 % across, gpuShareOfTotalCost 20 %–100 % down, the broker
preset elsewhere) in two ways an analyst would build it:

  inline   every cell holds the model hand-inlined, from the raw inputs (named
           cells) through demand → capacity → MaaS to the revenue margin, with
           the row's and the column's value in place of the two varied inputs;
           400 × 400 by default.
  mo       the model laid out once as a sheet of named cells (every output),
           and a real MULTIPLE.OPERATIONS data table over it; 100 × 100 by
           default (Calc's data tables are far slower per cell).

Each is timed as a forced full recalculation (XCalculatable.calculateAll), the
median of --runs, and a few cells (corners, the middle) are checked against
the app's own numbers (--app ... --headless --set ... --json) to 1e-9 relative.

    calc_datatable.py [--runs N] [--mo-runs N] [--size 400] [--mo-size 100] [--app PATH]

Prints `inline_median_ms X` and `mo_median_ms Y`; exits non-zero on any failure.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.sheet.FillDirection import TO_BOTTOM, TO_RIGHT
from com.sun.star.table import CellAddress

# core/registry.cpp's defaults with core/presets.cpp's broker overrides: the
# base every cell of the benchmark's table starts from.
BROKER = {
    "dauMillions": 25, "inputTokensPerDau": 24_320, "outputTokensPerDau": 6_720, "cacheHitShare": 0.563,
    "tokenGrowth": 1, "utilization": 0.77, "calibrationUtilization": 0.77, "prefillTokensPerSecPerNode": 73_700,
    "decodeTokensPerSecPerNode": 14_800, "gpusPerNode": 8, "decodeTpotMs": 1_000 / 21, "peakMultiplier": 1.2,
    "activeParamsBillions": 37,
    "cardPeakTflops": 1_979, "gpuHourPriceUsd": 2, "billing": 0, "gpuShareOfTotalCost": 0.5,
    "priceCacheHitUsdPerM": 0.14, "priceCacheMissUsdPerM": 0.55, "priceOutputUsdPerM": 2.19, "paidRate": 0.4,
    "priceRealization": 1, "cards": 1_000, "capexCnyMillions": 350, "opexCnyMillionsPerYear": 50,
    "occupancy": 0.25, "rentalCnyPerCardHour": 14.4, "depreciationYears": 5,
    # Growth, induced demand and the national market (docs/model.md §6, §9, §10).
    "projectionYears": 5, "dauGrowthPerYear": 0.2, "tokensPerDauGrowthPerYear": 0.25, "activeParamsGrowthPerYear": 0,
    "efficiencyGainPerYear": 0.15, "priceElasticity": 0, "costPassThrough": 1, "efficiencyGain": 2,
    "nationalCentresOperating": 150, "nationalCentresPipeline": 400, "pipelineYears": 3, "cardsPerCentre": 1_000,
    "nationalOccupancy": 0.25, "trainingShareOfDemand": 0.8, "trainingDemandGrowthPerYear": 0.1,
    "supplyGrowthPerYear": 0.3,
}
# Outputs the sheet has no cell for: the first year national occupancy reaches the
# centre's break-even needs the year table as rows, and the data table's output
# (revenueMargin) does not depend on it. Every other output is checked.
NOT_MODELLED = {"yearMarketReachesBreakEven"}
# Both are fractions whose valid range (core/registry.cpp) ends at 1.
VALID_MAX = 1.0
X_INPUT, X_RANGE = "paidRate", (0.05, 1.0)              # across the columns
Y_INPUT, Y_RANGE = "gpuShareOfTotalCost", (0.2, 1.0)    # down the rows

# core/model.cpp as a spreadsheet: one named cell per intermediate, in order,
# every output of core/outputs.cpp among them. Names resolve to cells on the
# Inputs sheet (inputs) and the Model sheet (these).
MODEL = [
    ("inputTokensPerDay", "dauMillions*1000000*inputTokensPerDau*tokenGrowth"),
    ("outputTokensPerDay", "dauMillions*1000000*outputTokensPerDau*tokenGrowth"),
    ("computedTokensPerDay", "outputTokensPerDay+inputTokensPerDay*(1-cacheHitShare)"),
    ("throughputScale", "utilization/calibrationUtilization"),
    # The hardware method's ratios to DS6's rates are 1 at DS6's deployment, which
    # the broker preset runs (docs/serving-model.md §3; the workbook carries them as
    # numbers too), and its decode batch is DS6's rate times its TPOT.
    ("prefillTokensPerSecPerGpu", "prefillTokensPerSecPerNode/gpusPerNode*throughputScale"),
    ("decodeTokensPerSecPerGpu", "decodeTokensPerSecPerNode/gpusPerNode*throughputScale"),
    ("decodeSequencesPerGpu", "decodeTokensPerSecPerNode/gpusPerNode*(decodeTpotMs/1000)"),
    ("avgBusyGpus", "inputTokensPerDay/(86400*(prefillTokensPerSecPerNode/gpusPerNode*throughputScale))"
                    "+outputTokensPerDay/(86400*(decodeTokensPerSecPerNode/gpusPerNode*throughputScale))"),
    ("provisionedGpus", "avgBusyGpus*peakMultiplier"),
    ("billedGpus", "IF(billing=1;provisionedGpus;avgBusyGpus)"),
    ("requiredFlopsPerSec", "computedTokensPerDay*(2*activeParamsBillions*1000000000)/86400"),
    ("gpusIfComputeBound", "requiredFlopsPerSec*peakMultiplier/(cardPeakTflops*1000000000000*utilization)"),
    ("impliedMfu", "requiredFlopsPerSec/(avgBusyGpus*(cardPeakTflops*1000000000000))"),
    ("gpuCostPerDay", "billedGpus*24*gpuHourPriceUsd"),
    ("totalCostPerDay", "gpuCostPerDay/gpuShareOfTotalCost"),
    ("theoreticalRevenuePerDay", "inputTokensPerDay*cacheHitShare*priceCacheHitUsdPerM/1000000"
                                 "+(inputTokensPerDay-inputTokensPerDay*cacheHitShare)*priceCacheMissUsdPerM/1000000"
                                 "+outputTokensPerDay*priceOutputUsdPerM/1000000"),
    ("revenuePerDay", "theoreticalRevenuePerDay*(paidRate*priceRealization)"),
    ("costProfitMargin", "revenuePerDay/totalCostPerDay-1"),
    ("revenueMargin", "1-totalCostPerDay/revenuePerDay"),
    ("breakEvenPaidRate", "totalCostPerDay/(theoreticalRevenuePerDay*priceRealization)"),
    ("costPerMillionOutputTokensUsd", "totalCostPerDay/outputTokensPerDay*1000000"),
    ("fullRevenue", "cards*rentalCnyPerCardHour*8760/1000000"),
    ("fixedCost", "opexCnyMillionsPerYear+capexCnyMillions/depreciationYears"),
    ("annualRevenue", "fullRevenue*occupancy"),
    ("annualProfit", "annualRevenue-fixedCost"),
    ("breakEvenOccupancy", "fixedCost/fullRevenue"),
    ("cashPerYear", "annualRevenue-opexCnyMillionsPerYear"),
    # NA() where the app has no value (a payback that never comes).
    ("paybackYears", "IF(cashPerYear>0;capexCnyMillions/cashPerYear;NA())"),
    ("centresFilled", "provisionedGpus/cards"),
    ("gpusPerMillionDau", "provisionedGpus/dauMillions"),
    ("dauToBreakEvenMillions", "IF(breakEvenOccupancy<=1;breakEvenOccupancy*cards/gpusPerMillionDau;NA())"),
    # §9: the price factor, the multiplier and the break-even elasticity (centres basis).
    ("priceFactor", "1-costPassThrough*(1-1/efficiencyGain)"),
    ("gpuDemandMultiplier", "priceFactor^(-priceElasticity)/efficiencyGain"),
    ("jevonsElasticity", "IF(costPassThrough<=0;NA();IF(efficiencyGain=1;1/costPassThrough;"
                         "LN(efficiencyGain)/-LN(priceFactor)))"),
    # §10 at the final year only, closed form: supply and demand grown from today's.
    ("supplyToday", "nationalCentresOperating*cardsPerCentre"),
    ("nationalIdleCards", "supplyToday-nationalOccupancy*supplyToday"),
    ("maasToFillIdleCards", "nationalIdleCards/provisionedGpus"),
    ("inferenceLog", "LN(1+activeParamsGrowthPerYear)+LN(1+dauGrowthPerYear)+LN(1+tokensPerDauGrowthPerYear)"
                     "-LN(1+efficiencyGainPerYear)-priceElasticity*LN(1-costPassThrough*(1-1/(1+efficiencyGainPerYear)))"),
    ("marketOccupancyFinalYear",
     "nationalOccupancy*supplyToday*(trainingShareOfDemand*(1+trainingDemandGrowthPerYear)^projectionYears"
     "+(1-trainingShareOfDemand)*EXP(projectionYears*inferenceLog))"
     "/(supplyToday*(nationalCentresOperating+nationalCentresPipeline*MIN(projectionYears;pipelineYears)/pipelineYears)"
     "*(1+supplyGrowthPerYear)^MAX(0;projectionYears-pipelineYears)/nationalCentresOperating)"),
]


def linspace(lo, hi, n):
    # cc::linspace's formula, so the grid's values are the benchmark's to the bit.
    return [lo if n == 1 else lo + (hi - lo) * i / (n - 1) for i in range(n)]


def inline_formula(x_ref, y_ref):
    """revenueMargin as one expression of the raw inputs: MODEL's steps substituted
    into each other, the varied inputs replaced by the cell's row and column."""
    steps = dict(MODEL)
    needed = ["inputTokensPerDay", "outputTokensPerDay", "throughputScale", "avgBusyGpus", "provisionedGpus",
              "billedGpus", "gpuCostPerDay", "totalCostPerDay", "theoreticalRevenuePerDay", "revenuePerDay"]
    expanded = {}
    token = re.compile(r"[A-Za-z][A-Za-z0-9]*")

    def expand(expr):
        def sub(m):
            name = m.group(0)
            if name in expanded:
                return "(" + expanded[name] + ")"
            if name == X_INPUT:
                return x_ref
            if name == Y_INPUT:
                return y_ref
            return name  # a raw input's named cell, or a function (IF)
        return token.sub(sub, expr)

    for name in needed:
        expanded[name] = expand(steps[name])
    return "=" + expand(steps["revenueMargin"])


class Office:
    """A private soffice on a named pipe (nothing listens on the network), with
    its own throwaway profile so it neither disturbs nor is disturbed by a
    desktop LibreOffice."""

    def __init__(self, soffice):
        self.profile = tempfile.mkdtemp(prefix="cc_peers_lo_")
        self.pipe = f"cc_peers_{os.getpid()}"
        self.proc = subprocess.Popen(
            [soffice, "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
             f"-env:UserInstallation=file://{self.profile}",
             f"--accept=pipe,name={self.pipe};urp;StarOffice.ComponentContext"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + 60
        while True:
            try:
                ctx = resolver.resolve(f"uno:pipe,name={self.pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:  # NoConnectException until soffice is listening
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.close()
                    raise RuntimeError("soffice did not start listening on its pipe")
                time.sleep(0.25)
        self.desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)

    def new_spreadsheet(self):
        hidden = PropertyValue()
        hidden.Name, hidden.Value = "Hidden", True
        return self.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (hidden,))

    def close(self):
        try:
            if getattr(self, "desktop", None) is not None:
                self.desktop.terminate()
        except Exception:
            pass  # terminate() drops the bridge it was called over; that is the expected end
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


def add_inputs_sheet(doc):
    """The Inputs sheet: one named cell per input, the broker preset's values."""
    sheets = doc.Sheets
    sheet = sheets.getByIndex(0)
    sheet.Name = "Inputs"
    names = doc.NamedRanges
    for row, (name, value) in enumerate(BROKER.items()):
        sheet.getCellByPosition(0, row).String = name
        sheet.getCellByPosition(1, row).Value = value
        names.addNewByName(name, f"$Inputs.$B${row + 1}", CellAddress(0, 0, 0), 0)
    return sheet


def add_model_sheet(doc):
    doc.Sheets.insertNewByName("Model", 1)
    sheet = doc.Sheets.getByName("Model")
    names = doc.NamedRanges
    # Names first, then formulas: a formula naming a cell not yet named would not compile.
    for row, (name, _) in enumerate(MODEL):
        sheet.getCellByPosition(0, row).String = name
        names.addNewByName(name, f"$Model.$B${row + 1}", CellAddress(1, 0, 0), 0)
    for row, (_, formula) in enumerate(MODEL):
        sheet.getCellByPosition(1, row).Formula = "=" + formula
    return sheet


def add_axes(sheet, xs, ys):
    # Row 1 holds the x values from B1 on, column A the y values from A2 down.
    sheet.getCellRangeByPosition(1, 0, len(xs), 0).setDataArray((tuple(xs),))
    sheet.getCellRangeByPosition(0, 1, 0, len(ys)).setDataArray(tuple((y,) for y in ys))


def build_inline(doc, xs, ys):
    add_inputs_sheet(doc)
    doc.Sheets.insertNewByName("Table", 1)
    sheet = doc.Sheets.getByName("Table")
    add_axes(sheet, xs, ys)
    # One formula in B2, then filled right and down as an analyst drags it: the
    # relative $A2 / B$1 follow the row and column.
    sheet.getCellByPosition(1, 1).Formula = inline_formula("B$1", "$A2")
    fill(sheet, len(xs), len(ys))
    return sheet


def fill(sheet, nx, ny):
    sheet.getCellRangeByPosition(1, 1, nx, 1).fillAuto(TO_RIGHT, 1)
    sheet.getCellRangeByPosition(1, 1, nx, ny).fillAuto(TO_BOTTOM, 1)


def build_mo(doc, xs, ys):
    add_inputs_sheet(doc)
    add_model_sheet(doc)
    doc.Sheets.insertNewByName("Table", 2)
    sheet = doc.Sheets.getByName("Table")
    add_axes(sheet, xs, ys)
    # MULTIPLE.OPERATIONS(formula; cell; replacement; cell; replacement): the
    # model's revenueMargin with paidRate replaced by the column's value in row
    # 1 and gpuShareOfTotalCost by the row's value in column A. The UNO API
    # grammar spells the function TABLE (MULTIPLE.OPERATIONS is a #NAME? there);
    # the sheet shows MULTIPLE.OPERATIONS, which main() prints as evidence.
    first = f"=TABLE($Model.$B${[n for n, _ in MODEL].index('revenueMargin') + 1};" \
            f"$Inputs.$B${list(BROKER).index(X_INPUT) + 1};B$1;$Inputs.$B${list(BROKER).index(Y_INPUT) + 1};$A2)"
    sheet.getCellByPosition(1, 1).Formula = first
    fill(sheet, len(xs), len(ys))
    return sheet


def time_recalc(doc, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        doc.calculateAll()  # a hard recalculation of every formula cell, dirty or not
        times.append((time.perf_counter() - start) * 1e3)
    return times


def app_outputs(app, overrides):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    args = [app, "--headless", "--json", "--preset", "broker"]
    for name, value in overrides.items():
        args += ["--set", f"{name}={value!r}"]
    done = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
    return json.loads(done.stdout)


def close_enough(got, want):
    return abs(got - want) <= 1e-9 * max(abs(want), 1e-300)


def check_table(sheet, xs, ys, app, label):
    """A few cells (the corners, the middle) against the app at the same inputs."""
    failures = 0
    picks = {(0, 0), (0, len(xs) - 1), (len(ys) - 1, 0), (len(ys) - 1, len(xs) - 1), (len(ys) // 2, len(xs) // 3)}
    for iy, ix in sorted(picks):
        # cc::linspace(0.2, 1, 400) ends at 1.0000000000000002, past the valid
        # range the app's --set enforces (the benchmark's evaluate() does not):
        # such a cell cannot be asked of the app, so its inward neighbour is.
        while ys[iy] > VALID_MAX and iy > 0:
            print(f"{label}: row {iy} ({Y_INPUT} = {ys[iy]!r}) is past the valid range; checking row {iy - 1}")
            iy -= 1
        while xs[ix] > VALID_MAX and ix > 0:
            print(f"{label}: column {ix} ({X_INPUT} = {xs[ix]!r}) is past the valid range; checking column {ix - 1}")
            ix -= 1
        cell = sheet.getCellByPosition(1 + ix, 1 + iy)
        want = app_outputs(app, {X_INPUT: xs[ix], Y_INPUT: ys[iy]})["revenueMargin"]
        if cell.getError() or not close_enough(cell.Value, want):
            print(f"{label}: cell ({iy}, {ix}) = {cell.Value!r} (error {cell.getError()}), the app says {want!r}")
            failures += 1
    print(f"{label}: {len(picks)} cells checked against {app}")
    return failures


def check_model(doc, app):
    """Every output of the Model sheet against the app's --json at the broker preset."""
    failures = 0
    want = app_outputs(app, {})
    sheet = doc.Sheets.getByName("Model")
    rows = {name: row for row, (name, _) in enumerate(MODEL)}
    scalar_ids = [k for k, v in want.items() if not isinstance(v, (list, str))]  # not the waterfall, decodeBottleneck
    for k in scalar_ids:
        if k in NOT_MODELLED:
            continue
        if k not in rows:
            print(f"model sheet: no cell for the app's output {k}")
            failures += 1
            continue
        cell = sheet.getCellByPosition(1, rows[k])
        same = cell.getError() != 0 if want[k] is None else (not cell.getError() and close_enough(cell.Value, want[k]))
        if not same:
            print(f"model sheet: {k} = {cell.Value!r} (error {cell.getError()}), the app says {want[k]!r}")
            failures += 1
    print(f"model sheet: {len(scalar_ids) - len(NOT_MODELLED)} outputs checked against {app}"
          f" ({', '.join(sorted(NOT_MODELLED))} not modelled)")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="timed recalculations; the median is printed (default 5)")
    # The data table takes ~1.7 ms a cell on the 2-core machine: 3 timed
    # recalculations of 100 × 100 already take most of a minute.
    parser.add_argument("--mo-runs", type=int, default=3, help="timed recalculations of the MULTIPLE.OPERATIONS table (default 3)")
    parser.add_argument("--size", type=int, default=400, help="the hand-inlined grid is size × size (default 400)")
    parser.add_argument("--mo-size", type=int, default=100, help="the MULTIPLE.OPERATIONS table (default 100; 0 skips it)")
    parser.add_argument("--app", default="./build/app/computechain", help="the app whose numbers the cells are checked against")
    parser.add_argument("--soffice", default=shutil.which("soffice") or "/usr/bin/soffice")
    args = parser.parse_args()
    if args.runs < 1 or args.mo_runs < 1 or args.size < 2 or args.mo_size < 0 or args.mo_size == 1:
        parser.error("--runs and --mo-runs ≥ 1, --size ≥ 2, --mo-size 0 or ≥ 2")
    if not os.access(args.app, os.X_OK):
        parser.error(f"{args.app} is not an executable: the cells could not be checked (--app)")

    failures = 0
    office = Office(args.soffice)
    try:
        xs, ys = linspace(*X_RANGE, args.size), linspace(*Y_RANGE, args.size)
        doc = office.new_spreadsheet()
        sheet = build_inline(doc, xs, ys)
        doc.calculateAll()  # untimed: the first calculation compiles the formulas
        times = time_recalc(doc, args.runs)
        print(f"calc inline {args.size}×{args.size}: runs {', '.join(f'{t:.1f}' for t in times)} ms")
        print(f"inline_median_ms {statistics.median(times):.3f}")
        failures += check_table(sheet, xs, ys, args.app, f"inline {args.size}×{args.size}")
        doc.close(True)

        if args.mo_size:
            xs, ys = linspace(*X_RANGE, args.mo_size), linspace(*Y_RANGE, args.mo_size)
            doc = office.new_spreadsheet()
            sheet = build_mo(doc, xs, ys)
            print(f"MULTIPLE.OPERATIONS table: B2 reads {sheet.getCellByPosition(1, 1).FormulaLocal}")
            doc.calculateAll()
            times = time_recalc(doc, args.mo_runs)
            print(f"calc MULTIPLE.OPERATIONS {args.mo_size}×{args.mo_size}: runs {', '.join(f'{t:.1f}' for t in times)} ms")
            print(f"mo_median_ms {statistics.median(times):.3f}")
            failures += check_model(doc, args.app)
            failures += check_table(sheet, xs, ys, args.app, f"MULTIPLE.OPERATIONS {args.mo_size}×{args.mo_size}")
            doc.close(True)
    finally:
        office.close()
    if failures:
        print(f"FAIL: {failures} cells differ from the app")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
