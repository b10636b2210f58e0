// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/chartdata.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QCustomPlot;
class QCPColorMap;
class QCPTextElement;
class QCPCurve;
class QCPGraph;
class QDoubleSpinBox;
class QListWidget;
class QSpinBox;
class QStackedWidget;

namespace cc::ui {

class RegistryCombo;
class ScenarioModel;

// Data tables around the live scenario: any two inputs × any output as a heat
// map with a contour at a chosen level, or one input × several outputs as curves.
class DataTablePanel : public QWidget {
    Q_OBJECT
public:
    explicit DataTablePanel(ScenarioModel *model, QWidget *parent = nullptr);
    void setResolution(int cells);
    int contourSegments() const { return m_segments; }
    const std::vector<double> &values() const { return m_values; }
    // The hover read-out at a pixel of the heat map: both inputs and the output of
    // the cell under it; empty outside the map.
    QString readoutAt(QPointF pixel) const;
    const QCPColorMap *colorMap() const;
    QCustomPlot *plot() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // the plot resized: the title fitted again

private:
    void refresh();
    void refreshMap();
    // Shows `title`, wrapped to the width the plot gives it.
    void setTitle(const QString &title);
    void refreshCurves();

    ScenarioModel *m_model;
    QComboBox *m_mode;
    RegistryCombo *m_x, *m_y, *m_output;
    QSpinBox *m_cells;
    QDoubleSpinBox *m_level;
    QListWidget *m_curveOutputs;
    QCustomPlot *m_plot;
    QCPColorMap *m_map = nullptr;
    QCPTextElement *m_title = nullptr;
    QString m_fullTitle; // on one line; m_title shows it fitted to the plot
    QCPCurve *m_contour = nullptr;
    QCPGraph *m_point = nullptr;
    std::vector<double> m_values;
    chart::ChartData m_data; // what the plot shows, for its exports
    int m_segments = 0;
};

} // namespace cc::ui
