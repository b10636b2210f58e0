// SPDX-License-Identifier: GPL-3.0-or-later
// What a day of the scenario costs and earns, and the GPUs it takes.
#include "core/chartdata/dashboardcharts.h"
#include "core/model/outputs.h"
#include "core/model/loadprofile.h"

#include <cmath>

namespace cc::chart {

ChartData costRevenueData(const Inputs &, const Results &r)
{
    ChartData d;
    d.x = {{}, Unit::None};
    d.y = {CC_CHART_TR("USD per day"), Unit::UsdPerDay};
    d.categories = {CC_CHART_TR("Cost"), CC_CHART_TR("Revenue")};
    auto part = [](std::string_view id, std::string_view label, int category, double value) {
        return Series{std::string(id), std::string(label),      Unit::UsdPerDay, {double(category)},
                      {value},         Series::Kind::StackedBar};
    };
    d.series = {
        part("gpuRent", CC_CHART_TR("GPU rent"), costrevenue::Cost, r.gpuCostPerDay),
        part("otherCosts", CC_CHART_TR("Other costs"), costrevenue::Cost, r.nonGpuCostPerDay),
        part("inputCacheHit", CC_CHART_TR("Input, cache hit"), costrevenue::Revenue, r.revenueCacheHitPerDay),
        part("inputCacheMiss", CC_CHART_TR("Input, cache miss"), costrevenue::Revenue, r.revenueCacheMissPerDay),
        part("output", CC_CHART_TR("Output"), costrevenue::Revenue, r.revenueOutputPerDay)};
    return d;
}

ChartData gpuMethodsData(const Inputs &, const Results &r)
{
    ChartData d;
    d.x = {{}, Unit::None};
    d.y = {CC_CHART_TR("GPUs"), Unit::Gpus};
    d.categories = {CC_CHART_TR("FLOPs bound (peak)"), CC_CHART_TR("Throughput: average"),
                    CC_CHART_TR("Throughput: peak"), CC_CHART_TR("Billed")};
    // Whole cards: a fraction of a GPU is not rented.
    d.series = {Series{"gpus",
                       CC_CHART_TR("GPUs"),
                       Unit::Gpus,
                       {0, 1, 2, 3},
                       {std::round(r.gpusIfComputeBound), std::round(r.avgBusyGpus), std::round(r.provisionedGpus),
                        std::round(r.billedGpus)},
                       Series::Kind::Bar}};
    d.markers = {{output(&Results::impliedMfu).id, CC_CHART_TR("implied MFU"), 0, r.impliedMfu}};
    return d;
}

ChartData loadProfileData(const Inputs &, const Results &r)
{
    ChartData d;
    d.x = {CC_CHART_TR("Hour of day (UTC+8)"), Unit::Hours, 0, 24};
    d.y = {CC_CHART_TR("GPUs"), Unit::Gpus};
    Series busy{"busyGpus", CC_CHART_TR("busy GPUs"), Unit::Gpus, {}, {}};
    for (const LoadPoint &p : scenarioLoadProfile(r)) {
        busy.x.push_back(p.startHour);
        busy.y.push_back(p.busyGpus);
    }
    busy.x.push_back(24); // the last step drawn to the end of the day
    busy.y.push_back(busy.y.back());
    d.series = {std::move(busy),
                Series{std::string(output(&Results::provisionedGpus).id),
                       CC_CHART_TR("provisioned"),
                       Unit::Gpus,
                       {0, 24},
                       {r.provisionedGpus, r.provisionedGpus}},
                Series{"averageGpus", CC_CHART_TR("average"), Unit::Gpus, {0, 24}, {r.avgBusyGpus, r.avgBusyGpus}}};
    d.markers = {{"hoursAboveCapacity", CC_CHART_TR("hours a day above capacity"), hoursAboveCapacity(r), 0}};
    return d;
}

} // namespace cc::chart
