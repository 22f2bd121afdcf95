#include "located_json.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <cctype>
#include <fstream>
#include <sstream>

namespace showcase::profiles {
namespace {

// A recursive-descent reader: small enough to own, and it knows its line at every token.
class Reader {
public:
    /// `lines` is null when only the values are wanted.
    Reader(const std::string& text, std::map<std::string, int>* lines) : text_(text), lines_(lines) {}

    Poco::Dynamic::Var document() {
        skipSpace();
        record("", line_);
        Poco::Dynamic::Var root = value("", 0);
        skipSpace();
        if (at_ != text_.size()) fail("unexpected text after the JSON value");
        return root;
    }

private:
    static constexpr int kMaxDepth = 200;

    void record(const std::string& pointer, int line) {
        if (lines_ != nullptr) (*lines_)[pointer] = line;
    }

    // Pointers are only spelled out when lines are recorded: building them costs more than parsing.
    std::string child(const std::string& pointer, const std::string& token) const {
        return lines_ != nullptr ? pointer + "/" + token : std::string();
    }

    [[noreturn]] void fail(const std::string& message) const { throw JsonSyntaxError(line_, message); }

    void skipSpace() {
        while (at_ < text_.size()) {
            const char c = text_[at_];
            if (c == '\n') {
                ++line_;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            ++at_;
        }
    }

    char peek() const { return at_ < text_.size() ? text_[at_] : '\0'; }

    void expect(char wanted, const char* what) {
        skipSpace();
        if (peek() != wanted) fail(std::string("expected ") + what);
        ++at_;
    }

    Poco::Dynamic::Var value(const std::string& pointer, int depth) {
        if (depth > kMaxDepth) fail("nesting too deep");
        skipSpace();
        const char c = peek();
        if (c == '{') return object(pointer, depth);
        if (c == '[') return array(pointer, depth);
        if (c == '"') return string();
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        if (literal("true")) return true;
        if (literal("false")) return false;
        if (literal("null")) return Poco::Dynamic::Var();
        if (at_ >= text_.size()) fail("unexpected end of file");
        fail(std::string("unexpected character '") + c + "'");
    }

    bool literal(const char* word) {
        const std::string w(word);
        if (text_.compare(at_, w.size(), w) != 0) return false;
        at_ += w.size();
        return true;
    }

    Poco::Dynamic::Var object(const std::string& pointer, int depth) {
        Poco::JSON::Object::Ptr result = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        ++at_;
        skipSpace();
        if (peek() == '}') {
            ++at_;
            return result;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') fail("expected a key in double quotes");
            const int keyLine = line_;
            const std::string key = string();
            if (result->has(key)) fail("duplicate key '" + key + "'");
            const std::string member = lines_ != nullptr ? child(pointer, pointerToken(key)) : std::string();
            record(member, keyLine);
            expect(':', "':' after a key");
            result->set(key, value(member, depth + 1));
            skipSpace();
            if (peek() == ',') {
                ++at_;
                continue;
            }
            if (peek() == '}') {
                ++at_;
                return result;
            }
            fail("expected ',' or '}' in an object");
        }
    }

    Poco::Dynamic::Var array(const std::string& pointer, int depth) {
        Poco::JSON::Array::Ptr result = new Poco::JSON::Array;
        ++at_;
        skipSpace();
        if (peek() == ']') {
            ++at_;
            return result;
        }
        while (true) {
            skipSpace();
            const std::string element = lines_ != nullptr ? child(pointer, std::to_string(result->size())) : std::string();
            record(element, line_);
            result->add(value(element, depth + 1));
            skipSpace();
            if (peek() == ',') {
                ++at_;
                continue;
            }
            if (peek() == ']') {
                ++at_;
                return result;
            }
            fail("expected ',' or ']' in an array");
        }
    }

    Poco::Dynamic::Var number() {
        const std::size_t start = at_;
        if (peek() == '-') ++at_;
        if (!std::isdigit(static_cast<unsigned char>(peek()))) fail("malformed number");
        if (peek() == '0' && at_ + 1 < text_.size() && std::isdigit(static_cast<unsigned char>(text_[at_ + 1]))) {
            fail("malformed number (leading zero)");
        }
        bool integral = true;
        auto digits = [&] {
            if (!std::isdigit(static_cast<unsigned char>(peek()))) fail("malformed number");
            while (std::isdigit(static_cast<unsigned char>(peek()))) ++at_;
        };
        digits();
        if (peek() == '.') {
            integral = false;
            ++at_;
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            ++at_;
            if (peek() == '+' || peek() == '-') ++at_;
            digits();
        }
        const std::string token = text_.substr(start, at_ - start);
        try {
            if (integral) return static_cast<Poco::Int64>(std::stoll(token));
            return std::stod(token);
        } catch (const std::out_of_range&) {
            fail("number out of range: " + token);
        }
    }

    unsigned hex4() {
        if (at_ + 4 > text_.size()) fail("truncated \\u escape");
        unsigned code = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = text_[at_++];
            code <<= 4;
            if (c >= '0' && c <= '9') code |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f') code |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') code |= static_cast<unsigned>(c - 'A' + 10);
            else fail("malformed \\u escape");
        }
        return code;
    }

