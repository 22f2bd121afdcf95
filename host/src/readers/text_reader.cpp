// Plain text and Markdown: paragraphs split on blank lines; Markdown headings, lists and fences.
//
// Plain text: paragraphs are separated by blank lines; a file without any blank line between
// text lines is taken as one paragraph per line.
//
// Encoding: UTF-8 (a BOM is stripped). UTF-16 with a BOM is converted. Bytes that are not valid
// UTF-8 are read as Windows-1252, with a warning. A NUL byte in the first 8 KB means binary.
//
// Markdown emphasis markers (*, **, ***, _, __, ___) are removed only in the trivially safe
// case: an opening run at the start of a word (after the line start, a space or punctuation,
// before a non-space) matched by a closing run of the same length at the end of a word, with no
// letter or digit outside either run. snake_case, 2*3*4, "a * b" and code spans keep their
// characters. Links, images and inline code are left as written.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "readers.hpp"

namespace showcase::readers {
namespace {

constexpr std::size_t kBinaryProbeBytes = 8192;

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// Strict UTF-8 validation (no overlongs, no surrogates, nothing past U+10FFFF).
bool isValidUtf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        std::uint32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p < length) return false;
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (length == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
            return false;
        }
        p += length;
    }
    return true;
}

/// Windows-1252 bytes 0x80..0x9F; the five undefined ones map to themselves (as C1 controls).
constexpr std::uint16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

std::string fromCp1252(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out += ch;
        } else if (c < 0xA0) {
            appendUtf8(out, kCp1252High[c - 0x80]);
        } else {
            appendUtf8(out, c);
        }
    }
    return out;
}

std::string fromUtf16(std::string_view s, bool bigEndian) {
    std::string out;
    out.reserve(s.size());
    const auto unit = [&](std::size_t i) -> std::uint32_t {
        const auto a = static_cast<unsigned char>(s[i]);
        const auto b = static_cast<unsigned char>(s[i + 1]);
        return bigEndian ? (static_cast<std::uint32_t>(a) << 8 | b) : (static_cast<std::uint32_t>(b) << 8 | a);
    };
    std::size_t i = 0;
    while (i + 1 < s.size()) {
        std::uint32_t cp = unit(i);
        i += 2;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < s.size()) {
            const std::uint32_t low = unit(i);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                i += 2;
            } else {
                cp = 0xFFFD;
            }
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;
        }
        appendUtf8(out, cp);
    }
    return out;
}

/// The file's text as UTF-8 with '\n' line ends, or a ReadError for binary data.
std::string decodeText(std::string_view bytes, Document& document) {
    std::string text;
    if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
        static_cast<unsigned char>(bytes[1]) == 0xFE) {
        text = fromUtf16(bytes.substr(2), false);
    } else if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
               static_cast<unsigned char>(bytes[1]) == 0xFF) {
        text = fromUtf16(bytes.substr(2), true);
    } else {
        if (bytes.substr(0, kBinaryProbeBytes).find('\0') != std::string_view::npos) {
            throw ReadError("not a text file: it contains NUL bytes (binary data)");
        }
        if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
        if (isValidUtf8(bytes)) {
            text.assign(bytes.data(), bytes.size());
        } else {
            text = fromCp1252(bytes);
            document.warnings.emplace_back("the text is not valid UTF-8; read it as Windows-1252");
        }
    }
    // CRLF and lone CR to LF, in place.
    std::size_t write = 0;
    for (std::size_t read = 0; read < text.size(); ++read) {
        char c = text[read];
        if (c == '\r') {
            if (read + 1 < text.size() && text[read + 1] == '\n') continue;
            c = '\n';
        }
        text[write++] = c;
    }
    text.resize(write);
    return text;
}

bool isBlank(std::string_view line) {
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\f' && c != '\v') return false;
    }
    return true;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\f' || s.back() == '\v')) {
        s.remove_suffix(1);
    }
    return s;
}

/// Appends a line to a paragraph: lines joined by one space, tabs as spaces.
void appendLine(std::string& paragraph, std::string_view line) {
    line = trim(line);
    if (line.empty()) return;
    if (!paragraph.empty()) paragraph += ' ';
    const std::size_t start = paragraph.size();
    paragraph.append(line.data(), line.size());
    for (std::size_t i = start; i < paragraph.size(); ++i) {
        if (paragraph[i] == '\t') paragraph[i] = ' ';
    }
}

