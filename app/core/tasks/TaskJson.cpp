#include "tasks/TaskJson.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <unordered_map>

namespace {

// ---- writing ----

class Writer
{
public:
    explicit Writer(std::string *out)
        : m_out(*out)
    {
    }

    void key(std::string_view name)
    {
        if (m_needComma)
            m_out.push_back(',');
        m_out.push_back('"');
        m_out.append(name);
        m_out.append("\":", 2);
        m_needComma = true;
    }
    void open(char bracket)
    {
        m_out.push_back(bracket);
        m_needComma = false;
    }
    void close(char bracket)
    {
        m_out.push_back(bracket);
        m_needComma = true;
    }
    void element()
    {
        if (m_needComma)
            m_out.push_back(',');
        m_needComma = false;
    }
    void newline() { m_out.push_back('\n'); }
    void number(qint64 value)
    {
        char buffer[24];
        int length = 0;
        const bool negative = value < 0;
        quint64 v = negative ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
        do {
            buffer[length++] = static_cast<char>('0' + v % 10);
            v /= 10;
        } while (v > 0);
        if (negative)
            m_out.push_back('-');
        while (length > 0)
            m_out.push_back(buffer[--length]);
    }
    void string(const QString &value)
    {
        m_out.push_back('"');
        const QChar *s = value.constData();
        const qsizetype n = value.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = s[i].unicode();
            if (c < 0x80) {
                if (c == u'"' || c == u'\\') {
                    m_out.push_back('\\');
                    m_out.push_back(static_cast<char>(c));
                } else if (c < 0x20) {
                    static const char hex[] = "0123456789abcdef";
                    m_out.append("\\u00", 4);
                    m_out.push_back(hex[c >> 4]);
                    m_out.push_back(hex[c & 0xf]);
                } else {
                    m_out.push_back(static_cast<char>(c));
                }
            } else if (c < 0x800) {
                m_out.push_back(static_cast<char>(0xc0 | (c >> 6)));
                m_out.push_back(static_cast<char>(0x80 | (c & 0x3f)));
            } else if (QChar::isHighSurrogate(c) && i + 1 < n && s[i + 1].isLowSurrogate()) {
                const char32_t u = QChar::surrogateToUcs4(c, s[++i].unicode());
                m_out.push_back(static_cast<char>(0xf0 | (u >> 18)));
                m_out.push_back(static_cast<char>(0x80 | ((u >> 12) & 0x3f)));
                m_out.push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3f)));
                m_out.push_back(static_cast<char>(0x80 | (u & 0x3f)));
            } else {
                // A lone surrogate has no UTF-8 form: written as U+FFFD.
                const char16_t unit = QChar::isSurrogate(c) ? char16_t(0xfffd) : c;
                m_out.push_back(static_cast<char>(0xe0 | (unit >> 12)));
                m_out.push_back(static_cast<char>(0x80 | ((unit >> 6) & 0x3f)));
                m_out.push_back(static_cast<char>(0x80 | (unit & 0x3f)));
            }
        }
        m_out.push_back('"');
    }
    void stringField(std::string_view name, const QString &value)
    {
        if (value.isEmpty())
            return;
        key(name);
        string(value);
    }
    void numberField(std::string_view name, qint64 value)
    {
        key(name);
        number(value);
    }
    void timeField(std::string_view name, const QDateTime &value)
    {
        if (value.isValid())
            numberField(name, value.toMSecsSinceEpoch());
    }

private:
    std::string &m_out;
    bool m_needComma = false;
};

void writeTask(Writer &w, const ExportTask &task)
{
    w.open('{');
    w.numberField("exportId", task.exportId);
    if (task.reportId != 0)
        w.numberField("reportId", task.reportId);
    w.stringField("title", task.reportTitle);
    if (task.exportTypeKnown)
        w.stringField("type", exportTypeName(task.exportType));
    w.stringField("status", task.rawStatus);
    w.stringField("exportDate", task.exportDate);
    w.stringField("fileName", task.fileName);
    w.timeField("urlExpiresAt", task.urlExpiresAt);
    w.timeField("lastChecked", task.lastChecked);
    w.timeField("createdAt", task.createdAt);
    w.stringField("savedFilePath", task.savedFilePath);
    if (!task.lastError.isEmpty()) {
        w.key("error");
        w.open('{');
        w.stringField("code", task.lastError.code);
        w.stringField("message", task.lastError.message);
        w.stringField("requestId", task.lastError.requestId);
        if (task.lastError.httpStatus != 0)
            w.numberField("httpStatus", task.lastError.httpStatus);
        w.close('}');
    }
    if (!task.history.isEmpty()) {
        w.key("history");
        w.open('[');
        for (const StatusChange &change : task.history) {
            w.element();
            w.open('{');
            w.stringField("status", change.rawStatus);
            w.timeField("time", change.time);
            w.close('}');
        }
        w.close(']');
    }
    w.close('}');
}

