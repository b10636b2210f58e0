// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace cc {

// One strict RFC 8259 pass (nlohmann's SAX parser) in place of Qt's lenient
// parser plus scanners for what it lets through. Refused, each saying where: a
// key given twice in one object, compared after decoding escapes
// ("paid\u0052ate" is "paidRate"); raw control characters inside strings; ".5",
// "+1", NaN, Infinity; a number too large for a double (1e999) or one that would
// silently round to 0 (1e-400); nesting deeper than maxDepth.
struct StrictJson {
    enum class Problem { None, Syntax, DuplicateKey, NotFinite, Underflow, TooDeep };
    QJsonValue value;
    Problem problem = Problem::None;
    QString path;   // dotted key path where it went wrong ("inputs.paidRate"), if inside an object
    QString token;  // the offending literal as written ("NaN", "1e999")
    QString detail; // the parser's own words, for syntax errors
    qsizetype offset = 0;
    int line = 0, column = 0;
    bool cutShort = false; // the text ends before the value does
    bool ok() const { return problem == Problem::None; }
    // An English sentence for any problem; callers with more context (a
    // parameter's valid range) word NotFinite and Underflow themselves.
    QString message() const;
};

StrictJson parseStrictJson(const QByteArray &bytes, int maxDepth = 64);

} // namespace cc