/// Splits text into lines (views into `text`), without the '\n'.
std::vector<std::string_view> splitLines(const std::string& text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\n', start);
        if (end == std::string::npos) {
            lines.emplace_back(text.data() + start, text.size() - start);
            break;
        }
        lines.emplace_back(text.data() + start, end - start);
        start = end + 1;
    }
    return lines;
}

/// Leading indentation in columns (a tab advances to the next multiple of 4).
int indentWidth(std::string_view line, std::size_t* consumed = nullptr) {
    int width = 0;
    std::size_t i = 0;
    for (; i < line.size(); ++i) {
        if (line[i] == ' ') {
            ++width;
        } else if (line[i] == '\t') {
            width += 4 - width % 4;
        } else {
            break;
        }
    }
    if (consumed != nullptr) *consumed = i;
    return width;
}

// ---------------------------------------------------------------------------------------------
// Markdown

bool isWordChar(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u >= 0x80;
}

bool isSpaceChar(char c) { return c == ' ' || c == '\t'; }

/// Removes matched emphasis runs (see the file comment); leaves anything doubtful alone.
void stripEmphasisOnce(std::string& text) {
    if (text.find_first_of("*_") == std::string::npos) return;
    std::string out;
    out.reserve(text.size());
    std::vector<bool> drop(text.size(), false);
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '`') {  // skip a code span
            std::size_t ticks = 0;
            while (i + ticks < text.size() && text[i + ticks] == '`') ++ticks;
            const auto close = text.find(std::string(ticks, '`'), i + ticks);
            i = close == std::string::npos ? i + ticks : close + ticks;
            continue;
        }
        if (c != '*' && c != '_') {
            ++i;
            continue;
        }
        std::size_t n = 0;
        while (i + n < text.size() && text[i + n] == c) ++n;
        const bool opens = n <= 3 && (i == 0 || !isWordChar(text[i - 1])) && i + n < text.size() &&
                           !isSpaceChar(text[i + n]) && text[i + n] != c;
        if (!opens) {
            i += n;
            continue;
        }
        // The closing run: same character, same length, after a non-space, not before a word.
        std::size_t j = i + n;
        std::size_t found = std::string::npos;
        while (j < text.size()) {
            if (text[j] == '`') break;
            if (text[j] != c) {
                ++j;
                continue;
            }
            std::size_t m = 0;
            while (j + m < text.size() && text[j + m] == c) ++m;
            if (m == n && !isSpaceChar(text[j - 1]) && (j + m == text.size() || !isWordChar(text[j + m]))) {
                found = j;
                break;
            }
            j += m;
        }
        if (found == std::string::npos) {
            i += n;
            continue;
        }
        for (std::size_t k = 0; k < n; ++k) {
            drop[i + k] = true;
            drop[found + k] = true;
        }
        i = found + n;
    }
    for (std::size_t k = 0; k < text.size(); ++k) {
        if (!drop[k]) out += text[k];
    }
    text = std::move(out);
}

/// Nested emphasis (**bold *and italic***) needs one pass per level.
void stripEmphasis(std::string& text) {
    for (int pass = 0; pass < 3; ++pass) {
        const std::size_t before = text.size();
        stripEmphasisOnce(text);
        if (text.size() == before) break;
    }
}

class MarkdownBuilder {
public:
    MarkdownBuilder(Document& document, const ReadContext& context) : document_(document), context_(context) {}

