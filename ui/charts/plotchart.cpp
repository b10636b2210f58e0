// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/plotchart.h"

#include "ui/charts/chartdatasource.h"
#include "core/io/qtext.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/compactticker.h"
#include "ui/document/scenariomodel.h"

namespace cc::ui {

namespace {

// The chart's white, drawn first into the bottom buffer (the background layer)
// rather than filled under every buffer on every paint: the bottom buffer is
// then opaque and the widget paints no parent beneath it. A slider step
// repaints five charts of four buffers each; compositing them was an eighth of it.
class Paper : public QCPLayerable {
public:
    explicit Paper(QCustomPlot *plot) : QCPLayerable(plot, QStringLiteral("background")) {}

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override { painter->setAntialiasing(false); }
    // QCPLayer::draw clips each layerable to its clipRect() moved up a pixel: one more row, or the bottom one stays
    // unpainted.
    QRect clipRect() const override { return mParentPlot->viewport().adjusted(0, 0, 0, 1); }
    void draw(QCPPainter *painter) override { painter->fillRect(mParentPlot->viewport(), Qt::white); }
};

} // namespace

PlotChart::PlotChart(ScenarioModel *model, chart::ChartId id, QWidget *parent)
    : QCustomPlot(parent), m_model(model), m_info(&chart::chartInfo(id))
{
    setObjectName(QStringLiteral("chart_") + toQString(m_info->name));
    provideChartData(
        this, [this] { return data(); }, m_info);
    setMinimumSize(280, 220);
    setBackground(Qt::NoBrush);
    new Paper(this);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Smooth curves and markers; fills, axes and grid are straight edges that
    // antialiasing only slows down (it doubled a replot's cost).
    setAntialiasedElements(QCP::aePlottables | QCP::aeItems | QCP::aeScatters | QCP::aeLegendItems);
    setNotAntialiasedElements(QCP::aeAxes | QCP::aeGrid | QCP::aeFills | QCP::aeSubGrid | QCP::aeZeroLine);
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(), style::titleFont());
    plotLayout()->addElement(0, 0, m_title);
    m_title->setLayer(QStringLiteral("axes")); // drawn on a full replot, not with the data on every step
    // The right axis too: the market and chip charts label theirs, at the same (projector-scaled) size.
    for (QCPAxis *axis : {xAxis, yAxis, yAxis2}) {
        axis->setLabelFont(style::axisFont());
        axis->setTickLabelFont(style::tickFont());
        axis->grid()->setPen(QPen(QColor(0xe5, 0xe7, 0xeb)));
        axis->setBasePen(QPen(style::reference));
        axis->setTickPen(QPen(style::reference));
        axis->setSubTickPen(Qt::NoPen);
    }
    useCompactTicks(yAxis);
    legend->setFont(style::tickFont());
    legend->setBrush(QColor(255, 255, 255, 220));
    legend->setBorderPen(QPen(QColor(0xe5, 0xe7, 0xeb)));
    // The markers on top, in a buffer of their own; the overlay (QCustomPlot's
    // selection rectangle, unused here) shares the axes' buffer instead of
    // adding a fifth full-size buffer that every paint composites.
    layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    addLayer(QStringLiteral("markers"), layer(QStringLiteral("overlay")), QCustomPlot::limAbove);
    m_markers = layer(QStringLiteral("markers"));
    m_markers->setMode(QCPLayer::lmBuffered);
    layer(QStringLiteral("main"))->setMode(QCPLayer::lmBuffered);
}

void PlotChart::start()
{
    connect(m_model, &ScenarioModel::resultsChanged, this, [this] {
        // A chart nobody sees — a hidden tab, a presentation layout, or scrolled
        // out of the dashboard's view (13 charts; a 1600×1000 window shows about
        // half) — catches up when it is next painted: a slider step then replots
        // only what is on screen.
        if (!isVisible() || visibleRegion().isEmpty()) {
            m_stale = true;
            return;
        }
        redraw(refresh());
    });
    retranslate();
    refresh();
    fitLegend(width());
    // Drawn on its first paint: at launch, the charts below the fold cost nothing.
    m_buffersStale = true;
}

