// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/datatablepanel.h"

#include "core/chartdata/analysischarts.h"
#include "ui/charts/chartdatasource.h"

#include "ui/charts/chartstyle.h"
#include "core/analysis/datatable.h"
#include "ui/analysis/divergingscale.h"
#include "ui/language.h"
#include "ui/numberformat.h"
#include "ui/analysis/outputcombo.h"
#include "core/io/qtext.h"
#include "ui/document/scenariomodel.h"
#include "core/analysis/sweep.h"

#include <QComboBox>
#include <QEvent>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QToolTip>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace cc::ui {

namespace {

double shown(const ParamInfo &p)
{
    return displayScale(p);
}

double shown(const OutputInfo &o)
{
    return displayScale(o.kind);
}

QString axisLabel(const ParamInfo &p)
{
    const QString unit = p.ratio ? QStringLiteral("%") : trText(p.unit);
    return unit.isEmpty() ? trText(p.label) : QStringLiteral("%1 (%2)").arg(trText(p.label), unit);
}

} // namespace

DataTablePanel::DataTablePanel(ScenarioModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_mode(new QComboBox), m_x(new RegistryCombo(parameter(&Inputs::paidRate))),
      m_y(new RegistryCombo(parameter(&Inputs::gpuShareOfTotalCost))),
      m_output(new RegistryCombo(output(&Results::revenueMargin))), m_cells(new QSpinBox), m_level(new QDoubleSpinBox),
      m_curveOutputs(new QListWidget), m_plot(new QCustomPlot)
{
    setObjectName(QStringLiteral("dataTablePanel"));
    m_plot->setObjectName(QStringLiteral("chart_dataTable"));
    provideChartData(m_plot, [this] { return m_data; });
    // A title, so an exported table says what it shows.
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, QString(), style::titleFont());
    // Its width never widens the plot: a long output's title ("Year national
    // occupancy reaches the centre's break-even by …") pushed the Analysis window
    // past a 1280-px screen's edge. A title too wide for the plot wraps (setTitle).
    m_title->setMinimumSize(1, 0);
    m_plot->installEventFilter(this);
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_mode->addItems({tr("Two inputs × one output (heat map)"), tr("One input × several outputs (curves)")});
    m_cells->setRange(10, 400);
    m_cells->setValue(200);
    m_cells->setSuffix(tr(" × cells"));
    m_level->setRange(-1e12, 1e12);
    m_level->setDecimals(3);
    m_level->setValue(0); // break-even for margins and profits
    const OutputInfo &firstShown = output(&Results::revenueMargin);
    for (const OutputInfo *o : {&firstShown, &output(&Results::costProfitMargin), &output(&Results::breakEvenPaidRate),
                                &output(&Results::impliedMfu)}) {
        auto *item = new QListWidgetItem(m_curveOutputs);
        item->setData(Qt::UserRole, toQString(o->id));
        item->setText(trText(o->label));
        item->setCheckState(o == &firstShown ? Qt::Checked : Qt::Unchecked);
    }
    for (const OutputInfo &o : outputs()) {
        if (m_curveOutputs->findItems(trText(o.label), Qt::MatchExactly).size())
            continue;
        auto *item = new QListWidgetItem(trText(o.label), m_curveOutputs);
        item->setData(Qt::UserRole, toQString(o.id));
        item->setCheckState(Qt::Unchecked);
    }
    m_curveOutputs->setMaximumWidth(240);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_mode, 0, 0, 1, 2);
    grid->addWidget(new QLabel(tr("X input")), 1, 0);
    grid->addWidget(m_x, 1, 1);
    grid->addWidget(new QLabel(tr("Y input")), 2, 0);
    grid->addWidget(m_y, 2, 1);
    grid->addWidget(new QLabel(tr("Output")), 3, 0);
    grid->addWidget(m_output, 3, 1);
    grid->addWidget(new QLabel(tr("Resolution")), 4, 0);
    grid->addWidget(m_cells, 4, 1);
    grid->addWidget(new QLabel(tr("Contour at (% for ratios)")), 5, 0);
    grid->addWidget(m_level, 5, 1);
    grid->addWidget(m_curveOutputs, 6, 0, 1, 2);
    grid->setRowStretch(7, 1);
    grid->addWidget(m_plot, 0, 2, 8, 1);
    grid->setColumnStretch(2, 1);

    for (QComboBox *c :
         {m_mode, static_cast<QComboBox *>(m_x), static_cast<QComboBox *>(m_y), static_cast<QComboBox *>(m_output)})
        connect(c, &QComboBox::currentIndexChanged, this, &DataTablePanel::refresh);
    connect(m_cells, &QSpinBox::valueChanged, this, &DataTablePanel::refresh);
    connect(m_level, &QDoubleSpinBox::valueChanged, this, &DataTablePanel::refresh);
    connect(m_curveOutputs, &QListWidget::itemChanged, this, &DataTablePanel::refresh);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        const QString text = readoutAt(event->position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
    });
    // 400 × 400 is about 3 ms on two cores: it can follow a slider drag on the GUI thread.
    connect(model, &ScenarioModel::resultsChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    refresh();
}

