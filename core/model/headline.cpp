// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/headline.h"

#include <array>

namespace cc {

namespace {

struct Direction {
    double Results::*field;
    GoodNews good;
};

// Outputs not listed are neither.
constexpr Direction directions[] = {
    {&Results::totalCostPerDay, GoodNews::Down},
    {&Results::gpuCostPerDay, GoodNews::Down},
    {&Results::revenuePerDay, GoodNews::Up},
    {&Results::theoreticalRevenuePerDay, GoodNews::Up},
    {&Results::costProfitMargin, GoodNews::Up},
    {&Results::revenueMargin, GoodNews::Up},
    {&Results::breakEvenPaidRate, GoodNews::Down},
    {&Results::breakEvenOccupancy, GoodNews::Down},
    {&Results::annualRevenue, GoodNews::Up},
    {&Results::annualProfit, GoodNews::Up},
    {&Results::impliedMfu, GoodNews::Up},
    // For the centres the idle cards are the problem: fewer, or fewer DeepSeeks to fill them, is good news.
    {&Results::nationalIdleCards, GoodNews::Down},
    {&Results::maasToFillIdleCards, GoodNews::Down},
    {&Results::marketOccupancyFinalYear, GoodNews::Up},
};

} // namespace

GoodNews goodNews(const OutputInfo &o)
{
    if (!o.optional)
        for (const Direction &d : directions)
            if (d.field == o.value)
                return d.good;
    if (o.optional && o.optionalValue == &Results::paybackYears)
        return GoodNews::Down;
    return GoodNews::Neither;
}

std::span<const OutputInfo *const> headlineFigures()
{
    static const std::array figures{
        &output(&Results::avgBusyGpus),         &output(&Results::provisionedGpus),
        &output(&Results::totalCostPerDay),     &output(&Results::revenuePerDay),
        &output(&Results::costProfitMargin),    &output(&Results::revenueMargin),
        &output(&Results::breakEvenPaidRate),   &output(&Results::breakEvenOccupancy),
        &output(&Results::annualProfit),
        &output(&Results::maasToFillIdleCards), // "≈ N DeepSeeks to fill today's idle cards" (seed B's question)
    };
    return figures;
}

} // namespace cc
