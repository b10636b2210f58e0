// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/registry.h"
#include "core/model/source.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cc::chart {

// What a chart draws, in model units (fractions, not percent; USD, not $M),
// computed once in core: the view draws it, the CSV, the xlsx chart sheet, the
// report and the compare window write or draw the same numbers. Texts are
// English source strings; the UI translates them in the context "ChartData"
// (marked below with CC_CHART_TR so lupdate finds them).

// Units a chart axis or series is in. The view decides how to show them
// (a Ratio as %, Usd scaled to $k/$M); files write them as they are.
enum class Unit {
    None,
    Ratio,
    UsdPerDay,
    CnyMillionsPerYear,
    Gpus,
    TokensPerSec,
    Years,
    Hours,
    Multiplier,
    Count,
    Year,
    MillionUsers,
    LogPoints, // ln of a growth factor: 0.262 = ×1.30
    Sequences,
    UsdPerMillionTokens,
};
std::string_view unitId(Unit u); // "ratio", "USD/day", … — the CSV header's unit

// A line, a bar set or a set of points. For a category chart `x` holds the
// category index (0, 1, …) and ChartData::categories names them.
struct Series {
    std::string id;    // stable machine name: CSV column, test row
    std::string label; // legend text: an English source string, or the user's own (a scenario's name)
    Unit unit = Unit::None;
    std::vector<double> x, y;
    enum class Kind { Line, Bar, StackedBar, Points } kind = Kind::Line;
    bool secondaryAxis = false; // drawn against the right-hand axis
};

// A sourced line or band across the plot: seed B's 20–30 % occupancy, the
// Jevons line at 1, IDC's forecast. `from == to` draws a line.
struct Reference {
    std::string_view id;
    std::string_view label;
    enum class Axis { X, Y, SecondaryY } axis = Axis::Y;
    double from = 0, to = 0;
    Source source;
};

// The scenario's own point (or a named point such as a break-even).
struct Marker {
    std::string_view id;
    std::string_view label;
    double x = 0, y = 0;
    bool defined = true; // false: the point does not exist here (no break-even) — the view says so
};

// A value over a grid (the heat map): z[iy * xs.size() + ix].
struct Grid {
    std::string_view id;
    Unit unit = Unit::None;
    std::vector<double> xs, ys, z;
};

struct Axis {
    std::string_view label; // English source string
    Unit unit = Unit::None;
    double min = 0, max = 0; // 0,0: let the view fit the data
};

struct ChartData {
    Axis x, y, y2;
    std::vector<std::string_view> categories; // category charts: the names, English source strings
    std::vector<Series> series;
    std::vector<Reference> references;
    std::vector<Marker> markers;
    std::vector<Grid> grids;
};

} // namespace cc::chart

// Marks an English string for Qt Linguist without needing Qt here: lupdate
// reads the macro's name; the UI translates with QCoreApplication::translate(context, text).
#define CC_CHART_TR(text) text
