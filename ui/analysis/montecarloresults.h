// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/montecarlodata.h"

#include <QWidget>

class QCustomPlot;
class QLabel;

namespace cc::ui {

// A Monte Carlo run as the reader sees it: the summary line, the histogram and
// CDF of one output, and what drives it. Draws a MonteCarloSummary computed in
// core; computes nothing itself.
class MonteCarloResultsView : public QWidget {
    Q_OBJECT
public:
    explicit MonteCarloResultsView(QWidget *parent = nullptr);
    // `drivers`: keep the drivers chart as it is when the summary has none (a live step).
    void showSummary(const MonteCarloResult &r, const chart::MonteCarloSummary &s);
    void showMessage(const QString &text);
    QString summaryText() const;

private:
    void drawHistogram(const OutputInfo &out, const chart::ChartData &c);
    void drawDrivers(const std::vector<Sensitivity> &drivers);

    chart::ChartData m_chart; // what the histogram shows, for its export
    QLabel *m_summary;
    QCustomPlot *m_histogram, *m_sensitivity;
};

} // namespace cc::ui
