// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace cc::ui {

// A ChartData text (English source string, marked CC_CHART_TR in core) in the
// reader's language: core has no Qt, so its strings live in the context "ChartData".
inline QString chartText(std::string_view english)
{
    const QByteArray source(english.data(), qsizetype(english.size()));
    return QCoreApplication::translate("ChartData", source.constData());
}

} // namespace cc::ui
