// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/analysiswindow.h"

#include "ui/analysis/analysisplacement.h"
#include "ui/analysis/datatablepanel.h"
#include "ui/analysis/goalseekpanel.h"
#include "ui/analysis/growthpanel.h"
#include "ui/analysis/montecarlopanel.h"
#include "ui/analysis/tornadopanel.h"
#include "ui/windowlayout.h"

#include <QEvent>
#include <QScreen>
#include <QTabWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace cc::ui {

AnalysisWindow::AnalysisWindow(ScenarioModel *model, QWidget *parent)
    : QWidget(parent, Qt::Window), m_model(model), m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("analysisWindow"));
    m_tabs->addTab(new GoalSeekPanel(model), QString());
    m_tabs->addTab(new TornadoPanel(model), QString());
    m_tabs->addTab(new DataTablePanel(model), QString());
    m_tabs->addTab(new MonteCarloPanel(model), QString());
    m_tabs->addTab(new GrowthPanel(model), QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    retranslate();
    // Within the screen: at 1280×720 a 1300×850 window hid its charts' lower half.
    resize(fittedSize(QSize(1300, 850), screen() ? screen()->availableGeometry() : QRect()));
}

void AnalysisWindow::placeBeside(const QWidget *mainWindow, const QWidget *charts)
{
    const QScreen *screen = mainWindow->screen();
    if (!screen)
        return;
    // Its minimum as it will be shown: a QCustomPlot's minimum counts its tick
    // labels, which it measures when it first draws — unmeasured, the tornado
    // and the data table read 80 px narrower and the window, sized to that,
    // grew past the screen's edge when shown (872 px where 785 were planned).
    ensurePolished();
    for (QCustomPlot *plot : findChildren<QCustomPlot *>())
        plot->replot();
    // Not shown yet, this window has no frame of its own: assume the main window's.
    const QRect mainFrame = mainWindow->frameGeometry(), mainClient = mainWindow->geometry();
    const QMargins frameMargins(mainClient.left() - mainFrame.left(), mainClient.top() - mainFrame.top(),
                                mainFrame.right() - mainClient.right(), mainFrame.bottom() - mainClient.bottom());
    const QSize frameExtra = mainFrame.size() - mainClient.size();
    const QRect chartsArea = charts ? QRect(charts->mapToGlobal(QPoint(0, 0)), charts->size()) : QRect();
    const QRect frame = analysisWindowFrame(mainFrame, chartsArea, screen->availableGeometry(), size() + frameExtra,
                                            minimumSizeHint().width() + frameExtra.width());
    // The client area inside that frame: before its first show, move() on X11
    // placed the client, not the frame, at the frame's corner, and at 1280×720
    // the title bar went above the screen's top, out of the mouse's reach.
    setGeometry(frame.marginsRemoved(frameMargins));
}

void AnalysisWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
    show();
    raise();
    activateWindow();
}

QList<QWidget *> AnalysisWindow::charts() const
{
    // The tabs' own, not panels replaced and waiting for deletion.
    QList<QWidget *> list;
    for (int i = 0; i < m_tabs->count(); ++i)
        for (QWidget *w : m_tabs->widget(i)->findChildren<QWidget *>())
            if (w->objectName().startsWith(QStringLiteral("chart_")))
                list << w;
    return list;
}

void AnalysisWindow::rebuildPanels()
{
    // Goal seek, tornado, data table and growth write their texts once: rebuilt in
    // the new language (their settings start afresh; the scenario is the model's).
    // Monte Carlo keeps its run and retranslates itself.
    const int current = m_tabs->currentIndex();
    const QList<QPair<int, QWidget *>> fresh{{GoalSeek, new GoalSeekPanel(m_model)},
                                             {Tornado, new TornadoPanel(m_model)},
                                             {DataTable, new DataTablePanel(m_model)},
                                             {Growth, new GrowthPanel(m_model)}};
    for (const auto &[index, panel] : fresh) {
        QWidget *old = m_tabs->widget(index);
        m_tabs->removeTab(index);
        m_tabs->insertTab(index, panel, QString());
        old->hide();
        old->deleteLater();
    }
    m_tabs->setCurrentIndex(current);
    emit chartsReplaced();
}

void AnalysisWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuildPanels();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void AnalysisWindow::retranslate()
{
    setWindowTitle(tr("Analysis — ComputeChain"));
    m_tabs->setTabText(GoalSeek, tr("Goal seek"));
    m_tabs->setTabText(Tornado, tr("Tornado"));
    m_tabs->setTabText(DataTable, tr("Data table"));
    m_tabs->setTabText(MonteCarlo, tr("Monte Carlo"));
    m_tabs->setTabText(Growth, tr("Growth"));
}

} // namespace cc::ui