// ---- reading ----

class Reader
{
public:
    Reader(const char *begin, const char *end)
        : m_begin(begin)
        , m_p(begin)
        , m_end(end)
    {
    }

    bool readDocument(TaskJson::Document *doc);
    QString error() const { return m_error; }
    qint64 offset() const { return m_p - m_begin; }

private:
    enum class Kind
    {
        String,
        Number,
        Object,
        Array,
        Literal,
        Invalid,
    };

    bool fail(const char *message)
    {
        if (m_error.isEmpty())
            m_error = QString::fromLatin1(message);
        return false;
    }
    void skipWhitespace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    Kind peek()
    {
        skipWhitespace();
        if (m_p >= m_end)
            return Kind::Invalid;
        switch (*m_p) {
        case '"': return Kind::String;
        case '{': return Kind::Object;
        case '[': return Kind::Array;
        case 't':
        case 'f':
        case 'n': return Kind::Literal;
        default: return (*m_p == '-' || (*m_p >= '0' && *m_p <= '9')) ? Kind::Number : Kind::Invalid;
        }
    }
    bool expect(char c)
    {
        skipWhitespace();
        if (m_p >= m_end || *m_p != c)
            return fail("unexpected character");
        ++m_p;
        return true;
    }
    // Iterates "key": value pairs; the callback reads or skips the value.
    template<typename F> bool readObject(F &&onMember);
    template<typename F> bool readArray(F &&onElement);
    // The raw bytes of a string without escapes (fast path), or decoded into *decoded.
    bool scanString(std::string_view *raw, QString *decoded, bool *escaped);
    bool readString(QString *out, bool pooled);
    bool readNumber(qint64 *out);
    bool readLiteral();
    bool skipValue(int depth = 0);

    bool readStringValue(QString *out, bool pooled)
    {
        if (peek() == Kind::String)
            return readString(out, pooled);
        return skipValue();
    }
    bool readIntValue(qint64 *out, bool *present = nullptr)
    {
        if (peek() == Kind::Number) {
            if (present)
                *present = true;
            return readNumber(out);
        }
        return skipValue();
    }
    bool readTimeValue(QDateTime *out)
    {
        qint64 ms = 0;
        bool present = false;
        if (!readIntValue(&ms, &present))
            return false;
        if (present)
            *out = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        return true;
    }
    bool readTask(ExportTask *task);
    bool readError(TaskError *error);
    bool readHistory(QList<StatusChange> *history);
    QString pooled(std::string_view raw);

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    QString m_error;
    // Titles, dates, statuses and error texts repeat across tasks: one shared copy each.
    std::unordered_map<std::string_view, QString> m_pool;
};

bool Reader::scanString(std::string_view *raw, QString *decoded, bool *escaped)
{
    skipWhitespace();
    if (m_p >= m_end || *m_p != '"')
        return fail("string expected");
    const char *start = ++m_p;
    while (m_p < m_end && *m_p != '"' && *m_p != '\\') {
        if (static_cast<unsigned char>(*m_p) < 0x20)
            return fail("control character in string");
        ++m_p;
    }
    if (m_p < m_end && *m_p == '"') {
        *raw = std::string_view(start, static_cast<size_t>(m_p - start));
        *escaped = false;
        ++m_p;
        return true;
    }
    // Slow path: escapes.
    *escaped = true;
    decoded->clear();
    const char *segment = start;
    while (m_p < m_end && *m_p != '"') {
        const auto c = static_cast<unsigned char>(*m_p);
        if (c < 0x20)
            return fail("control character in string");
        if (c != '\\') {
            ++m_p;
            continue;
        }
        decoded->append(QString::fromUtf8(segment, m_p - segment));
        if (m_end - m_p < 2)
            return fail("truncated escape");
        const char e = m_p[1];
        m_p += 2;
        switch (e) {
        case '"': decoded->append(QLatin1Char('"')); break;
        case '\\': decoded->append(QLatin1Char('\\')); break;
        case '/': decoded->append(QLatin1Char('/')); break;
        case 'b': decoded->append(QLatin1Char('\b')); break;
        case 'f': decoded->append(QLatin1Char('\f')); break;
        case 'n': decoded->append(QLatin1Char('\n')); break;
        case 'r': decoded->append(QLatin1Char('\r')); break;
        case 't': decoded->append(QLatin1Char('\t')); break;
        case 'u': {
            if (m_end - m_p < 4)
                return fail("truncated escape");
            bool ok = false;
            const uint unit = QByteArray(m_p, 4).toUInt(&ok, 16);
            if (!ok)
                return fail("bad \\u escape");
            decoded->append(QChar(static_cast<char16_t>(unit)));
            m_p += 4;
            break;
        }
        default: return fail("bad escape");
        }
        segment = m_p;
    }
    if (m_p >= m_end)
        return fail("unterminated string");
    decoded->append(QString::fromUtf8(segment, m_p - segment));
    ++m_p;
    return true;
}

