// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/outputcombo.h"

#include "ui/language.h"
#include "core/model/outputs.h"
#include "core/io/qtext.h"
#include "core/model/registry.h"

#include <QEvent>

namespace cc::ui {

RegistryCombo::RegistryCombo(const OutputInfo &initial, QWidget *parent)
    : RegistryCombo(Kind::Outputs, initial.id, parent)
{
}

RegistryCombo::RegistryCombo(const ParamInfo &initial, QWidget *parent)
    : RegistryCombo(Kind::NumericInputs, initial.id, parent)
{
}

RegistryCombo::RegistryCombo(Kind kind, std::string_view initialId, QWidget *parent) : QComboBox(parent), m_kind(kind)
{
    // Sized for 16 characters, not for the longest label ("≈ DeepSeeks (MaaS of
    // this size) to fill today's idle cards", 371 px): with three in a row the
    // Analysis window could not be narrower than 1,081 px and, with no room
    // beside the dashboard at 1920×1080, covered the parameter panel. The list
    // shows every label whole; a wider window still widens the box.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    if (kind == Kind::Outputs) {
        for (const OutputInfo &o : outputs())
            addItem(QString(), toQString(o.id));
    } else {
        for (const ParamInfo &p : parameters())
            if (!p.isChoice())
                addItem(QString(), toQString(p.id));
    }
    // Cut to 16 characters in the box ("GPU share of total cos…"): the whole label on hover.
    connect(this, &QComboBox::currentIndexChanged, this, [this] { setToolTip(currentText()); });
    relabel();
    selectId(toQString(initialId));
}

const OutputInfo *RegistryCombo::output() const
{
    return findOutput(currentData().toString().toStdString());
}

const ParamInfo *RegistryCombo::input() const
{
    return findParameter(currentData().toString().toStdString());
}

void RegistryCombo::selectId(const QString &id)
{
    const int i = findData(id);
    if (i >= 0)
        setCurrentIndex(i);
}

void RegistryCombo::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        relabel();
    QComboBox::changeEvent(event);
}

void RegistryCombo::relabel()
{
    for (int i = 0; i < count(); ++i) {
        const std::string id = itemData(i).toString().toStdString();
        if (const OutputInfo *o = findOutput(id))
            setItemText(i, trText(o->label));
        else if (const ParamInfo *p = findParameter(id))
            setItemText(i, trText(p->label));
    }
    setToolTip(currentText());
}

} // namespace cc::ui
