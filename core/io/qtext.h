// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace cc {

// The registry's UTF-8 text (labels, quotes in Chinese) as a QString.
inline QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// A core text marked CC_TR (core/tr.h) in the installed translator's language:
// lupdate files them under the context of their namespace, "cc".
inline QString trText(std::string_view english)
{
    if (english.empty())
        return {};
    const QByteArray source(english.data(), static_cast<qsizetype>(english.size()));
    return QCoreApplication::translate("cc", source.constData());
}

// A chart text (core/chartdata, CC_CHART_TR, context "cc::chart"); a chart's
// registry and output labels are core's (CC_TR, "cc"), so that an axis names a
// figure as the parameter panel and headline bar do.
inline QString chartTrText(std::string_view english)
{
    const QByteArray source(english.data(), static_cast<qsizetype>(english.size()));
    const QString text = QCoreApplication::translate("cc::chart", source.constData());
    return text != QString::fromUtf8(source) ? text : trText(english);
}

} // namespace cc
