// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/strictjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <cmath>
#include <vector>

namespace cc {

namespace {

using Json = nlohmann::json;

// Builds Qt's JSON values from the parser's events, so the rest of the loader
// keeps working on QJsonObject, and checks what the grammar alone does not.
class Builder {
public:
    Builder(StrictJson *result, int maxDepth) : m_result(result), m_maxDepth(maxDepth) {}

    bool null() { return put(QJsonValue(QJsonValue::Null)); }
    bool boolean(bool v) { return put(QJsonValue(v)); }
    bool number_integer(Json::number_integer_t v) { return put(QJsonValue(double(v))); }
    bool number_unsigned(Json::number_unsigned_t v) { return put(QJsonValue(double(v))); }
    bool number_float(Json::number_float_t v, const Json::string_t &text)
    {
        if (v == 0 && hasNonZeroDigit(text))
            return fail(StrictJson::Problem::Underflow, QString::fromStdString(text));
        return put(QJsonValue(double(v)));
    }
    bool string(Json::string_t &v) { return put(QJsonValue(QString::fromStdString(v))); }
    bool binary(Json::binary_t &) { return false; } // not produced by the JSON reader
    bool start_object(std::size_t) { return push(true); }
    bool key(Json::string_t &k)
    {
        Frame &f = m_stack.back();
        const QString key = QString::fromStdString(k);
        f.key = key;
        if (f.seen.contains(key))
            return fail(StrictJson::Problem::DuplicateKey, {});
        f.seen.insert(key);
        return true;
    }
    bool end_object() { return pop(); }
    bool start_array(std::size_t) { return push(false); }
    bool end_array() { return pop(); }
    bool parse_error(std::size_t position, const std::string &lastToken, const nlohmann::detail::exception &ex)
    {
        m_result->offset = qsizetype(position);
        m_result->token = QString::fromStdString(lastToken);
        QString what = QString::fromUtf8(ex.what());
        // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while parsing value - …"
        if (const qsizetype dash = what.indexOf(QStringLiteral(" - ")); dash >= 0)
            what = what.mid(dash + 3);
        else if (const qsizetype colon = what.indexOf(QStringLiteral(": ")); colon >= 0)
            what = what.mid(colon + 2);
        m_result->detail = what;
        m_result->problem = ex.id == 406 ? StrictJson::Problem::NotFinite : StrictJson::Problem::Syntax;
        m_result->path = path();
        return false;
    }

    QJsonValue takeRoot() { return m_root; }

private:
    struct Frame {
        bool object;
        QJsonObject o;
        QJsonArray a;
        QString key;
        QSet<QString> seen;
    };

    static bool hasNonZeroDigit(const std::string &text)
    {
        for (char c : text) {
            if (c == 'e' || c == 'E')
                return false;
            if (c >= '1' && c <= '9')
                return true;
        }
        return false;
    }

    bool put(const QJsonValue &v)
    {
        if (m_stack.empty())
            m_root = v;
        else if (Frame &f = m_stack.back(); f.object)
            f.o.insert(f.key, v);
        else
            f.a.append(v);
        return true;
    }
    bool push(bool object)
    {
        if (int(m_stack.size()) >= m_maxDepth)
            return fail(StrictJson::Problem::TooDeep, {});
        m_stack.push_back({object, {}, {}, {}, {}});
        return true;
    }
    bool pop()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        return put(f.object ? QJsonValue(f.o) : QJsonValue(f.a));
    }
    QString path() const
    {
        QStringList parts;
        for (const Frame &f : m_stack)
            if (f.object && !f.key.isNull())
                parts << f.key;
        return parts.join(QLatin1Char('.'));
    }
    bool fail(StrictJson::Problem p, const QString &token)
    {
        m_result->problem = p;
        m_result->token = token;
        m_result->path = path();
        return false;
    }

    StrictJson *m_result;
    int m_maxDepth;
    std::vector<Frame> m_stack;
    QJsonValue m_root;
};

// The literal the parser stopped in (it had read up to `offset`), as the user wrote it.
QString literalAt(const QByteArray &bytes, qsizetype offset)
{
    auto isLiteral = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '+' || c == '-';
    };
    qsizetype start = std::clamp<qsizetype>(offset - 1, 0, bytes.size());
    while (start > 0 && isLiteral(bytes[start - 1]))
        --start;
    qsizetype end = start;
    while (end < bytes.size() && end - start < 40 && isLiteral(bytes[end]))
        ++end;
    return QString::fromUtf8(bytes.mid(start, end - start));
}

bool namesNonFinite(QString word)
{
    if (word.startsWith(QLatin1Char('-')) || word.startsWith(QLatin1Char('+')))
        word.remove(0, 1);
    static const QStringList names{QStringLiteral("nan"), QStringLiteral("inf"), QStringLiteral("infinity")};
    return names.contains(word.toLower());
}

void locate(StrictJson *r, const QByteArray &bytes)
{
    r->line = 1;
    r->column = 1;
    const qsizetype end = std::min(r->offset, bytes.size());
    for (qsizetype i = 0; i + 1 < end; ++i) {
        if (bytes[i] == '\n') {
            ++r->line;
            r->column = 1;
        } else {
            ++r->column;
        }
    }
}

} // namespace

QString StrictJson::message() const
{
    const QString where = path.isEmpty() ? QString() : QStringLiteral("%1: ").arg(path);
    switch (problem) {
    case Problem::None: return {};
    case Problem::DuplicateKey:
        return QStringLiteral("'%1' appears twice; which value is meant is ambiguous").arg(path);
    case Problem::NotFinite: return QStringLiteral("%1%2 is not a finite number").arg(where, token);
    case Problem::Underflow:
        return QStringLiteral("%1%2 is too small to represent (it would be rounded to 0)").arg(where, token);
    case Problem::TooDeep: return QStringLiteral("%1values are nested too deeply").arg(where);
    case Problem::Syntax:
        return QStringLiteral("not valid JSON at line %1, column %2: %3%4")
            .arg(line)
            .arg(column)
            .arg(detail, cutShort ? QStringLiteral(" (is the file cut short?)") : QString());
    }
    return {};
}

StrictJson parseStrictJson(const QByteArray &bytes, int maxDepth)
{
    StrictJson result;
    Builder builder(&result, maxDepth);
    bool ok = false;
    try {
        ok = Json::sax_parse(bytes.constBegin(), bytes.constEnd(), &builder, Json::input_format_t::json, true, false);
    } catch (const std::exception &e) { // the SAX path reports through parse_error; this is a safety net
        result.problem = StrictJson::Problem::Syntax;
        result.detail = QString::fromUtf8(e.what());
    }
    if (ok) {
        result.value = builder.takeRoot();
        return result;
    }
    if (result.problem == StrictJson::Problem::None)
        result.problem = StrictJson::Problem::Syntax;
    if (result.problem == StrictJson::Problem::Syntax) {
        const QString word = literalAt(bytes, result.offset);
        if (namesNonFinite(word)) {
            result.problem = StrictJson::Problem::NotFinite;
            result.token = word;
        }
        // Trailing white space does not make a file whole: cut short means nothing but blanks follow.
        result.cutShort = bytes.mid(std::min(result.offset, bytes.size())).trimmed().isEmpty();
        locate(&result, bytes);
    } else if (result.problem == StrictJson::Problem::NotFinite) {
        result.token = literalAt(bytes, result.offset);
    }
    return result;
}

} // namespace cc
