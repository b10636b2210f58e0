// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the command line: any words a script or a clumsy hand
// can produce (NUL-separated) must either parse or be refused with a reason,
// and numbers must read back to what they print.
#include "core/io/commandline.h"
#include "core/model/validation.h"

#include <QStringList>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QStringList args{QStringLiteral("computechain")};
    for (const QByteArray &word : bytes.split('\0'))
        args << QString::fromUtf8(word);
    const cc::CommandLine cl = cc::parseCommandLine(args);
    // Refused, or everything it took is well-formed: no key=value pair without its key.
    if (cl.error.isEmpty()) {
        for (const auto &[id, value] : cl.sets)
            if (id.isEmpty())
                std::abort();
        for (const auto &[id, file] : cl.exportCharts)
            if (id.isEmpty() || file.isEmpty())
                std::abort();
        if (cl.samples < 1000 || cl.samples > 10'000'000)
            std::abort();
    }
    // The value parser: whatever it accepts prints back to the same number, in any locale.
    const std::string text = bytes.left(64).toStdString();
    if (const std::optional<double> v = cc::parseNumber(text); v && std::isfinite(*v)) {
        const std::optional<double> again = cc::parseNumber(cc::formatNumber(*v));
        if (!again || *again != *v)
            std::abort();
    }
    for (const cc::ParamInfo &p : cc::parameters()) {
        const cc::ParsedValue parsed = cc::parseValue(p.id, text);
        if (!parsed.error && cc::checkValue(p, parsed.value))
            std::abort(); // accepted a value outside the domain
        if (parsed.error && parsed.error->message().empty())
            std::abort();
    }
    return 0;
}
