// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/parameters/parametereditor.h"

#include "core/io/qtext.h"

#include "ui/language.h"
#include "ui/charts/compactticker.h"
#include "ui/numberformat.h"
#include "ui/parameters/rangespinbox.h"
#include "ui/document/scenariomodel.h"
#include "core/model/validation.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

#include <cmath>

namespace cc::ui {

namespace {

constexpr int sliderSteps = 1000;
int nextDragId = 0;

} // namespace

ParameterEditor::ParameterEditor(const ParamInfo &p, ScenarioModel *model, QWidget *parent)
    : QWidget(parent), m_param(p), m_model(model)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(1);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("label_") + toQString(p.id));
    m_reset = new QToolButton(this);
    m_reset->setObjectName(QStringLiteral("reset_") + toQString(p.id));
    m_reset->setText(QStringLiteral("↺"));
    m_reset->setAutoRaise(true);
    connect(m_reset, &QToolButton::clicked, this, [this] { m_model->resetToSource(m_param); });

    if (p.isChoice()) {
        m_combo = new QComboBox(this);
        m_combo->setObjectName(QStringLiteral("combo_") + toQString(p.id));
        // Long choice names (a model's full name) must not widen the dock past the screen.
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(14);
        for (std::size_t i = 0; i < p.choices.size(); ++i)
            m_combo->addItem(QString(), int(i));
        connect(m_combo, &QComboBox::activated, this, [this](int index) { m_model->setValue(m_param, index); });
        grid->addWidget(m_label, 0, 0, 1, 2);
        grid->addWidget(m_combo, 1, 0, 1, 2);
    } else {
        m_slider = new QSlider(Qt::Horizontal, this);
        m_slider->setObjectName(QStringLiteral("slider_") + toQString(p.id));
        m_slider->setRange(0, sliderSteps);
        m_slider->setSingleStep(sliderSteps / 100);
        m_slider->setPageStep(sliderSteps / 10);
        m_spin = new RangeSpinBox(this);
        m_spin->setObjectName(QStringLiteral("spin_") + toQString(p.id));
        m_spin->setKeyboardTracking(false);
        m_spin->setDecimals(p.decimals);
        m_spin->setRange(p.min * displayScale(), p.max * displayScale());
        m_spin->setSingleStep(std::pow(10.0, -p.decimals) * (p.decimals == 0 && p.max > 1000 ? 10 : 1));
        m_spin->setGroupSeparatorShown(true);
        m_spin->setMinimumWidth(110);
        m_spin->setAlignment(Qt::AlignRight);
        connect(m_slider, &QSlider::sliderPressed, this, [this] { m_dragId = ++nextDragId; });
        connect(m_slider, &QSlider::sliderReleased, this, [this] { m_dragId = -1; });
        connect(m_slider, &QSlider::valueChanged, this,
                [this](int position) { m_model->setValue(m_param, fromSlider(position), m_dragId); });
        connect(m_spin, &QDoubleSpinBox::valueChanged, this,
                [this](double shown) { m_model->setValue(m_param, shown / displayScale()); });
        connect(m_spin, &RangeSpinBox::refused, this, [this](const QString &text) {
            bool number = false;
            m_spin->locale().toDouble(text, &number);
            if (number)
                emit refused(tr("%1: %2 is outside the valid range %3")
                                 .arg(trText(m_param.label), text + m_spin->suffix(), rangeText()));
            else
                emit refused(tr("%1: “%2” cannot be typed here; enter a number from %3")
                                 .arg(trText(m_param.label), text, rangeText()));
        });
        grid->addWidget(m_label, 0, 0, 1, 3);
        grid->addWidget(m_slider, 1, 0);
        grid->addWidget(m_spin, 1, 1);
        grid->setColumnStretch(0, 1);
    }
    grid->addWidget(m_reset, 1, 2);

    connect(model, &ScenarioModel::inputsChanged, this, &ParameterEditor::sync);
    retranslate();
    sync();
}

double ParameterEditor::fromSlider(int position) const
{
    double v = m_param.sliderMin + (m_param.sliderMax - m_param.sliderMin) * position / sliderSteps;
    // Land on values the spin box can show, so slider and spin box agree to the digit.
    const double quantum = std::pow(10.0, -m_param.decimals) / displayScale();
    v = std::round(v / quantum) * quantum;
    return std::clamp(v, m_param.min, m_param.max);
}

int ParameterEditor::toSlider(double value) const
{
    const double t = (value - m_param.sliderMin) / (m_param.sliderMax - m_param.sliderMin);
    return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * sliderSteps));
}

QString ParameterEditor::rangeText() const
{
    if (m_param.ratio)
        return formatPercent(m_param.min, m_param.decimals) + QStringLiteral(" – ") + formatPercent(m_param.max, 0);
    // 0.000001 – 10.0K, not 1e-06 – 10000
    return axisNumber(m_param.min, uiLocale()) + QStringLiteral(" – ") + axisNumber(m_param.max, uiLocale());
}

void ParameterEditor::sync()
{
    const double v = valueOf(m_model->inputs(), m_param);
    // Every editor hears every change; only the one whose input moved may
    // touch its widgets, or each slider step repaints the whole dock.
    if (m_synced && v == m_shown)
        return;
    m_synced = true;
    m_shown = v;
    if (m_combo) {
        const QSignalBlocker block(m_combo);
        m_combo->setCurrentIndex(static_cast<int>(v));
    } else {
        const QSignalBlocker blockSlider(m_slider);
        const QSignalBlocker blockSpin(m_spin);
        // While dragging, the slider already shows where the hand is.
        if (!m_slider->isSliderDown())
            m_slider->setValue(toSlider(v));
        m_spin->setValue(v * displayScale());
    }
    m_reset->setEnabled(v != m_param.defaultValue);
}

void ParameterEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ParameterEditor::retranslate()
{
    const QString label = trText(m_param.label);
    const QString unit = m_param.ratio ? QString() : trText(m_param.unit);
    m_label->setText(unit.isEmpty() ? label
                                    : QStringLiteral("%1 <span style='color:#6b7280'>(%2)</span>").arg(label, unit));

    const QString provenance = provenanceText(m_param.source.provenance);
    QString def;
    if (m_param.isChoice())
        def = trText(m_param.choices[int(m_param.defaultValue)].label);
    else
        def = m_param.ratio ? formatPercent(m_param.defaultValue, m_param.decimals)
                            : toQString(formatNumber(m_param.defaultValue));
    const QString tip =
        tr("<b>%1</b> <code>%2</code><br>Source value: %3 — <i>%4</i><br>%5: “%6”<br>Valid range: %7")
            .arg(label, toQString(m_param.id), def, provenance, toQString(m_param.source.doc).toHtmlEscaped(),
                 toQString(m_param.source.quote).toHtmlEscaped(),
                 m_param.isChoice() ? toQString(validRangeText(m_param)) : rangeText());
    m_label->setToolTip(tip);
    (m_combo ? static_cast<QWidget *>(m_combo) : m_spin)->setToolTip(tip);
    if (m_slider)
        m_slider->setToolTip(tip);
    m_reset->setToolTip(tr("Reset to the source value (%1)").arg(def));
    if (m_combo)
        for (int i = 0; i < m_combo->count(); ++i)
            m_combo->setItemText(i, trText(m_param.choices[i].label));
    if (m_spin)
        m_spin->setSuffix(m_param.ratio ? QStringLiteral(" %") : QString());
}

} // namespace cc::ui
