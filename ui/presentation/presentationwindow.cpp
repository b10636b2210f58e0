// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationwindow.h"

#include "centreprofitchart.h"
#include "chartstyle.h"
#include "costrevenuechart.h"
#include "gpumethodschart.h"
#include "growthchart.h"
#include "language.h"
#include "loadprofilechart.h"
#include "marginheatmap.h"
#include "marginpaidratechart.h"
#include "numberformat.h"
#include "outputs.h"
#include "parametereditor.h"
#include "registry.h"
#include "scenariomodel.h"
#include "waterfallchart.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

constexpr double projectorScale = 1.8;

} // namespace

PresentationWindow::PresentationWindow(const QList<Scenario> &scenarios, QWidget *parent)
    : QWidget(parent, Qt::Window), m_scenarios(scenarios), m_model(new ScenarioModel(this)), m_title(new QLabel),
      m_position(new QLabel), m_charts(new QStackedWidget)
{
    setObjectName(QStringLiteral("presentationWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setStyleSheet(QStringLiteral("#presentationWindow { background: white; }"));
    QFont title = font();
    title.setPointSizeF(28);
    title.setBold(true);
    m_title->setFont(title);
    m_position->setStyleSheet(QStringLiteral("color:#6b7280; font-size:16px"));

    auto *figures = new QHBoxLayout;
    for (const char *id : {"revenueMargin", "costProfitMargin", "breakEvenPaidRate", "provisionedGpus", "totalCostPerDay",
                           "breakEvenOccupancy"}) {
        const OutputInfo *o = findOutput(id);
        auto *box = new QVBoxLayout;
        auto *label = new QLabel(pick(o->labelEn, o->labelZh));
        label->setStyleSheet(QStringLiteral("color:#4b5563; font-size:18px"));
        auto *value = new QLabel;
        value->setObjectName(QStringLiteral("present_") + QLatin1String(id));
        value->setStyleSheet(QStringLiteral("color:#111827; font-size:40px; font-weight:600"));
        box->addWidget(label);
        box->addWidget(value);
        figures->addLayout(box, 1);
        m_figures.append({QLatin1String(id), value});
    }

    // The dashboard's own chart classes, built with projector-sized type.
    style::setFontScale(projectorScale);
    const QList<QWidget *> charts{new WaterfallChart(m_model),    new MarginPaidRateChart(m_model),
                                  new MarginHeatmap(m_model),     new CostRevenueChart(m_model),
                                  new GpuMethodsChart(m_model),   new LoadProfileChart(m_model),
                                  new CentreProfitChart(m_model), new GrowthChart(m_model)};
    style::setFontScale(1.0);
    for (QWidget *chart : charts)
        m_charts->addWidget(chart);

    auto *levers = new QHBoxLayout;
    for (const ParamInfo &p : parameters())
        if (p.keyLever)
            levers->addWidget(new ParameterEditor(p, m_model), 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 24);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_position);
    layout->addLayout(top);
    layout->addLayout(figures);
    layout->addWidget(m_charts, 1);
    layout->addLayout(levers);

    connect(m_model, &ScenarioModel::resultsChanged, this, &PresentationWindow::refreshFigures);
    showScenario(0);
}

int PresentationWindow::chartIndex() const
{
    return m_charts->currentIndex();
}

QString PresentationWindow::figureText(const QString &outputId) const
{
    for (const auto &[id, label] : m_figures)
        if (id == outputId)
            return label->text();
    return {};
}

void PresentationWindow::showScenario(int index)
{
    if (m_scenarios.isEmpty())
        return;
    m_index = (index + int(m_scenarios.size())) % int(m_scenarios.size());
    const Scenario &s = m_scenarios[m_index];
    m_model->reset(s.inputs, s.presetId.isEmpty() ? QStringLiteral("deepseek") : s.presetId);
    m_title->setText(s.name);
    m_position->setText(tr("Scenario %1 of %2 · PgUp/PgDn scenarios · ↑/↓ charts · Esc leaves")
                            .arg(m_index + 1)
                            .arg(m_scenarios.size()));
    refreshFigures();
}

void PresentationWindow::showChart(int index)
{
    m_charts->setCurrentIndex((index + m_charts->count()) % m_charts->count());
}

void PresentationWindow::refreshFigures()
{
    for (const auto &[id, label] : m_figures) {
        const OutputInfo *o = findOutput(id.toStdString());
        const std::optional<double> v = o->get(m_model->results());
        label->setText(v ? formatFigure(*v, o->kind, zh()) : pick(o->undefinedEn, o->undefinedZh));
    }
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
        showScenario(m_index + 1);
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
        showScenario(m_index - 1);
        return;
    case Qt::Key_Down:
    case Qt::Key_Space:
        showChart(chartIndex() + 1);
        return;
    case Qt::Key_Up:
        showChart(chartIndex() - 1);
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_8) {
            showChart(event->key() - Qt::Key_1);
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

} // namespace cc::ui
