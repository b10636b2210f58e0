// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the scenario loader. Beyond "does not crash": any
// bytes that load must save and load back to the same inputs, and any bytes
// that do not load must say why.
#include "jsonscan.h"
#include "scenario.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)cc::firstDuplicateKey(bytes); // must survive any bytes, not only valid JSON
    const cc::ScenarioLoad load = cc::parseScenario(bytes, QStringLiteral("fuzz.json"));
    if (!load.scenario) {
        if (load.error.isEmpty())
            std::abort();
        return 0;
    }
    const cc::ScenarioLoad again = cc::parseScenario(cc::serializeScenario(*load.scenario), QStringLiteral("again.json"));
    if (!again.scenario || !(again.scenario->inputs == load.scenario->inputs) ||
        again.scenario->distributions.size() != load.scenario->distributions.size())
        std::abort();
    for (std::size_t i = 0; i < load.scenario->distributions.size(); ++i)
        if (!(again.scenario->distributions[i].distribution == load.scenario->distributions[i].distribution))
            std::abort();
    return 0;
}
