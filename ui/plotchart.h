// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fingerprint.h"

#include <qcustomplot.h>

namespace cc::ui {

class ScenarioModel;

// Base of the QCustomPlot charts: a title row, shared fonts, and the update
// cycle — new results refresh the data and queue one replot, so however many
// changes arrive before the next paint, the chart is drawn once.
class PlotChart : public QCustomPlot {
    Q_OBJECT
public:
    PlotChart(ScenarioModel *model, const QString &objectName, QWidget *parent = nullptr);
    const ScenarioModel *model() const { return m_model; }
    QString title() const;

protected:
    // Called once the subclass has built its items.
    void start();
    // Updates the data; false when nothing the chart shows has changed.
    virtual bool refresh() = 0;    // data changed
    virtual void retranslate() = 0; // language changed: titles, axis labels, legends
    void setTitle(const QString &text);
    // For charts whose data fills the whole plot: the legend gets a row of its own underneath.
    void placeLegendBelow();
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool m_stale = false;

protected:
    Fingerprint m_drawn; // invalidated on language change, so texts are redrawn
    ScenarioModel *m_model;
    QCPTextElement *m_title;
};

} // namespace cc::ui
