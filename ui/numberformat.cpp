// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/numberformat.h"

#include "core/io/qtext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cc::ui {

namespace {

const QLocale &c()
{
    static const QLocale locale(QLocale::English);
    return locale;
}

QString minus(double v, const QString &magnitude)
{
    return v < 0 ? QStringLiteral("−") + magnitude : magnitude;
}

} // namespace

bool usesChineseNumbers(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

QString compactNumber(double v, const QLocale &locale)
{
    const bool zh = usesChineseNumbers(locale);
    const double a = std::abs(v);
    QString s;
    if (zh) {
        if (a >= 1e8)
            s = c().toString(a / 1e8, 'f', 2) + QStringLiteral("亿");
        else if (a >= 1e4)
            s = c().toString(a / 1e4, 'f', a >= 1e6 ? 0 : a >= 1e5 ? 1 : 2) + QStringLiteral("万");
        else
            s = c().toString(a, 'f', a >= 100 ? 0 : 1);
    } else {
        if (a >= 1e9)
            s = c().toString(a / 1e9, 'f', 2) + QLatin1Char('B');
        else if (a >= 1e6)
            s = c().toString(a / 1e6, 'f', 2) + QLatin1Char('M');
        else if (a >= 1e4)
            s = c().toString(a / 1e3, 'f', 1) + QLatin1Char('K');
        else
            s = c().toString(a, 'f', a >= 100 ? 0 : 1);
    }
    return minus(v, s);
}

QString formatPercent(double fraction, int decimals)
{
    return minus(fraction, c().toString(std::abs(fraction) * 100, 'f', decimals)) + QLatin1Char('%');
}

QString formatFigure(double v, OutputKind kind, const QLocale &locale, int decimals)
{
    const bool zh = usesChineseNumbers(locale);
    const auto f = [&](double x, int own) { return c().toString(x, 'f', decimals >= 0 ? decimals : own); };
    switch (kind) {
    case OutputKind::Ratio: return formatPercent(v, std::abs(v) >= 1 ? 0 : 1); // DS6 writes 545 %, not 545.1 %
    case OutputKind::Gpus: return compactNumber(v, locale);
    case OutputKind::UsdPerDay:
        return zh ? compactNumber(v, locale) + QStringLiteral("美元/日")
                  : minus(v, QLatin1Char('$') + compactNumber(std::abs(v), locale)) + QStringLiteral("/day");
    case OutputKind::CnyMillionsPerYear:
        return zh ? compactNumber(v * 1e6, locale) + QStringLiteral("元/年")
                  : minus(v, QStringLiteral("¥") + f(std::abs(v), 1)) + QStringLiteral("M/yr");
    case OutputKind::Years: return f(v, 1) + (zh ? QStringLiteral(" 年") : QStringLiteral(" years"));
    case OutputKind::Count: return f(v, 2);
    case OutputKind::MillionUsers: return compactNumber(v * 1e6, locale);
    case OutputKind::Multiplier: return f(v, 2) + (zh ? QStringLiteral(" 倍") : QStringLiteral("×"));
    case OutputKind::Elasticity: return QStringLiteral("ε = ") + f(v, 2);
    case OutputKind::Year: return QString::number(v, 'f', 0);
    case OutputKind::MaasCount:
        // "≈" lives in the label: the figure must fit a compare-table column beside $561.98K/day.
        return zh ? QStringLiteral("%1 个 DeepSeek").arg(c().toString(v, 'f', 0))
                  : (std::lround(v) == 1 ? QStringLiteral("%1 DeepSeek") : QStringLiteral("%1 DeepSeeks"))
                        .arg(c().toString(v, 'f', 0));
    case OutputKind::TokensPerSec:
        return compactNumber(v, locale) + (zh ? QStringLiteral("/秒") : QStringLiteral("/s"));
    case OutputKind::Sequences: return f(v, 1) + (zh ? QStringLiteral(" 条") : QString());
    case OutputKind::UsdPerMillionTokens:
        return zh ? f(v, 3) + QStringLiteral(" 美元/百万")
                  : minus(v, QLatin1Char('$') + f(std::abs(v), 3)) + QStringLiteral("/M");
    }
    return {};
}

QString formatDelta(double value, double reference, OutputKind kind, const QLocale &locale)
{
    const bool zh = usesChineseNumbers(locale);
    if (kind == OutputKind::Ratio) {
        const double pt = (value - reference) * 100;
        if (std::abs(pt) < 0.05)
            return {};
        const QString n = c().toString(std::abs(pt), 'f', 1);
        return (pt > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + n +
               (zh ? QStringLiteral(" 个百分点") : QStringLiteral(" pt"));
    }
    if (reference == 0 || std::abs(value - reference) <= 5e-4 * std::abs(reference))
        return {};
    const double pct = (value - reference) / std::abs(reference) * 100;
    return (pct > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + c().toString(std::abs(pct), 'f', 1) +
           QLatin1Char('%');
}

bool shownAsNumber(const OutputInfo &o, std::optional<double> v)
{
    return v && !(&o == &output(&Results::breakEvenPaidRate) && *v > 1);
}

QString formatOutput(const OutputInfo &o, std::optional<double> v, const QLocale &locale)
{
    if (!v)
        return trText(o.undefined);
    if (!shownAsNumber(o, v))
        return usesChineseNumbers(locale) ? QStringLiteral("不可达") : QStringLiteral("not reachable");
    return formatFigure(*v, o.kind, locale);
}

QString formatInput(const ParamInfo &p, double v)
{
    if (p.isChoice())
        return trText(p.choices[std::size_t(std::clamp(int(v), 0, int(p.choices.size()) - 1))].label);
    if (p.ratio)
        return formatPercent(v, p.decimals);
    return c().toString(v, 'f', p.decimals);
}

QString formatInputShort(const ParamInfo &p, double v)
{
    const QString text = formatInput(p, v);
    if (!p.isChoice())
        return text;
    return text.section(QLatin1Char(':'), 0, 0).section(QChar(0xff1a), 0, 0); // and the full-width colon of zh labels
}

QString provenanceText(Provenance p)
{
    // For lupdate: the words are translated under "cc::ui::ParameterEditor", where they always were.
    static_cast<void>(QT_TRANSLATE_NOOP("cc::ui::ParameterEditor", "sourced"));
    static_cast<void>(QT_TRANSLATE_NOOP("cc::ui::ParameterEditor", "derived"));
    static_cast<void>(QT_TRANSLATE_NOOP("cc::ui::ParameterEditor", "assumption"));
    return QCoreApplication::translate("cc::ui::ParameterEditor", provenanceName(p).data());
}

bool differs(double a, double b)
{
    return a != b && std::abs(a - b) > 1e-12 * std::max(std::abs(a), std::abs(b));
}

bool differs(std::optional<double> a, std::optional<double> b)
{
    return a.has_value() != b.has_value() || (a && differs(*a, *b));
}

} // namespace cc::ui