QString DataTablePanel::readoutAt(QPointF pixel) const
{
    if (!m_map || !m_plot->axisRect()->rect().contains(pixel.toPoint()))
        return {};
    const double x = m_plot->xAxis->pixelToCoord(pixel.x()), y = m_plot->yAxis->pixelToCoord(pixel.y());
    int ix = 0, iy = 0;
    m_map->data()->coordToCell(x, y, &ix, &iy);
    const int n = m_map->data()->keySize();
    if (ix < 0 || iy < 0 || ix >= n || iy >= m_map->data()->valueSize())
        return {};
    // The cell's own inputs, not the pointer's: the value shown belongs to them.
    double cx = 0, cy = 0;
    m_map->data()->cellToCoord(ix, iy, &cx, &cy);
    const ParamInfo &px = *m_x->input(), &py = *m_y->input();
    const OutputInfo &out = *m_output->output();
    const double v = m_values[std::size_t(iy) * n + ix];
    const QLocale locale = uiLocale();
    auto input = [locale](const ParamInfo &p, double shownValue) {
        return p.ratio ? formatPercent(shownValue / 100, p.decimals)
                       : compactNumber(shownValue, locale) + QLatin1Char(' ') + trText(p.unit);
    };
    return tr("%1: %2\n%3: %4\n%5: %6")
        .arg(trText(px.label), input(px, cx), trText(py.label), input(py, cy), trText(out.label),
             std::isfinite(v) ? formatFigure(v, out.kind, locale) : trText(out.undefined));
}

const QCPColorMap *DataTablePanel::colorMap() const
{
    return m_map;
}

QCustomPlot *DataTablePanel::plot() const
{
    return m_plot;
}

void DataTablePanel::setTitle(const QString &title)
{
    m_fullTitle = title;
    // Wrapped to the plot's width, at spaces (Chinese, without them, anywhere):
    // its own width must not set the plot's, and through it the window's.
    const QFontMetrics metrics(m_title->font());
    // The title sits over the axis rect's column, not the colour scale's: the
    // plot's width less the other columns, as last laid out.
    const int others = std::max(0, m_plot->viewport().width() - m_plot->axisRect()->outerRect().width());
    const int room = std::max(120, m_plot->width() - others - 16);
    const bool words = title.contains(QLatin1Char(' '));
    const QStringList pieces = words ? title.split(QLatin1Char(' ')) : QStringList(title.begin(), title.end());
    const QString gap = words ? QStringLiteral(" ") : QString();
    QStringList lines{QString()};
    for (const QString &piece : pieces) {
        const QString longer = lines.last().isEmpty() ? piece : lines.last() + gap + piece;
        if (!lines.last().isEmpty() && metrics.horizontalAdvance(longer) > room)
            lines << piece;
        else
            lines.last() = longer;
    }
    const QString shown = lines.join(QLatin1Char('\n'));
    if (shown != m_title->text())
        m_title->setText(shown);
}

bool DataTablePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Resize)
        setTitle(m_fullTitle); // before the plot lays itself out at the new size
    return QWidget::eventFilter(watched, event);
}

void DataTablePanel::setResolution(int cells)
{
    m_cells->setValue(cells);
}

