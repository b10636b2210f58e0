// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdata/servingcharts.h"

#include "core/analysis/chipcomparison.h"
#include "core/model/registry.h"
#include "core/model/serving.h"
#include "core/model/validation.h"

#include <algorithm>
#include <cmath>

namespace cc::chart {

ChartData scaleEffectData(const Inputs &in, const Results &r)
{
    const ServingPair &pair = pairOf(in.card, in.modelArch);
    const double measured = in.decodeTokensPerSecPerNode / in.gpusPerNode;
    const double efficiency = kernel::decodeEfficiency(measured);
    const auto step = kernel::decodeStep(pair, in.contextTokens, in.decodeGpusPerInstance, in.gpusPerNode);
    const double budget = efficiency * in.decodeTpotMs / 1000;
    const double latencyWall =
        std::min({budget / step.compute, (budget - step.memory0) / step.memory1, budget / step.link});
    const double hbmWall = (pair.hbmBytes - step.weights) / step.kvPerSeq;
    // The scenario's throughput over the physics' at its own batch: the same
    // factor (DS6's calibration, utilization) carries the whole curve.
    const kernel::DecodePoint<double> here = kernel::decodePoint(step, pair, in.decodeTpotMs / 1000, efficiency);
    const double scale = here.tokensPerSec > 0 ? r.decodeTokensPerSecPerGpu / here.tokensPerSec : 0;

    ChartData d;
    const double xMax = std::max(1.0, std::ceil(std::max(latencyWall, std::min(hbmWall, latencyWall * 2)) * 1.25));
    d.x = {CC_CHART_TR("Concurrent sequences per GPU"), Unit::Sequences, 0, xMax};
    d.y = {CC_CHART_TR("Decode tokens/s per GPU"), Unit::TokensPerSec, 0, 0};
    Series curve{"decodeTokensPerSecPerGpu", CC_CHART_TR("decode throughput"), Unit::TokensPerSec, {}, {}};
    std::vector<int> regions; // the longest part of the step at each point
    constexpr int points = 160;
    for (int i = 1; i <= points; ++i) {
        const double b = xMax * i / points;
        curve.x.push_back(b);
        curve.y.push_back(efficiency * b / step.at(b) * scale);
        const double compute = step.compute * b, memory = step.memory0 + step.memory1 * b, link = step.link * b;
        regions.push_back(memory >= compute && memory >= link ? 1 : link >= compute ? 2 : 0);
    }
    d.series = {std::move(curve)};
    const Source physics{"docs/serving-model.md",
                         "§2: the largest batch whose step meets the latency target and "
                         "whose KV fits in HBM beside the weights",
                         Provenance::Derived};
    d.references = {
        {"latencyWall", CC_CHART_TR("latency wall"), Reference::Axis::X, latencyWall, latencyWall, physics},
        {"hbmWall", CC_CHART_TR("HBM full"), Reference::Axis::X, hbmWall, hbmWall, physics},
    };
    static constexpr std::string_view labels[] = {CC_CHART_TR("compute-bound"), CC_CHART_TR("memory-bound"),
                                                  CC_CHART_TR("network-bound")};
    const std::vector<double> &xs = d.series.front().x;
    for (std::size_t i = 0; i < regions.size();) {
        std::size_t j = i;
        while (j + 1 < regions.size() && regions[j + 1] == regions[i])
            ++j;
        d.references.push_back({scaleeffect::bandIds[regions[i]], labels[regions[i]], Reference::Axis::X,
                                i == 0 ? 0.0 : xs[i - 1], xs[j], physics});
        i = j + 1;
    }
    d.markers = {{"scenario", CC_CHART_TR("this scenario"), r.decodeSequencesPerGpu, r.decodeTokensPerSecPerGpu}};
    return d;
}

ChartData scaleByInstanceData(const Inputs &in, const Results &r)
{
    ChartData d;
    d.x = {CC_CHART_TR("GPUs per decode instance"), Unit::Gpus, 0, std::max(320.0, in.decodeGpusPerInstance)};
    d.y = {CC_CHART_TR("Decode tokens/s per GPU"), Unit::TokensPerSec, 0, 0};
    Series curve{"decodeTokensPerSecPerGpu", CC_CHART_TR("decode throughput"), Unit::TokensPerSec, {}, {}};
    Inputs at = in;
    for (int g = 8; g <= int(d.x.max); g += 8) {
        at.decodeGpusPerInstance = g;
        curve.x.push_back(g);
        curve.y.push_back(servingProblem(at) ? std::nan("") : kernel::servingRates(at).decodePerGpu);
    }
    d.series = {std::move(curve)};
    const double domain = std::max(in.gpusPerNode, pairOf(in.card, in.modelArch).scaleUpDomain);
    d.references = {
        {"scaleUpDomain",
         CC_CHART_TR("one scale-up domain"),
         Reference::Axis::X,
         domain,
         domain,
         {"docs/serving-model.md", "§2: inside one domain expert traffic stays on NVLink / UB", Provenance::Derived}}};
    d.markers = {{"scenario", CC_CHART_TR("this scenario"), in.decodeGpusPerInstance, r.decodeTokensPerSecPerGpu}};
    return d;
}

ChartData chipComparisonData(const Inputs &in, const Results &)
{
    ChartData d;
    // The dashboard shows each chip by its model alone: the axis title names the maker.
    d.x = {CC_CHART_TR("910B, 910C: Huawei Ascend"), Unit::None};
    d.y = {CC_CHART_TR("Provisioned GPUs"), Unit::Gpus};
    d.y2 = {CC_CHART_TR("USD per million output tokens"), Unit::UsdPerMillionTokens};
    Series gpus{"provisionedGpus", CC_CHART_TR("GPUs needed"), Unit::Gpus, {}, {}, Series::Kind::Bar};
    Series current{"current", CC_CHART_TR("this scenario's card"), Unit::Gpus, {}, {}, Series::Kind::Bar};
    Series cost{"costPerMillionOutputTokensUsd",
                CC_CHART_TR("cost per M output tokens"),
                Unit::UsdPerMillionTokens,
                {},
                {},
                Series::Kind::Points};
    cost.secondaryAxis = true;
    Series margin{"revenueMargin", CC_CHART_TR("revenue margin"), Unit::Ratio, {}, {}, Series::Kind::Points};
    Series daily{"totalCostPerDay",   CC_CHART_TR("daily cost at the chip's own rent"), Unit::UsdPerDay, {}, {},
                 Series::Kind::Points};
    int i = 0;
    for (const ChipRow &row : compareChips(in)) {
        d.categories.push_back(cardLabel(row.card));
        const double x = i++;
        const bool serves = !row.problem;
        (row.current ? current : gpus).x.push_back(x);
        (row.current ? current : gpus).y.push_back(serves ? std::round(row.results.provisionedGpus) : 0);
        cost.x.push_back(x);
        cost.y.push_back(serves ? row.results.costPerMillionOutputTokensUsd : std::nan(""));
        margin.x.push_back(x);
        margin.y.push_back(serves ? row.results.revenueMargin : std::nan(""));
        daily.x.push_back(x);
        daily.y.push_back(serves ? row.results.totalCostPerDay : std::nan(""));
    }
    d.series = {std::move(gpus), std::move(current), std::move(cost), std::move(margin), std::move(daily)};
    return d;
}

} // namespace cc::chart
