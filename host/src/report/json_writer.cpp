// JSON written in one pass into a buffer. Poco's Stringifier sends every character through an
// ostream, which made serialising the model cost as much as reading the bundle.
#include "json_writer.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <charconv>
#include <cstdio>

#include "report.hpp"

namespace showcase::report {

void JsonWriter::newline(std::size_t depth) {
    out_ += '\n';
    out_.append(depth * 2, ' ');
}

void JsonWriter::beforeValue() {
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (levels_.empty()) return;
    Level& level = levels_.back();
    if (!level.empty) out_ += ',';
    level.empty = false;
    newline(levels_.size());
}

void JsonWriter::key(std::string_view name) {
    beforeValue();
    appendEscaped(name);
    out_ += ": ";
    afterKey_ = true;
}

void JsonWriter::open(char bracket, bool isObject) {
    beforeValue();
    out_ += bracket;
    levels_.push_back({isObject, true});
}

void JsonWriter::close(char bracket) {
    const bool empty = levels_.back().empty;
    levels_.pop_back();
    if (!empty) newline(levels_.size());
    out_ += bracket;
    if (levels_.empty()) out_ += '\n';
}

void JsonWriter::value(std::string_view text) {
    beforeValue();
    appendEscaped(text);
}

void JsonWriter::value(long long number) {
    beforeValue();
    out_ += std::to_string(number);
}

void JsonWriter::value(unsigned long long number) {
    beforeValue();
    out_ += std::to_string(number);
}

void JsonWriter::value(bool flag) {
    beforeValue();
    out_ += flag ? "true" : "false";
}

void JsonWriter::value(double number) {
    beforeValue();
    char digits[32];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    out_.append(digits, result.ptr);
}

void JsonWriter::null() {
    beforeValue();
    out_ += "null";
}

std::string JsonWriter::take() { return std::move(out_); }

void JsonWriter::appendEscaped(std::string_view text) {
    out_ += '"';
    std::size_t plainStart = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F) continue;
        out_.append(text.substr(plainStart, i - plainStart));
        plainStart = i + 1;
        switch (c) {
            case '"': out_ += "\\\""; break;
            case '\\': out_ += "\\\\"; break;
            case '\n': out_ += "\\n"; break;
            case '\r': out_ += "\\r"; break;
            case '\t': out_ += "\\t"; break;
            case '\b': out_ += "\\b"; break;
            case '\f': out_ += "\\f"; break;
            default: {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                out_ += escaped;
            }
        }
    }
    out_.append(text.substr(plainStart));
    out_ += '"';
}

namespace {

void writeObject(const Poco::JSON::Object& object, JsonWriter& writer) {
    writer.beginObject();
    for (const auto& name : object.getNames()) {
        writer.key(name);
        writeVar(object.get(name), writer);
    }
    writer.endObject();
}

void writeArray(const Poco::JSON::Array& array, JsonWriter& writer) {
    writer.beginArray();
    for (std::size_t i = 0; i < array.size(); ++i) writeVar(array.get(static_cast<unsigned>(i)), writer);
    writer.endArray();
}

}  // namespace

void writeVar(const Poco::Dynamic::Var& value, JsonWriter& writer) {
    if (value.isEmpty()) {
        writer.null();
    } else if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
        const auto& object = value.extract<Poco::JSON::Object::Ptr>();
        if (object.isNull()) writer.null(); else writeObject(*object, writer);
    } else if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
        const auto& array = value.extract<Poco::JSON::Array::Ptr>();
        if (array.isNull()) writer.null(); else writeArray(*array, writer);
    } else if (value.type() == typeid(Poco::JSON::Object)) {
        writeObject(value.extract<Poco::JSON::Object>(), writer);
    } else if (value.type() == typeid(Poco::JSON::Array)) {
        writeArray(value.extract<Poco::JSON::Array>(), writer);
    } else if (value.isBoolean()) {
        writer.value(value.extract<bool>());
    } else if (value.isString()) {
        writer.value(value.extract<std::string>());
    } else if (value.isInteger()) {
        if (value.isSigned()) writer.value(value.convert<long long>()); else writer.value(value.convert<unsigned long long>());
    } else if (value.isNumeric()) {
        writer.value(value.convert<double>());
    } else {
        writer.value(value.convert<std::string>());
    }
}

std::string stringify(const Poco::JSON::Object::Ptr& object) {
    JsonWriter writer;
    writeObject(*object, writer);
    return writer.take();
}

}  // namespace showcase::report
