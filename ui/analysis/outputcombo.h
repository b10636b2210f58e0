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
    // Starts on `initial`: the outputs, or the numeric inputs.
    explicit RegistryCombo(const OutputInfo &initial, QWidget *parent = nullptr);
    explicit RegistryCombo(const ParamInfo &initial, QWidget *parent = nullptr);
    const OutputInfo *output() const;
    const ParamInfo *input() const;
    void selectId(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    RegistryCombo(Kind kind, std::string_view initialId, QWidget *parent);
    void relabel();
    Kind m_kind;
};

} // namespace cc::ui
