// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <vector>

namespace cc::ui {

// What a chart last drew, reduced to the numbers it showed: a chart whose
// numbers did not move (the load profile while the paid rate is dragged)
// skips its redraw, which is most of a slider step's cost.
class Fingerprint {
public:
    // True, and remembers `values`, when they differ from the last call.
    bool changed(const std::vector<double> &values)
    {
        if (m_valid && values == m_values)
            return false;
        m_values = values;
        m_valid = true;
        return true;
    }
    bool changed(std::initializer_list<double> values) { return changed(std::vector<double>(values)); }
    void invalidate() { m_valid = false; }

private:
    std::vector<double> m_values;
    bool m_valid = false;
};

} // namespace cc::ui