void DataTablePanel::refresh()
{
    const bool map = m_mode->currentIndex() == 0;
    m_y->setEnabled(map);
    m_output->setEnabled(map);
    m_cells->setEnabled(map);
    m_level->setEnabled(map);
    m_curveOutputs->setEnabled(!map);
    m_plot->clearPlottables();
    m_plot->clearItems();
    for (int i = m_plot->plotLayout()->elementCount() - 1; i >= 0; --i)
        if (qobject_cast<QCPColorScale *>(m_plot->plotLayout()->elementAt(i)))
            m_plot->plotLayout()->remove(m_plot->plotLayout()->elementAt(i));
    m_plot->plotLayout()->simplify();
    m_map = nullptr;
    if (map)
        refreshMap();
    else
        refreshCurves();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void DataTablePanel::refreshMap()
{
    const ParamInfo &x = *m_x->input(), &y = *m_y->input();
    const OutputInfo &out = *m_output->output();
    const int n = m_cells->value();
    const std::vector<double> xs = linspace(x.sliderMin, x.sliderMax, n), ys = linspace(y.sliderMin, y.sliderMax, n);
    m_values.assign(std::size_t(n) * n, 0);
    dataTable(m_model->inputs(), x, xs, y, ys, out, std::nan(""), m_values);
    m_data = chart::dataTableData(x, xs, y, ys, out, m_values);

    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->data()->setSize(n, n);
    m_map->data()->setRange(QCPRange(xs.front() * shown(x), xs.back() * shown(x)),
                            QCPRange(ys.front() * shown(y), ys.back() * shown(y)));
    std::vector<double> finite;
    finite.reserve(m_values.size());
    for (int iy = 0; iy < n; ++iy)
        for (int ix = 0; ix < n; ++ix) {
            const double v = m_values[std::size_t(iy) * n + ix] * shown(out);
            m_map->data()->setCell(ix, iy, v);
            if (std::isfinite(v))
                finite.push_back(v);
        }
    const DivergingRange range = divergingRange(std::move(finite), m_level->value());
    auto *scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(1, 1, scale); // beside the axis rect, under the title
    m_map->setColorScale(scale);
    m_map->setGradient(divergingGradient(range.centreStop));
    m_map->setDataRange(QCPRange(range.lo, range.hi));
    scale->axis()->setLabel(trText(out.label));

    const std::vector<Segment> segments = contour(m_values, xs, ys, m_level->value() / shown(out));
    m_segments = int(segments.size());
    m_contour = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    m_contour->setPen(QPen(Qt::black, 2, Qt::DashLine));
    QVector<double> t, cx, cy;
    for (const Segment &s : segments) {
        // A NaN between segments keeps them apart.
        for (const auto &[px, py] :
             {std::pair{s.x1, s.y1}, std::pair{s.x2, s.y2}, std::pair{std::nan(""), std::nan("")}}) {
            t << t.size();
            cx << px * shown(x);
            cy << py * shown(y);
        }
    }
    m_contour->setData(t, cx, cy, true);
    m_point = m_plot->addGraph();
    m_point->setLineStyle(QCPGraph::lsNone);
    m_point->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, Qt::black, Qt::white, 10));
    m_point->setData({valueOf(m_model->inputs(), x) * shown(x)}, {valueOf(m_model->inputs(), y) * shown(y)});
    setTitle(tr("%1 by %2 and %3").arg(trText(out.label), trText(x.label), trText(y.label)));
    m_plot->xAxis->setLabel(axisLabel(x));
    m_plot->yAxis->setLabel(axisLabel(y));
    m_plot->xAxis->setRange(xs.front() * shown(x), xs.back() * shown(x));
    m_plot->yAxis->setRange(ys.front() * shown(y), ys.back() * shown(y));
    m_plot->legend->setVisible(false);
}

void DataTablePanel::refreshCurves()
{
    const ParamInfo &x = *m_x->input();
    const std::vector<double> xs = linspace(x.sliderMin, x.sliderMax, 201);
    QList<const OutputInfo *> chosen;
    for (int i = 0; i < m_curveOutputs->count(); ++i)
        if (m_curveOutputs->item(i)->checkState() == Qt::Checked)
            chosen << findOutput(m_curveOutputs->item(i)->data(Qt::UserRole).toString().toStdString());
    m_data =
        chart::outputCurvesData(m_model->inputs(), x, xs, std::span(chosen.constData(), std::size_t(chosen.size())));
    // One unit on the axis when all curves share it; otherwise each as an index, 100 = this scenario.
    bool sameKind = true;
    for (const OutputInfo *o : chosen)
        sameKind &= o->kind == chosen.first()->kind;
    for (int i = 0; i < chosen.size(); ++i) {
        const OutputInfo &o = *chosen[i];
        const std::vector<double> &ys = m_data.series[std::size_t(i)].y;
        const double base = o.get(m_model->results()).value_or(std::nan(""));
        QCPGraph *g = m_plot->addGraph();
        g->setName(trText(o.label));
        g->setPen(QPen(style::scenarioColor(i), 2));
        QVector<double> gx, gy;
        for (std::size_t k = 0; k < xs.size(); ++k) {
            gx << xs[k] * shown(x);
            gy << (sameKind ? ys[k] * shown(o) : 100 * ys[k] / base);
        }
        g->setData(gx, gy, true);
    }
    setTitle(tr("Outputs as %1 varies").arg(trText(x.label)));
    m_plot->xAxis->setLabel(axisLabel(x));
    m_plot->yAxis->setLabel(chosen.isEmpty() ? QString()
                            : sameKind       ? trText(outputUnit(chosen.first()->kind))
                                             : tr("index, this scenario = 100"));
    m_plot->legend->setVisible(true);
    m_plot->rescaleAxes();
}

} // namespace cc::ui
