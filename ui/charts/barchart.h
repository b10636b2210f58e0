// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/charts.h"
#include "ui/charts/fingerprint.h"

#include <QChartView>

class QAbstractBarSeries;
class QBarSet;
class QValueAxis;

namespace cc::ui {

class ScenarioModel;

// Base of the Qt Charts charts (bars, stacks): fixed series and axes created
// once, values replaced in place on every change — re-creating series or axes
// per slider step is what makes Qt Charts slow.
class BarChart : public QChartView {
    Q_OBJECT
public:
    BarChart(ScenarioModel *model, chart::ChartId id, QWidget *parent = nullptr);
    const chart::ChartInfo &info() const { return *m_info; }
    // What this chart draws for the model's scenario: the same numbers its exports write.
    chart::ChartData data() const;
    const ScenarioModel *model() const { return m_model; }
    QString title() const;
    // A chart out of sight (hidden, or scrolled out of the dashboard's view)
    // skips the scenario's changes; this brings it up to date, as an export must.
    void catchUp();

protected:
    void start();
    // Updates the data; false when nothing the chart shows has changed.
    virtual bool refresh() = 0;
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void styleAxis(QAbstractAxis *axis);
    // A set of `count` zeros in one colour, appended to `series`; values are replaced in place later.
    static QBarSet *addSet(QAbstractBarSeries *series, const QColor &color, int count);
    // Every replace() re-lays the series out; most bars keep their value from one step to the next.
    static void setBar(QBarSet *set, int index, double value);
    // Sets a value axis to a stable range with round ticks (see stableRange).
    static void fitValueAxis(QValueAxis *axis, double dataLo, double dataHi);

private:
    void layOut();

    ScenarioModel *m_model;
    const chart::ChartInfo *m_info;
    bool m_stale = false;

protected:
    Fingerprint m_drawn; // invalidated on language change, so texts are redrawn
};

} // namespace cc::ui
