// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/resultjson.h"

#include "core/model/serving.h"

#include "core/io/qtext.h"

#include "core/model/outputs.h"

#include <QJsonArray>

namespace cc {

QJsonObject resultsToJson(const Results &r)
{
    QJsonObject o;
    for (const OutputInfo &info : outputs()) {
        const std::optional<double> v = info.get(r);
        o.insert(toQString(info.id), v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null));
    }
    QJsonArray steps;
    for (const WaterfallEntry &e : r.waterfall)
        steps.append(QJsonObject{{QStringLiteral("step"), toQString(waterfallStepId(e.step))},
                                 {QStringLiteral("value"), e.value}});
    o.insert(QStringLiteral("waterfall"), steps);
    // Not a number: which wall a decode step hits (serving.h), by its id.
    o.insert(QStringLiteral("decodeBottleneck"),
             toQString(bottleneckId(static_cast<Bottleneck>(static_cast<int>(r.decodeBottleneck)))));
    return o;
}

} // namespace cc
