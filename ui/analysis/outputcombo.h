// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace cc {
struct OutputInfo;
struct ParamInfo;
} // namespace cc

namespace cc::ui {

// A combo box of the registry's outputs, or its numeric inputs, by label;
// the id is the item data. Shared by every analysis tool.
class RegistryCombo : public QComboBox {
    Q_OBJECT
public:
    enum class Kind { Outputs, NumericInputs };
    RegistryCombo(Kind kind, const QString &initialId, QWidget *parent = nullptr);
    const OutputInfo *output() const;
    const ParamInfo *input() const;
    void selectId(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void relabel();
    Kind m_kind;
};

} // namespace cc::ui
