// A streaming JSON writer into one string: pretty-printed with two-space indentation.
#pragma once

#include <Poco/Dynamic/Var.h>

#include <string>
#include <string_view>
#include <vector>

namespace showcase::report {

/// Writes JSON as it is produced; the caller keeps keys and values in order.
class JsonWriter {
public:
    void beginObject() { open('{', true); }
    void endObject() { close('}'); }
    void beginArray() { open('[', false); }
    void endArray() { close(']'); }
    /// The key of the next value in the current object.
    void key(std::string_view name);

    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(const std::string& text) { value(std::string_view(text)); }
    void value(long long number);
    void value(unsigned long long number);
    void value(int number) { value(static_cast<long long>(number)); }
    void value(bool flag);
    void value(double number);
    void null();
    /// A member of the current object: its key, then its value.
    template <typename Value>
    void member(std::string_view name, const Value& content) {
        key(name);
        value(content);
    }

    /// The text written so far, ending with a newline once the outermost value is closed.
    std::string take();

private:
    struct Level {
        bool isObject;
        bool empty;
    };
    void open(char bracket, bool isObject);
    void close(char bracket);
    void beforeValue();
    void newline(std::size_t depth);
    void appendEscaped(std::string_view text);

    std::string out_;
    std::vector<Level> levels_;
    bool afterKey_ = false;
};

/// Writes a Poco JSON value (object, array or scalar) through `writer`: plugins' metrics.
void writeVar(const Poco::Dynamic::Var& value, JsonWriter& writer);

}  // namespace showcase::report
