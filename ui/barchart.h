// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

namespace cc::ui {

class ScenarioModel;

// Base of the Qt Charts charts (bars, stacks): fixed series and axes created
// once, values replaced in place on every change — re-creating series or axes
// per slider step is what makes Qt Charts slow.
class BarChart : public QChartView {
    Q_OBJECT
public:
    BarChart(ScenarioModel *model, const QString &objectName, QWidget *parent = nullptr);
    const ScenarioModel *model() const { return m_model; }
    QString title() const;

protected:
    void start();
    virtual void refresh() = 0;
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;
    void styleAxis(QAbstractAxis *axis);

private:
    ScenarioModel *m_model;
};

} // namespace cc::ui