QString Reader::pooled(std::string_view raw)
{
    // The four status codes are most of what is pooled: static strings, no hashing.
    if (raw == "2")
        return QStringLiteral("2");
    if (raw == "1")
        return QStringLiteral("1");
    if (raw == "0")
        return QStringLiteral("0");
    if (raw == "-1")
        return QStringLiteral("-1");
    const auto it = m_pool.find(raw);
    if (it != m_pool.end())
        return it->second;
    QString value = QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size()));
    if (m_pool.size() < 200000)
        m_pool.emplace(raw, value);
    return value;
}

bool Reader::readString(QString *out, bool pool)
{
    std::string_view raw;
    QString decoded;
    bool escaped = false;
    if (!scanString(&raw, &decoded, &escaped))
        return false;
    if (escaped)
        *out = decoded;
    else
        *out = pool ? pooled(raw) : QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size()));
    return true;
}

bool Reader::readNumber(qint64 *out)
{
    skipWhitespace();
    const char *start = m_p;
    bool negative = false;
    if (m_p < m_end && *m_p == '-') {
        negative = true;
        ++m_p;
    }
    if (m_p >= m_end || *m_p < '0' || *m_p > '9')
        return fail("bad number");
    quint64 value = 0;
    bool overflow = false;
    while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
        const auto digit = static_cast<quint64>(*m_p - '0');
        if (value > (std::numeric_limits<quint64>::max() - digit) / 10)
            overflow = true;
        value = value * 10 + digit;
        ++m_p;
    }
    const bool fraction = m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E');
    if (!fraction && !overflow && value <= static_cast<quint64>(std::numeric_limits<qint64>::max())) {
        *out = negative ? -static_cast<qint64>(value) : static_cast<qint64>(value);
        return true;
    }
    // Rare: a fraction, an exponent or a huge value. Validate the rest of the grammar and convert.
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        if (m_p >= m_end || *m_p < '0' || *m_p > '9')
            return fail("bad number");
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p >= m_end || *m_p < '0' || *m_p > '9')
            return fail("bad number");
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
    }
    const std::string text(start, static_cast<size_t>(m_p - start));
    const double d = std::strtod(text.c_str(), nullptr);
    const bool fits = std::isfinite(d) && d >= -9.2e18 && d <= 9.2e18;
    *out = fits ? static_cast<qint64>(d) : 0;
    return true;
}

bool Reader::readLiteral()
{
    for (const char *word : { "true", "false", "null" }) {
        const size_t length = std::strlen(word);
        if (static_cast<size_t>(m_end - m_p) >= length && std::memcmp(m_p, word, length) == 0) {
            m_p += length;
            return true;
        }
    }
    return fail("unexpected character");
}

bool Reader::skipValue(int depth)
{
    if (depth > 256)
        return fail("nested too deeply");
    switch (peek()) {
    case Kind::String: {
        std::string_view raw;
        QString decoded;
        bool escaped = false;
        return scanString(&raw, &decoded, &escaped);
    }
    case Kind::Number: {
        qint64 ignored = 0;
        return readNumber(&ignored);
    }
    case Kind::Object: return readObject([this, depth](std::string_view) { return skipValue(depth + 1); });
    case Kind::Array: return readArray([this, depth] { return skipValue(depth + 1); });
    case Kind::Literal: return readLiteral();
    case Kind::Invalid: break;
    }
    return fail(m_p >= m_end ? "unexpected end of data" : "unexpected character");
}

template<typename F> bool Reader::readObject(F &&onMember)
{
    if (!expect('{'))
        return false;
    skipWhitespace();
    if (m_p < m_end && *m_p == '}') {
        ++m_p;
        return true;
    }
    for (;;) {
        std::string_view key;
        QString decoded;
        bool escaped = false;
        if (!scanString(&key, &decoded, &escaped))
            return false;
        QByteArray decodedKey;
        if (escaped) {
            decodedKey = decoded.toUtf8();
            key = std::string_view(decodedKey.constData(), static_cast<size_t>(decodedKey.size()));
        }
        if (!expect(':') || !onMember(key))
            return false;
        skipWhitespace();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            continue;
        }
        return expect('}');
    }
}

template<typename F> bool Reader::readArray(F &&onElement)
{
    if (!expect('['))
        return false;
    skipWhitespace();
    if (m_p < m_end && *m_p == ']') {
        ++m_p;
        return true;
    }
    for (;;) {
        if (!onElement())
            return false;
        skipWhitespace();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            continue;
        }
        return expect(']');
    }
}

