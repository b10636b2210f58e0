// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonscan.h"

#include <QSet>
#include <QStringList>

#include <vector>

namespace cc {

namespace {

// Reads a JSON string starting at the opening quote; returns its raw text
// (escapes left as written: two spellings of one key are rare enough, and
// the parser already vouched for the syntax) and moves `i` past it.
QByteArray readString(const QByteArray &s, qsizetype &i)
{
    const qsizetype start = ++i;
    while (i < s.size() && s[i] != '"')
        i += s[i] == '\\' ? 2 : 1;
    return s.mid(start, i++ - start);
}

} // namespace

QString firstDuplicateKey(const QByteArray &json)
{
    struct Frame {
        bool object;
        QSet<QByteArray> keys;
        QByteArray key; // the key whose value is being read
        bool expectKey;
    };
    std::vector<Frame> stack;
    auto path = [&stack](const QByteArray &key) {
        QStringList parts;
        for (const Frame &f : stack)
            if (f.object && !f.key.isEmpty())
                parts << QString::fromUtf8(f.key);
        if (!parts.isEmpty())
            parts.removeLast(); // the innermost frame's key is `key` itself
        parts << QString::fromUtf8(key);
        return parts.join(QLatin1Char('.'));
    };
    for (qsizetype i = 0; i < json.size();) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            stack.push_back({c == '{', {}, {}, c == '{'});
            ++i;
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
            ++i;
        } else if (c == ',') {
            if (!stack.empty() && stack.back().object)
                stack.back().expectKey = true;
            ++i;
        } else if (c == '"') {
            const QByteArray text = readString(json, i);
            if (!stack.empty() && stack.back().object && stack.back().expectKey) {
                Frame &f = stack.back();
                if (f.keys.contains(text))
                    return path(text);
                f.keys.insert(text);
                f.key = text;
                f.expectKey = false;
            }
        } else {
            ++i;
        }
    }
    return {};
}

} // namespace cc