void PlotChart::catchUp()
{
    if (!m_stale)
        return;
    m_stale = false;
    refresh();
    m_buffersStale = true;
}

void PlotChart::paintEvent(QPaintEvent *event)
{
    catchUp();
    if (m_buffersStale) {
        m_buffersStale = false;
        fitLegend(width()); // the entries' texts may have changed meanwhile
        updateLayout();     // laid out at its size, if resized while out of view
        placeLabels();
        replot(QCustomPlot::rpQueuedRefresh); // draws the buffers now; the paint below shows them
    }
    QCustomPlot::paintEvent(event);
}

void PlotChart::redraw(Redraw what)
{
    if (what != Redraw::None && m_buffersStale) // never drawn yet: a layer alone has no buffer to draw into
        what = Redraw::All;
    if (what == Redraw::All) {
        m_buffersStale = false; // the queued replot draws them
        fitLegend(width());     // a legend entry's text may carry the scenario's numbers
        replot(QCustomPlot::rpQueuedReplot);
    } else if (what == Redraw::Data) {
        layer(QStringLiteral("main"))->replot();
        m_markers->replot();
    } else if (what == Redraw::Marker) {
        m_markers->replot(); // the other layers' buffers are still good
    }
}

QString PlotChart::title() const
{
    return m_title->text();
}

void PlotChart::setTitle(const QString &text)
{
    m_title->setText(text);
}

void PlotChart::placeLegendBelow()
{
    legend->setVisible(true);
    auto *row = new QCPLayoutGrid;
    plotLayout()->addElement(plotLayout()->rowCount(), 0, row);
    axisRect()->insetLayout()->take(legend);
    row->addElement(0, 0, legend);
    m_legendBelow = true;
    legend->setWrap(3);
    legend->setFillOrder(QCPLegend::foColumnsFirst); // re-lays the items out at the wrap above
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setRowSpacing(0);
    legend->setColumnSpacing(8);
    row->setMargins(QMargins(0, 0, 0, 0));
    plotLayout()->setRowStretchFactor(plotLayout()->rowCount() - 1, 0.001);
}

QCPBars *PlotChart::addBars(const QColor &color, double width)
{
    auto *bars = new QCPBars(xAxis, yAxis);
    bars->setPen(Qt::NoPen);
    bars->setBrush(color);
    bars->setWidth(width);
    return bars;
}

PlotChart::VerticalMarker PlotChart::addVerticalMarker(const QPen &pen)
{
    auto *line = new QCPItemStraightLine(this);
    line->setPen(pen);
    auto *label = new QCPItemText(this);
    label->setFont(style::tickFont());
    label->setColor(pen.color());
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    return {line, label};
}

void PlotChart::placeVerticalMarker(const VerticalMarker &m, const chart::Reference &r, double labelY)
{
    const bool inside = r.from > xAxis->range().lower && r.from < xAxis->range().upper;
    m.line->setVisible(inside);
    m.label->setVisible(inside);
    m.line->point1->setCoords(r.from, 0);
    m.line->point2->setCoords(r.from, 1);
    m.label->position->setCoords(r.from, labelY);
    m.label->setText(chartText(r.label));
}

PlotChart::ScenarioPoint PlotChart::addScenarioPoint(double size)
{
    auto *label = new QCPItemText(this);
    label->setLayer(m_markers);
    label->setFont(style::tickFont());
    label->setColor(style::scenario);
    label->setBrush(QColor(255, 255, 255, 220)); // readable where it crosses a flat curve or a band
    QCPGraph *dot = addGraph();
    dot->setLayer(m_markers); // after the label: drawn over its box's edge
    dot->setLineStyle(QCPGraph::lsNone);
    dot->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, style::scenario, style::scenario, size));
    return {dot, label};
}