    void run(const std::vector<std::string_view>& lines) {
        std::size_t i = 0;
        // YAML front matter (Jekyll, Hugo, pandoc): a "---" first line up to "---" or "...".
        if (!lines.empty() && trim(lines[0]) == "---") {
            for (std::size_t end = 1; end < lines.size(); ++end) {
                const auto line = trim(lines[end]);
                if (line == "---" || line == "...") {
                    i = end + 1;
                    break;
                }
            }
        }
        for (; i < lines.size(); ++i) {
            context_.checkTime();
            const std::string_view line = lines[i];
            if (inFence_) {
                if (closesFence(line)) {
                    flush();
                    inFence_ = false;
                } else {
                    appendLine(paragraph_, line);
                }
                continue;
            }
            if (opensFence(line)) {
                flush();
                inFence_ = true;
                continue;
            }
            if (isBlank(line)) {
                flush();
                continue;
            }
            int level = 0;
            std::string headingText;
            if (atxHeading(line, level, headingText)) {
                flush();
                listIndents_.clear();
                emitHeading(level, headingText);
                continue;
            }
            // Setext: a paragraph of plain text followed by === or ---.
            if (!paragraph_.empty() && !inListItem_ && setextUnderline(line, level)) {
                std::string text = std::move(paragraph_);
                paragraph_.clear();
                emitHeading(level, text);
                continue;
            }
            if (thematicBreak(line)) {
                flush();
                continue;
            }
            int itemIndent = 0;
            std::string_view itemText;
            if (listItem(line, itemIndent, itemText)) {
                flush();
                inListItem_ = true;
                listLevel_ = nestLevel(itemIndent);
                appendLine(paragraph_, itemText);
                continue;
            }
            // A paragraph starting at the margin after a blank line ends any list.
            if (paragraph_.empty() && !inListItem_ && indentWidth(line) == 0) listIndents_.clear();
            std::string_view content = trim(line);
            // Block quotes: keep the text, drop the markers.
            while (!content.empty() && content.front() == '>') {
                content.remove_prefix(1);
                content = trim(content);
            }
            appendLine(paragraph_, content);
        }
        flush();
    }

private:
    bool opensFence(std::string_view line) {
        std::size_t consumed = 0;
        if (indentWidth(line, &consumed) > 3) return false;
        line.remove_prefix(consumed);
        if (line.empty() || (line.front() != '`' && line.front() != '~')) return false;
        const char marker = line.front();
        std::size_t count = 0;
        while (count < line.size() && line[count] == marker) ++count;
        if (count < 3) return false;
        // A backtick fence's info string may not contain backticks.
        if (marker == '`' && line.find('`', count) != std::string_view::npos) return false;
        fenceChar_ = marker;
        fenceLength_ = count;
        return true;
    }

    bool closesFence(std::string_view line) const {
        std::size_t consumed = 0;
        if (indentWidth(line, &consumed) > 3) return false;
        line = trim(line.substr(consumed));
        if (line.size() < fenceLength_) return false;
        for (const char c : line) {
            if (c != fenceChar_) return false;
        }
        return true;
    }

    static bool atxHeading(std::string_view line, int& level, std::string& text) {
        std::size_t consumed = 0;
        if (indentWidth(line, &consumed) > 3) return false;
        line.remove_prefix(consumed);
        std::size_t hashes = 0;
        while (hashes < line.size() && line[hashes] == '#') ++hashes;
        if (hashes == 0 || hashes > 6) return false;
        if (hashes < line.size() && line[hashes] != ' ' && line[hashes] != '\t') return false;
        std::string_view rest = trim(line.substr(hashes));
        // Closing sequence: trailing #s preceded by a space (or making up the whole content).
        std::size_t end = rest.size();
        while (end > 0 && rest[end - 1] == '#') --end;
        if (end == 0) {
            rest = {};
        } else if (end < rest.size() && (rest[end - 1] == ' ' || rest[end - 1] == '\t')) {
            rest = trim(rest.substr(0, end));
        }
        level = static_cast<int>(hashes);
        text.clear();
        appendLine(text, rest);
        return true;
    }

    static bool setextUnderline(std::string_view line, int& level) {
        std::size_t consumed = 0;
        if (indentWidth(line, &consumed) > 3) return false;
        line = trim(line.substr(consumed));
        if (line.empty() || (line.front() != '=' && line.front() != '-')) return false;
        for (const char c : line) {
            if (c != line.front()) return false;
        }
        level = line.front() == '=' ? 1 : 2;
        return true;
    }

    static bool thematicBreak(std::string_view line) {
        std::size_t consumed = 0;
        if (indentWidth(line, &consumed) > 3) return false;
        line.remove_prefix(consumed);
        char marker = 0;
        int count = 0;
        for (const char c : line) {
            if (c == ' ' || c == '\t') continue;
            if (c != '-' && c != '*' && c != '_') return false;
            if (marker == 0) marker = c;
            if (c != marker) return false;
            ++count;
        }
        return count >= 3;
    }

