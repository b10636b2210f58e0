// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDoubleSpinBox>

namespace cc::ui {

// A spin box that says why it refused a keystroke instead of silently
// swallowing it: typing 150 into a 0–100 % field names the field and range,
// and so does "-" in a field with no negative values or the "e" of "1e9".
class RangeSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QValidator::State validate(QString &text, int &pos) const override;

signals:
    void refused(const QString &text) const;
};

} // namespace cc::ui
