// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the scenario loader. Beyond "does not crash": any
// bytes that load must save and load back to the same inputs, and any bytes
// that do not load must say why.
#include "core/io/chartcsv.h"
#include "core/chartdata/charts.h"
#include "core/model/model.h"
#include "core/io/scenario.h"
#include "core/io/strictjson.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // The strict parser must refuse with a reason, or give a value: never both, never neither.
    const cc::StrictJson json = cc::parseStrictJson(bytes);
    if (json.ok() == !json.message().isEmpty())
        std::abort();
    const cc::ScenarioLoad load = cc::parseScenario(bytes, QStringLiteral("fuzz.json"));
    if (!load.scenario) {
        if (load.error.isEmpty())
            std::abort();
        return 0;
    }
    // What the app writes, it must open: a scenario too large to open is refused
    // at save (saveScenario), so only what fits must come back.
    const QByteArray saved = cc::serializeScenario(*load.scenario);
    if (saved.size() > cc::scenarioMaxBytes)
        return 0;
    const cc::ScenarioLoad again = cc::parseScenario(saved, QStringLiteral("again.json"));
    if (!again.scenario || !(again.scenario->inputs == load.scenario->inputs) ||
        again.scenario->distributions.size() != load.scenario->distributions.size())
        std::abort();
    for (std::size_t i = 0; i < load.scenario->distributions.size(); ++i)
        if (!(again.scenario->distributions[i].distribution == load.scenario->distributions[i].distribution))
            std::abort();
    // Every chart's data and CSV for whatever a file may hold: the CSV has a
    // header and one line per row, however the values and labels fall.
    const cc::Results results = cc::evaluate(load.scenario->inputs);
    const auto same = [](std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); };
    for (const cc::chart::ChartInfo &info : cc::chart::charts()) {
        const cc::chart::ChartData data = info.data(load.scenario->inputs, results);
        const QByteArray csv = cc::chartCsv(data, same);
        if (csv.count("\r\n") != qsizetype(cc::chartRows(data, same).size()) + 1)
            std::abort();
    }
    return 0;
}
