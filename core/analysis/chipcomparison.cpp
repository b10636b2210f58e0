// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/chipcomparison.h"

#include "core/model/companions.h"
#include "core/model/model.h"

namespace cc {

std::vector<ChipRow> compareChips(const Inputs &in)
{
    std::vector<ChipRow> rows;
    for (const ChipSpec &c : chips()) {
        ChipRow row;
        row.card = c.card;
        row.current = c.card == in.card;
        // The current card keeps the scenario's own rent and peak, which the analyst may have overridden.
        row.inputs = row.current ? in : withCard(in, c.card);
        // Under the measured method every chip would serve as DS6's H800s did:
        // the comparison is the serving model's.
        row.inputs.servingMethod = ServingMethod::Hardware;
        row.problem = servingProblem(row.inputs);
        if (!row.problem)
            row.results = evaluate(row.inputs);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace cc
