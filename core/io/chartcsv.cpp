// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcsv.h"

#include "qtext.h"
#include "validation.h"

#include <QStringList>

#include <cmath>

namespace cc {

namespace {

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// An undefined point (NaN) is an empty cell, not the text "nan".
QString number(double v)
{
    return std::isfinite(v) ? toQString(formatNumber(v)) : QString();
}

QString unitName(chart::Unit u)
{
    return toQString(chart::unitId(u));
}

} // namespace

QByteArray chartCsv(const chart::ChartData &data, const TextTranslator &translate)
{
    QStringList lines;
    auto row = [&lines](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        lines << quoted.join(QLatin1Char(','));
    };
    const QString xUnit = unitName(data.x.unit), yUnit = unitName(data.y.unit);
    row({QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("label"),
         xUnit.isEmpty() ? QStringLiteral("x") : QStringLiteral("x (%1)").arg(xUnit), QStringLiteral("y"),
         QStringLiteral("value"), QStringLiteral("unit")});
    auto xText = [&](double x) {
        // A category chart's x is the index of its category: write the name.
        if (!data.categories.empty() && x >= 0 && std::size_t(x) < data.categories.size() && x == std::floor(x))
            return translate(data.categories[std::size_t(x)]);
        return number(x);
    };
    for (const chart::Series &s : data.series)
        for (std::size_t i = 0; i < s.y.size(); ++i)
            row({QStringLiteral("series"), toQString(s.id), translate(s.label), xText(s.x[i]), number(s.y[i]), QString(),
                 unitName(s.unit)});
    for (const chart::Marker &m : data.markers)
        row({QStringLiteral("marker"), toQString(m.id), translate(m.label), xText(m.x), number(m.y), QString(), yUnit});
    for (const chart::Reference &r : data.references) {
        const bool onX = r.axis == chart::Reference::Axis::X;
        const QString unit = onX ? xUnit : r.axis == chart::Reference::Axis::Y ? yUnit : unitName(data.y2.unit);
        QString label = translate(r.label).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (!r.source.doc.empty())
            label += QStringLiteral(" [%1]").arg(toQString(r.source.doc));
        std::vector<double> ends{r.from};
        if (r.to != r.from)
            ends.push_back(r.to); // a band: both edges
        for (double v : ends)
            row({QStringLiteral("reference"), toQString(r.id), label, onX ? number(v) : QString(),
                 onX ? QString() : number(v), QString(), unit});
    }
    for (const chart::Grid &g : data.grids)
        for (std::size_t iy = 0; iy < g.ys.size(); ++iy)
            for (std::size_t ix = 0; ix < g.xs.size(); ++ix)
                row({QStringLiteral("cell"), toQString(g.id), QString(), number(g.xs[ix]), number(g.ys[iy]),
                     number(g.z[iy * g.xs.size() + ix]), unitName(g.unit)});
    // A BOM, so spreadsheet programs read the Chinese labels as UTF-8.
    return "\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace cc