    static void appendUtf8(std::string& out, unsigned code) {
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (code >> 18));
            out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
    }

    std::string string() {
        ++at_;  // the opening quote
        std::string out;
        while (true) {
            if (at_ >= text_.size()) fail("unterminated string");
            const char c = text_[at_++];
            if (c == '"') return out;
            if (static_cast<unsigned char>(c) < 0x20) fail("control character in a string (unterminated string?)");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (at_ >= text_.size()) fail("unterminated string");
            const char escaped = text_[at_++];
            switch (escaped) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    unsigned code = hex4();
                    if (code >= 0xD800 && code <= 0xDBFF) {
                        if (!literal("\\u")) fail("unpaired surrogate in \\u escape");
                        const unsigned low = hex4();
                        if (low < 0xDC00 || low > 0xDFFF) fail("unpaired surrogate in \\u escape");
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    }
                    appendUtf8(out, code);
                    break;
                }
                default: fail(std::string("unknown escape '\\") + escaped + "'");
            }
        }
    }

    const std::string& text_;
    std::map<std::string, int>* lines_;
    std::size_t at_ = 0;
    int line_ = 1;
};

}  // namespace

int LocatedJson::lineOf(const std::string& pointer) const {
    if (!lines) {
        auto table = std::make_shared<std::map<std::string, int>>();
        if (text) Reader(*text, table.get()).document();
        lines = table;
    }
    std::string path = pointer;
    while (true) {
        if (auto found = lines->find(path); found != lines->end()) return found->second;
        if (path.empty()) return 1;
        path.erase(path.rfind('/'));
    }
}

std::string describeSyntaxError(const JsonSyntaxError& error) {
    return error.line() > 0 ? std::string("malformed JSON: ") + error.what() : error.what();
}

std::string pointerToken(const std::string& key) {
    std::string token;
    for (const char c : key) {
        if (c == '~') token += "~0";
        else if (c == '/') token += "~1";
        else token += c;
    }
    return token;
}

LocatedJson parseLocatedJson(const std::string& text, const std::string& file) {
    LocatedJson result;
    result.file = file;
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) throw JsonSyntaxError(1, "byte-order mark (files are UTF-8 without BOM)");
    result.root = Reader(text, nullptr).document();
    result.text = std::make_shared<const std::string>(text);
    return result;
}

LocatedJson readLocatedJson(const std::string& path) {
    const auto text = readWholeFile(path);
    if (!text) throw JsonSyntaxError(0, "cannot read the file");
    return parseLocatedJson(*text, path);
}

std::optional<std::string> readWholeFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace showcase::profiles
