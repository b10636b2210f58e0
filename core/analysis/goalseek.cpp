// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/goalseek.h"

#include "core/model/tr.h"

#include "core/model/model.h"
#include "core/model/validation.h"

#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace cc {

namespace {

constexpr int scanPoints = 129;

struct Probe {
    const Inputs &base;
    const ParamInfo &input;
    const OutputInfo &output;
    double target;
    int evaluations = 0;
    // The output's own range over the probes: adding the target back to
    // output − target loses the output when the target is huge (1e308 − y + y = 0).
    double low = std::numeric_limits<double>::infinity(), high = -std::numeric_limits<double>::infinity();

    // Output − target, or nothing where the output has no value.
    std::optional<double> operator()(double x)
    {
        Inputs in = base;
        setValue(in, input, x);
        ++evaluations;
        const std::optional<double> v = output.get(evaluate(in));
        if (!v)
            return std::nullopt;
        low = std::min(low, *v);
        high = std::max(high, *v);
        return *v - target;
    }
};

std::vector<double> scanGrid(const ParamInfo &p)
{
    std::vector<double> xs(scanPoints);
    const bool logarithmic = p.min > 0 && p.max / p.min > 100;
    for (int i = 0; i < scanPoints; ++i) {
        const double t = double(i) / (scanPoints - 1);
        xs[i] = logarithmic ? p.min * std::pow(p.max / p.min, t) : p.min + (p.max - p.min) * t;
    }
    xs.back() = p.max;
    return xs;
}

// Brent's method (Brent 1973, as in Numerical Recipes' zbrent) on [a, b] with f(a)·f(b) ≤ 0.
double brent(Probe &f, double a, double b, double fa, double fb, double tolerance)
{
    double c = b, fc = fb, d = b - a, e = d;
    for (int iteration = 0; iteration < 200; ++iteration) {
        if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
            c = a;
            fc = fa;
            e = d = b - a;
        }
        if (std::abs(fc) < std::abs(fb)) {
            a = b;
            b = c;
            c = a;
            fa = fb;
            fb = fc;
            fc = fa;
        }
        const double tol = 2 * std::numeric_limits<double>::epsilon() * std::abs(b) + 0.5 * tolerance;
        const double m = 0.5 * (c - b);
        if (std::abs(m) <= tol || fb == 0)
            return b;
        if (std::abs(e) >= tol && std::abs(fa) > std::abs(fb)) {
            double p, q, r;
            const double s = fb / fa;
            if (a == c) {
                p = 2 * m * s;
                q = 1 - s;
            } else {
                q = fa / fc;
                r = fb / fc;
                p = s * (2 * m * q * (q - r) - (b - a) * (r - 1));
                q = (q - 1) * (r - 1) * (s - 1);
            }
            if (p > 0)
                q = -q;
            p = std::abs(p);
            if (2 * p < std::min(3 * m * q - std::abs(tol * q), std::abs(e * q))) {
                e = d;
                d = p / q;
            } else {
                d = m;
                e = d;
            }
        } else {
            d = m;
            e = d;
        }
        a = b;
        fa = fb;
        b += std::abs(d) > tol ? d : (m > 0 ? tol : -tol);
        const std::optional<double> next = f(b);
        if (!next)
            return b; // left the region where the output is defined: the bracket is as good as it gets
        fb = *next;
    }
    return b;
}

} // namespace

GoalSeekResult goalSeek(const Inputs &base, const ParamInfo &input, const OutputInfo &output, double target,
                        double relTolerance)
{
    Probe f{base, input, output, target};
    GoalSeekResult result;
    const std::vector<double> xs = scanGrid(input);
    std::vector<std::optional<double>> fs;
    fs.reserve(xs.size());
    for (const double x : xs)
        fs.push_back(f(x));
    const double low = f.low, high = f.high;
    const int best = nearestBracket(xs, fs, valueOf(base, input));
    result.outputLow = std::isfinite(low) ? low : 0;
    result.outputHigh = std::isfinite(high) ? high : 0;
    const std::string name(input.id), out(output.id);
    if (best < 0) {
        result.evaluations = f.evaluations;
        result.message = "no value of " + name + " in " + validRangeText(input) + " gives " + out + " = " +
                         formatNumber(target) + "; there " + out + " ranges from " + formatNumber(result.outputLow) +
                         " to " + formatNumber(result.outputHigh);
        return result;
    }
    const double tolerance = relTolerance * std::max(std::abs(xs[best]), std::abs(xs[best + 1]));
    const double x = *fs[best] == 0 ? xs[best] : brent(f, xs[best], xs[best + 1], *fs[best], *fs[best + 1], tolerance);
    result.value = x;
    result.achieved = f(x).value_or(0) + target;
    result.evaluations = f.evaluations;
    result.message = name + " = " + formatNumber(x) + " gives " + out + " = " + formatNumber(result.achieved);
    return result;
}

int nearestBracket(std::span<const double> xs, std::span<const std::optional<double>> fs, double current)
{
    // Of the brackets found, the one nearest the input's current value.
    int best = -1;
    const auto distance = [&](int k) { return std::min(std::abs(xs[k] - current), std::abs(xs[k + 1] - current)); };
    for (int i = 0; i + 1 < int(std::min(xs.size(), fs.size())); ++i) {
        const bool root = fs[i] && *fs[i] == 0;
        const bool crossing = fs[i] && fs[i + 1] && ((*fs[i] < 0) != (*fs[i + 1] < 0));
        if (!root && !crossing)
            continue;
        if (best < 0 || distance(i) < distance(best))
            best = i;
    }
    return best;
}

std::span<const GoalPreset> goalPresets()
{
    static const std::array table{
        GoalPreset{"breakEvenPaidRate", CC_TR("Break-even paid rate"), &Results::revenueMargin, 0.0, &Inputs::paidRate},
        GoalPreset{"paidRateFor20", CC_TR("Paid rate for a 20 % margin"), &Results::revenueMargin, 0.2,
                   &Inputs::paidRate},
        GoalPreset{"breakEvenOccupancy", CC_TR("Break-even occupancy"), &Results::annualProfit, 0.0,
                   &Inputs::occupancy},
        // DS6: 226.75 average nodes × 8 = 1,814 GPUs.
        GoalPreset{"utilizationForDs", CC_TR("Utilization that needs DS's 1,814 GPUs"), &Results::avgBusyGpus, 1814.0,
                   &Inputs::utilization},
    };
    return table;
}

} // namespace cc
