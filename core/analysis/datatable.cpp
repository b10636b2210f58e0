// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/datatable.h"

#include "core/analysis/sweep.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace cc {

void dataTable(const Inputs &base, const ParamInfo &x, std::span<const double> xs, const ParamInfo &y,
               std::span<const double> ys, const OutputInfo &out, double undefined, std::span<double> values,
               int threads)
{
    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::clamp(threads, 1, static_cast<int>(std::max<std::size_t>(ys.size(), 1)));
    const std::size_t rowsEach = (ys.size() + threads - 1) / threads;
    auto band = [&](std::size_t first) {
        const std::size_t last = std::min(ys.size(), first + rowsEach);
        if (first < last)
            sweep2d(base, x, xs, y, ys.subspan(first, last - first), out, undefined,
                    values.subspan(first * xs.size(), (last - first) * xs.size()));
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(band, t * rowsEach);
    band(0);
    for (std::thread &t : pool)
        t.join();
}

std::vector<Segment> contour(std::span<const double> values, std::span<const double> xs, std::span<const double> ys,
                             double level)
{
    std::vector<Segment> segments;
    const std::size_t nx = xs.size(), ny = ys.size();
    if (nx < 2 || ny < 2)
        return segments;
    // Where the level crosses the edge from corner a to corner b.
    auto cross = [level](double xa, double ya, double va, double xb, double yb, double vb) {
        const double t = (level - va) / (vb - va);
        return std::pair{xa + t * (xb - xa), ya + t * (yb - ya)};
    };
    for (std::size_t iy = 0; iy + 1 < ny; ++iy) {
        for (std::size_t ix = 0; ix + 1 < nx; ++ix) {
            const double v00 = values[iy * nx + ix], v10 = values[iy * nx + ix + 1];
            const double v01 = values[(iy + 1) * nx + ix], v11 = values[(iy + 1) * nx + ix + 1];
            if (std::isnan(v00) || std::isnan(v10) || std::isnan(v01) || std::isnan(v11))
                continue;
            const double x0 = xs[ix], x1 = xs[ix + 1], y0 = ys[iy], y1 = ys[iy + 1];
            std::vector<std::pair<double, double>> points;
            if ((v00 < level) != (v10 < level))
                points.push_back(cross(x0, y0, v00, x1, y0, v10));
            if ((v10 < level) != (v11 < level))
                points.push_back(cross(x1, y0, v10, x1, y1, v11));
            if ((v11 < level) != (v01 < level))
                points.push_back(cross(x1, y1, v11, x0, y1, v01));
            if ((v01 < level) != (v00 < level))
                points.push_back(cross(x0, y1, v01, x0, y0, v00));
            // Two crossings: one segment; four (a saddle): pair them in order.
            for (std::size_t k = 0; k + 1 < points.size(); k += 2)
                segments.push_back({points[k].first, points[k].second, points[k + 1].first, points[k + 1].second});
        }
    }
    return segments;
}

} // namespace cc