bool Reader::readError(TaskError *error)
{
    if (peek() != Kind::Object)
        return skipValue();
    return readObject([this, error](std::string_view key) {
        if (key == "code")
            return readStringValue(&error->code, true);
        if (key == "message")
            return readStringValue(&error->message, true);
        if (key == "requestId")
            return readStringValue(&error->requestId, false);
        if (key == "httpStatus") {
            qint64 status = 0;
            const bool ok = readIntValue(&status);
            error->httpStatus = static_cast<int>(status);
            return ok;
        }
        return skipValue();
    });
}

bool Reader::readHistory(QList<StatusChange> *history)
{
    if (peek() != Kind::Array)
        return skipValue();
    history->reserve(4); // initializing, exporting, a final status, rarely more
    return readArray([this, history] {
        if (peek() != Kind::Object)
            return skipValue();
        StatusChange change;
        const bool ok = readObject([this, &change](std::string_view key) {
            if (key == "status")
                return readStringValue(&change.rawStatus, true);
            if (key == "time")
                return readTimeValue(&change.time);
            return skipValue();
        });
        change.status = exportStatusFromString(change.rawStatus);
        history->append(change);
        return ok;
    });
}

bool Reader::readTask(ExportTask *task)
{
    return readObject([this, task](std::string_view key) {
        if (key == "exportId")
            return readIntValue(&task->exportId);
        if (key == "reportId")
            return readIntValue(&task->reportId);
        if (key == "title")
            return readStringValue(&task->reportTitle, true);
        if (key == "type") {
            QString type;
            if (!readStringValue(&type, true))
                return false;
            task->exportTypeKnown = !type.isEmpty();
            task->exportType
                = type.compare(QLatin1String("PDF"), Qt::CaseInsensitive) == 0 ? ExportType::Pdf : ExportType::Html;
            return true;
        }
        if (key == "status") {
            if (!readStringValue(&task->rawStatus, true))
                return false;
            task->status = exportStatusFromString(task->rawStatus);
            return true;
        }
        if (key == "exportDate")
            return readStringValue(&task->exportDate, true);
        if (key == "fileName")
            return readStringValue(&task->fileName, false);
        if (key == "urlExpiresAt")
            return readTimeValue(&task->urlExpiresAt);
        if (key == "lastChecked")
            return readTimeValue(&task->lastChecked);
        if (key == "createdAt")
            return readTimeValue(&task->createdAt);
        if (key == "savedFilePath")
            return readStringValue(&task->savedFilePath, false);
        if (key == "error")
            return readError(&task->lastError);
        if (key == "history")
            return readHistory(&task->history);
        return skipValue();
    });
}

bool Reader::readDocument(TaskJson::Document *doc)
{
    if (peek() != Kind::Object)
        return fail("not a JSON object");
    const bool ok = readObject([this, doc](std::string_view key) {
        if (key == "format")
            return readStringValue(&doc->format, false);
        if (key == "version")
            return readIntValue(&doc->version, &doc->hasVersion);
        if (key == "tasks" && peek() == Kind::Array) {
            doc->hasTasks = true;
            // The writer puts one task per line: a cheap, close estimate that saves regrowing 100k tasks.
            // Capped by size in case a hand-edited file spreads each task over many lines.
            const auto lines = std::count(m_p, m_end, '\n') + 1;
            doc->tasks.reserve(std::min<qint64>(lines, (m_end - m_p) / 32 + 1));
            return readArray([this, doc] {
                if (peek() != Kind::Object)
                    return skipValue();
                ExportTask task;
                if (!readTask(&task))
                    return false;
                if (task.exportId > 0)
                    doc->tasks.append(std::move(task));
                return true;
            });
        }
        return skipValue();
    });
    if (!ok)
        return false;
    skipWhitespace();
    return m_p == m_end || fail("garbage after the document");
}

} // namespace

namespace TaskJson {

void write(const QVector<ExportTask> &tasks, const QString &format, int version, std::string *out)
{
    out->reserve(out->size() + 64 + static_cast<size_t>(tasks.size()) * 400);
    Writer w(out);
    w.open('{');
    w.key("format");
    w.string(format);
    w.numberField("version", version);
    w.key("tasks");
    w.open('[');
    for (const ExportTask &task : tasks) {
        w.element();
        w.newline();
        writeTask(w, task);
    }
    w.close(']');
    w.close('}');
    w.newline();
}

bool read(const char *begin, const char *end, Document *doc, QString *error, qint64 *errorOffset)
{
    Reader reader(begin, end);
    if (reader.readDocument(doc))
        return true;
    *error = reader.error();
    *errorOffset = reader.offset();
    return false;
}

} // namespace TaskJson
