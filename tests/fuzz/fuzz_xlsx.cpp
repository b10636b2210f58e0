// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the Excel writer's inputs: any scenario that loads
// (names, notes, authors of any text, any valid inputs) must export, and the
// workbook must be a zip that starts like one.
#include "core/io/scenario.h"
#include "core/io/xlsxexport.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const cc::ScenarioLoad load = cc::parseScenario(bytes, QStringLiteral("fuzz.json"));
    if (!load.scenario)
        return 0;
    const QString path = dir.filePath(QStringLiteral("fuzz.xlsx"));
    {
        if (!cc::exportXlsx(*load.scenario, path).isEmpty())
            std::abort();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || f.read(2) != "PK")
            std::abort();
    }
    return 0;
}
