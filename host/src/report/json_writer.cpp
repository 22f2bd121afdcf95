// Serialises Poco JSON trees into a string in one pass.
//
// Poco's Stringifier writes every character through an ostream, which made serialising the
// model cost as much as reading the bundle; this writer appends to one buffer and escapes runs of
// plain characters at once. Keys keep their insertion order for ordered objects.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <charconv>
#include <cstdio>

#include "report.hpp"

namespace showcase::report {
namespace {

void appendEscaped(const std::string& text, std::string& out) {
    out += '"';
    std::size_t plainStart = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F) continue;
        out.append(text, plainStart, i - plainStart);
        plainStart = i + 1;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default: {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                out += escaped;
            }
        }
    }
    out.append(text, plainStart, std::string::npos);
    out += '"';
}

void newline(std::string& out, int depth) {
    out += '\n';
    out.append(static_cast<std::size_t>(depth) * 2, ' ');
}

void appendValue(const Poco::Dynamic::Var& value, std::string& out, int depth);

void appendObject(const Poco::JSON::Object& object, std::string& out, int depth) {
    const auto names = object.getNames();
    if (names.empty()) {
        out += "{}";
        return;
    }
    out += '{';
    bool first = true;
    for (const auto& name : names) {
        if (!first) out += ',';
        first = false;
        newline(out, depth + 1);
        appendEscaped(name, out);
        out += ": ";
        appendValue(object.get(name), out, depth + 1);
    }
    newline(out, depth);
    out += '}';
}

void appendArray(const Poco::JSON::Array& array, std::string& out, int depth) {
    if (array.size() == 0) {
        out += "[]";
        return;
    }
    out += '[';
    for (std::size_t i = 0; i < array.size(); ++i) {
        if (i > 0) out += ',';
        newline(out, depth + 1);
        appendValue(array.get(static_cast<unsigned>(i)), out, depth + 1);
    }
    newline(out, depth);
    out += ']';
}

void appendValue(const Poco::Dynamic::Var& value, std::string& out, int depth) {
    if (value.isEmpty()) {
        out += "null";
    } else if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
        const auto& object = value.extract<Poco::JSON::Object::Ptr>();
        if (object.isNull()) out += "null"; else appendObject(*object, out, depth);
    } else if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
        const auto& array = value.extract<Poco::JSON::Array::Ptr>();
        if (array.isNull()) out += "null"; else appendArray(*array, out, depth);
    } else if (value.type() == typeid(Poco::JSON::Object)) {
        appendObject(value.extract<Poco::JSON::Object>(), out, depth);
    } else if (value.type() == typeid(Poco::JSON::Array)) {
        appendArray(value.extract<Poco::JSON::Array>(), out, depth);
    } else if (value.isBoolean()) {
        out += value.extract<bool>() ? "true" : "false";
    } else if (value.isString()) {
        appendEscaped(value.extract<std::string>(), out);
    } else if (value.isInteger()) {
        out += value.isSigned() ? std::to_string(value.convert<long long>())
                                : std::to_string(value.convert<unsigned long long>());
    } else if (value.isNumeric()) {
        char number[32];
        const auto result = std::to_chars(number, number + sizeof number, value.convert<double>());
        out.append(number, result.ptr);
    } else {
        appendEscaped(value.convert<std::string>(), out);
    }
}

}  // namespace

std::string stringify(const Poco::JSON::Object::Ptr& object) {
    std::string out;
    out.reserve(64 * 1024);
    appendObject(*object, out, 0);
    out += '\n';
    return out;
}

}  // namespace showcase::report
