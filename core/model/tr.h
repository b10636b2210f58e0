// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Marks an English source string in core for translation. Core stays Qt-free:
// the macro does nothing here; lupdate collects the strings (aliased to
// QT_TR_NOOP in ui/CMakeLists.txt) into the context of the enclosing
// namespace, "cc", and the edge (io, ui, the command line) translates them
// with QCoreApplication::translate("cc", text) — cc::trText() in io/qtext.h.
// The Chinese lives in resources/translations/computechain_zh_CN.ts.
#define CC_TR(text) text
