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

} // namespace cc