void PlotChart::placeScenarioPoint(const ScenarioPoint &p, double x, double y, const QString &text)
{
    p.dot->setData({x}, {y}, true);
    p.label->position->setCoords(x, y);
    p.label->setText(text);
    sideScenarioLabel(p);
}

bool PlotChart::sideScenarioLabel(const ScenarioPoint &p)
{
    // Below-right: under a curve that rises from the point or runs flat through it,
    // and away from the labels along the plot's top (the scale effect's bands).
    // Left where the plot has no room on the right, above where none below.
    const QCPRange x = xAxis->range(), y = yAxis->range();
    const QPointF at = p.label->position->coords();
    const QFontMetrics metrics(p.label->font());
    const int radius = int(p.dot->scatterStyle().size() / 2) + 1;
    const bool right =
        (x.upper - at.x()) / x.size() * axisRect()->width() >= metrics.horizontalAdvance(p.label->text()) + radius + 8;
    const bool below = (at.y() - y.lower) / y.size() * axisRect()->height() >= metrics.height() + radius + 4;
    const Qt::Alignment side = (right ? Qt::AlignLeft : Qt::AlignRight) | (below ? Qt::AlignTop : Qt::AlignBottom);
    if (side == p.label->positionAlignment())
        return false;
    p.label->setPositionAlignment(side);
    p.label->setPadding(
        QMargins(right ? radius + 2 : 2, below ? radius : 1, right ? 2 : radius + 2, below ? 1 : radius));
    return true;
}

void PlotChart::showEvent(QShowEvent *event)
{
    catchUp(); // drawn on the paint that follows
    QCustomPlot::showEvent(event);
}

void PlotChart::resizeEvent(QResizeEvent *event)
{
    fitLegend(event->size().width());
    if (!isVisible() || visibleRegion().isEmpty()) {
        // As QCustomPlot's own resize does, less the replot: drawn when it is next painted.
        setViewport(rect());
        m_buffersStale = true;
        return;
    }
    QCustomPlot::resizeEvent(event); // queues the replot
    updateLayout();                  // the axis rect at the new size, for the labels' sides
    placeLabels();
}

void PlotChart::drawTo(QCPPainter *painter, QSize size)
{
    const QRect onScreen = viewport();
    setViewport(QRect(QPoint(0, 0), size));
    updateLayout();
    placeLabels();
    toPainter(painter, size.width(), size.height());
    setViewport(onScreen);
    updateLayout();
    placeLabels(); // the screen's buffers were drawn with these sides
}

void PlotChart::fitLegend(int width)
{
    if (!m_legendBelow || legend->itemCount() == 0)
        return;
    std::vector<int> widths;
    for (int i = 0; i < legend->itemCount(); ++i) // counts a wrapped grid's empty cells too
        if (QCPAbstractLegendItem *item = legend->item(i); item && item->visible())
            widths.push_back(item->minimumOuterSizeHint().width());
    const QMargins m = legend->margins();
    const int room = width - m.left() - m.right() - 8;
    int columns = 3;
    for (; columns > 1; --columns) {
        // Filled a row at a time: entry i sits in column i % columns, as wide as its widest entry.
        std::vector<int> column(std::size_t(columns), 0);
        for (std::size_t i = 0; i < widths.size(); ++i)
            column[i % std::size_t(columns)] = std::max(column[i % std::size_t(columns)], widths[i]);
        int total = legend->columnSpacing() * (columns - 1);
        for (int w : column)
            total += w;
        if (total <= room)
            break;
    }
    if (columns != legend->wrap()) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    }
}

void PlotChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_drawn.invalidate();
        retranslate();
        refresh();
        fitLegend(width());
        replot(QCustomPlot::rpQueuedReplot);
    }
    QCustomPlot::changeEvent(event);
}

chart::ChartData PlotChart::data() const
{
    return m_info->data(m_model->inputs(), m_model->results());
}

} // namespace cc::ui
