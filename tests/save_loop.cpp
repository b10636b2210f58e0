// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for test_scenario's kill test: saves alternating scenarios to one
// file forever, saying "saved" after the first so the test knows a file exists.
#include "core/io/scenario.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const cc::Scenario a = cc::scenarioFromPreset(QStringLiteral("broker"));
    const cc::Scenario b = cc::scenarioFromPreset(QStringLiteral("deepseek"));
    for (long i = 0;; ++i) {
        if (!cc::saveScenario(i % 2 ? a : b, path).isEmpty())
            return 1;
        if (i == 0) {
            std::puts("saved");
            std::fflush(stdout);
        }
    }
}
