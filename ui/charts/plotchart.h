// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/charts.h"
#include "ui/charts/fingerprint.h"

#include <qcustomplot.h>

namespace cc::ui {

class ScenarioModel;

// Base of the QCustomPlot charts: a title row, shared fonts, and the update
// cycle — new results refresh the data and queue one replot, so however many
// changes arrive before the next paint, the chart is drawn once.
class PlotChart : public QCustomPlot {
    Q_OBJECT
public:
    PlotChart(ScenarioModel *model, chart::ChartId id, QWidget *parent = nullptr);
    const chart::ChartInfo &info() const { return *m_info; }
    // What this chart draws for the model's scenario: the same numbers its exports write.
    chart::ChartData data() const;
    const ScenarioModel *model() const { return m_model; }
    QString title() const;
    // A chart out of sight (hidden, or scrolled out of the dashboard's view)
    // skips the scenario's changes; this brings its data up to date, as an
    // export must before drawing it.
    void catchUp();
    // Draws the chart at `size` (an export), labels placed for the room they
    // have at that size, then lays it out again for the screen. QCustomPlot's
    // toPainter alone keeps the sides chosen at the screen's size.
    void drawTo(QCPPainter *painter, QSize size);

protected:
    // What a refresh changed: nothing; only the scenario marker; the plotted
    // data but no axis, title or legend; or anything. The marker and data
    // layers have buffers of their own, so the first two replot alone.
    enum class Redraw { None, Marker, Data, All };

    // Called once the subclass has built its items.
    void start();
    virtual Redraw refresh() = 0;
    virtual void retranslate() = 0; // language changed: titles, axis labels, legends
    // Puts labels on the side of their point or line with room at the axis rect's
    // present size (laid out: after a resize, before an export); whether any moved.
    virtual bool placeLabels() { return false; }
    void setTitle(const QString &text);
    // For charts whose data fills the whole plot: the legend gets a row of its own underneath.
    void placeLegendBelow();
    // Bars on the main axes, borderless, in one colour: the stacked charts' parts.
    QCPBars *addBars(const QColor &color, double width = 0.6);
    // A vertical reference line across the plot (a wall, a domain's edge) and its
    // label in the line's colour, the label's y an axis-rect ratio.
    struct VerticalMarker {
        QCPItemStraightLine *line;
        QCPItemText *label;
    };
    VerticalMarker addVerticalMarker(const QPen &pen);
    // At `r`'s x with its label at `labelY`; hidden where x is outside the x axis's range.
    void placeVerticalMarker(const VerticalMarker &m, const chart::Reference &r, double labelY);
    // The scenario's point on a rising curve, its numbers beside it, both on the
    // marker layer: a step that moves only the point redraws that layer alone
    // (numbers in the legend made every step a full replot).
    struct ScenarioPoint {
        QCPGraph *dot;
        QCPItemText *label;
    };
    ScenarioPoint addScenarioPoint(double size);
    // At (x, y), the label below-right of it (see sideScenarioLabel).
    void placeScenarioPoint(const ScenarioPoint &p, double x, double y, const QString &text);
    // Chooses that side again at the axis rect's present width; whether it changed.
    bool sideScenarioLabel(const ScenarioPoint &p);
    // The layer for what follows the scenario while a slider is dragged.
    QCPLayer *markerLayer() const { return m_markers; }
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

    Fingerprint m_drawn; // invalidated on language change, so texts are redrawn

private:
    void redraw(Redraw what);
    // A legend below the plot takes as many columns (up to 3) as its entries fit
    // side by side at this width, so none is cut off in a narrow cell.
    void fitLegend(int width);

    ScenarioModel *m_model;
    const chart::ChartInfo *m_info;
    QCPTextElement *m_title;
    QCPLayer *m_markers;
    bool m_stale = false;        // data behind the scenario
    bool m_buffersStale = false; // drawn buffers behind the data
    bool m_legendBelow = false;
};

} // namespace cc::ui
