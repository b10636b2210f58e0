// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/exportmenu.h"

#include "ui/document/settings.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QClipboard>
#include <QFileDialog>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QWidget>

namespace cc::ui {

ExportMenu::ExportMenu(QWidget *chart, std::function<ExportContext()> context, QObject *parent)
    : QObject(parent), m_chart(chart), m_context(std::move(context))
{
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(chart, &QWidget::customContextMenuRequested, this, &ExportMenu::show);
}

void ExportMenu::show(const QPoint &at)
{
    QMenu menu(m_chart);
    menu.addAction(tr("Export as PNG…"), this, [this] { saveAs(QStringLiteral("png")); });
    menu.addAction(tr("Export as SVG (vector)…"), this, [this] { saveAs(QStringLiteral("svg")); });
    menu.addAction(tr("Export as PDF (vector)…"), this, [this] { saveAs(QStringLiteral("pdf")); });
    menu.addAction(tr("Copy as image"), this, [this] {
        QImage image(QSize(1600, 1000), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(2, 2);
        paintChart(m_chart, &painter, QRectF(0, 0, 800, 500), m_context());
        painter.end();
        QApplication::clipboard()->setImage(image);
        emit message(tr("Copied “%1” to the clipboard").arg(chartTitle(m_chart)));
    });
    menu.addSeparator();
    menu.addAction(tr("Save data as CSV…"), this, [this] { saveAs(QStringLiteral("csv")); });
    menu.exec(m_chart->mapToGlobal(at));
}

namespace {

// Asks for a PNG's pixel size and resolution; remembered for the next export.
bool askPngSize(QWidget *parent, QSize *size, int *dpi)
{
    Settings settings;
    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("ExportMenu", "PNG size"));
    auto *width = new QSpinBox, *height = new QSpinBox, *resolution = new QSpinBox;
    width->setRange(200, 8000);
    height->setRange(200, 8000);
    resolution->setRange(72, 600);
    width->setValue(settings.pngSize().width());
    height->setValue(settings.pngSize().height());
    resolution->setValue(settings.pngDpi());
    width->setSuffix(QStringLiteral(" px"));
    height->setSuffix(QStringLiteral(" px"));
    resolution->setSuffix(QStringLiteral(" dpi"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(QCoreApplication::translate("ExportMenu", "Width"), width);
    form->addRow(QCoreApplication::translate("ExportMenu", "Height"), height);
    form->addRow(QCoreApplication::translate("ExportMenu", "Resolution"), resolution);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *size = QSize(width->value(), height->value());
    *dpi = resolution->value();
    settings.setPngExport(*size, *dpi);
    return true;
}

} // namespace

void ExportMenu::saveAs(const QString &suffix)
{
    QSize size(1600, 1000);
    int dpi = 192;
    if (suffix == QLatin1String("png") && !askPngSize(m_chart, &size, &dpi))
        return;
    const QString suggested = m_chart->objectName().mid(6) + QLatin1Char('.') + suffix;
    const QString file = QFileDialog::getSaveFileName(m_chart, tr("Export “%1”").arg(chartTitle(m_chart)), suggested,
                                                      QStringLiteral("*.") + suffix);
    if (file.isEmpty())
        return;
    const QString error = suffix == QLatin1String("csv") ? exportChartCsv(m_chart, file)
                                                         : exportChart(m_chart, file, m_context(), size, dpi);
    emit message(error.isEmpty() ? tr("Saved %1").arg(file) : error);
}

} // namespace cc::ui
