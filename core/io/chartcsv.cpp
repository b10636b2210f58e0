// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/chartcsv.h"

#include "core/io/qtext.h"
#include "core/model/validation.h"

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

std::optional<double> defined(double v)
{
    return std::isfinite(v) ? std::optional(v) : std::nullopt;
}

QString number(std::optional<double> v)
{
    return v ? toQString(formatNumber(*v)) : QString();
}

} // namespace

std::vector<ChartRow> chartRows(const chart::ChartData &data, const TextTranslator &translate)
{
    std::vector<ChartRow> rows;
    auto point = [&](ChartRow row, double x) {
        // A category chart's x is the index of its category: write the name.
        if (!data.categories.empty() && x >= 0 && x == std::floor(x) && std::size_t(x) < data.categories.size())
            row.category = translate(data.categories[std::size_t(x)]);
        else
            row.x = defined(x);
        rows.push_back(std::move(row));
    };
    for (const chart::Series &s : data.series)
        for (std::size_t i = 0; i < s.y.size(); ++i)
            point({QStringLiteral("series"), toQString(s.id), translate(s.label), {}, {}, defined(s.y[i]), {}, s.unit},
                  s.x[i]);
    for (const chart::Marker &m : data.markers)
        point({QStringLiteral("marker"), toQString(m.id), translate(m.label), {}, {}, defined(m.y), {}, data.y.unit},
              m.x);
    for (const chart::Reference &r : data.references) {
        const bool onX = r.axis == chart::Reference::Axis::X;
        const chart::Unit unit = onX ? data.x.unit : r.axis == chart::Reference::Axis::Y ? data.y.unit : data.y2.unit;
        QString label = translate(r.label).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (!r.source.doc.empty())
            label += QStringLiteral(" [%1]").arg(toQString(r.source.doc));
        std::vector<double> ends{r.from};
        if (r.to != r.from)
            ends.push_back(r.to); // a band: both edges
        for (double v : ends) {
            ChartRow row{QStringLiteral("reference"), toQString(r.id), label, {}, {}, {}, {}, unit};
            (onX ? row.x : row.y) = v;
            rows.push_back(std::move(row));
        }
    }
    for (const chart::Grid &g : data.grids)
        for (std::size_t iy = 0; iy < g.ys.size(); ++iy)
            for (std::size_t ix = 0; ix < g.xs.size(); ++ix)
                rows.push_back({QStringLiteral("cell"),
                                toQString(g.id),
                                QString(),
                                {},
                                g.xs[ix],
                                g.ys[iy],
                                defined(g.z[iy * g.xs.size() + ix]),
                                g.unit});
    return rows;
}

QByteArray chartCsv(const chart::ChartData &data, const TextTranslator &translate)
{
    QStringList lines;
    const QString xUnit = toQString(chart::unitId(data.x.unit));
    lines << QStringLiteral("kind,id,label,%1,y,value,unit")
                 .arg(xUnit.isEmpty() ? QStringLiteral("x") : QStringLiteral("x (%1)").arg(xUnit));
    for (const ChartRow &r : chartRows(data, translate)) {
        const QStringList fields{r.kind,
                                 r.id,
                                 r.label,
                                 r.category.isEmpty() ? number(r.x) : r.category,
                                 number(r.y),
                                 number(r.value),
                                 toQString(chart::unitId(r.unit))};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        lines << quoted.join(QLatin1Char(','));
    }
    // A BOM, so spreadsheet programs read the Chinese labels as UTF-8.
    return "\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace cc
