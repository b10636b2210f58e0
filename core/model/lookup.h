// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string_view>

namespace cc {

// The entry of a static table whose `id` matches, or null. The tables are a
// few dozen rows, searched on user actions, never per evaluation.
template <typename T>
const T *findById(std::span<const T> table, std::string_view id)
{
    for (const T &entry : table)
        if (entry.id == id)
            return &entry;
    return nullptr;
}

} // namespace cc