    static bool listItem(std::string_view line, int& level, std::string_view& text) {
        std::size_t consumed = 0;
        const int indent = indentWidth(line, &consumed);
        std::string_view rest = line.substr(consumed);
        std::size_t markerLength = 0;
        if (!rest.empty() && (rest.front() == '-' || rest.front() == '*' || rest.front() == '+')) {
            markerLength = 1;
        } else {
            std::size_t digits = 0;
            while (digits < rest.size() && digits < 9 && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
            if (digits == 0 || digits >= rest.size() || (rest[digits] != '.' && rest[digits] != ')')) return false;
            markerLength = digits + 1;
        }
        if (markerLength < rest.size() && rest[markerLength] != ' ' && rest[markerLength] != '\t') return false;
        text = trim(rest.substr(markerLength));
        if (text.empty()) return false;  // "-" alone: not worth a block (and may be a setext line)
        level = indent;
        return true;
    }

    /// The 0-based nesting level of a list item indented by `indent` columns.
    int nestLevel(int indent) {
        while (!listIndents_.empty() && listIndents_.back() > indent) listIndents_.pop_back();
        if (listIndents_.empty() || listIndents_.back() < indent) listIndents_.push_back(indent);
        return static_cast<int>(listIndents_.size()) - 1;
    }

    void emitHeading(int level, std::string text) {
        stripEmphasis(text);
        while (!headings_.empty() && headings_.back().first >= level) headings_.pop_back();
        Block block;
        block.text = text;
        block.part = Part::Body;
        block.index = ++index_;
        block.flags = kHeading;
        block.headingLevel = level;
        block.headingPath = currentPath();
        if (!text.empty()) {
            document_.blocks.push_back(std::move(block));
        } else {
            --index_;
        }
        headings_.emplace_back(level, text);
    }

    std::vector<std::string> currentPath() const {
        std::vector<std::string> path;
        path.reserve(headings_.size());
        for (const auto& heading : headings_) {
            if (!heading.second.empty()) path.push_back(heading.second);
        }
        return path;
    }

    void flush() {
        if (!paragraph_.empty()) {
            Block block;
            block.text = std::move(paragraph_);
            if (!inFence_) stripEmphasis(block.text);
            block.part = Part::Body;
            block.index = ++index_;
            block.headingPath = currentPath();
            if (inListItem_) {
                block.flags = kListItem;
                block.listLevel = listLevel_;
            }
            document_.blocks.push_back(std::move(block));
        }
        paragraph_.clear();
        inListItem_ = false;
    }

    Document& document_;
    const ReadContext& context_;
    std::string paragraph_;
    bool inListItem_ = false;
    int listLevel_ = 0;
    bool inFence_ = false;
    char fenceChar_ = '`';
    std::size_t fenceLength_ = 3;
    int index_ = 0;
    std::vector<std::pair<int, std::string>> headings_;
    std::vector<int> listIndents_;
};

}  // namespace

void readText(std::string_view bytes, Document& document, const ReadContext& context) {
    document.reader = "txt";
    const std::string text = decodeText(bytes, document);
    document.expandedBytes = text.size();
    const auto lines = splitLines(text);
    // Paragraphs are separated by blank lines. A file with no blank line between its lines is
    // written one item per line (notes, lists), so there every line is a paragraph.
    bool seenText = false;
    bool blankAfterText = false;
    bool blankSeparates = false;
    for (const auto line : lines) {
        if (isBlank(line)) {
            blankAfterText = seenText;
        } else {
            if (blankAfterText) {
                blankSeparates = true;
                break;
            }
            seenText = true;
        }
    }
    std::string paragraph;
    int index = 0;
    auto flush = [&] {
        if (paragraph.empty()) return;
        Block block;
        block.text = std::move(paragraph);
        block.part = Part::Body;
        block.index = ++index;
        document.blocks.push_back(std::move(block));
        paragraph.clear();
    };
    for (const auto line : lines) {
        context.checkTime();
        if (isBlank(line)) {
            flush();
        } else {
            appendLine(paragraph, line);
            if (!blankSeparates) flush();
        }
    }
    flush();
}

void readMarkdown(std::string_view bytes, Document& document, const ReadContext& context) {
    document.reader = "md";
    const std::string text = decodeText(bytes, document);
    document.expandedBytes = text.size();
    MarkdownBuilder builder(document, context);
    builder.run(splitLines(text));
}

}  // namespace showcase::readers
