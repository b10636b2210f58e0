// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDoubleSpinBox>

namespace cc::ui {

// A spin box that says why it refused a keystroke instead of silently
// swallowing it: typing 150 into a 0–100 % field names the field and range.
class RangeSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QValidator::State validate(QString &text, int &pos) const override;

signals:
    void refused(const QString &text) const;
};

} // namespace cc::ui
