#include "shape.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <set>

#include "json_read.hpp"

namespace showcase::profiles {
namespace shapes {

ShapePtr string(std::vector<std::string> allowed) {
    auto shape = std::make_shared<Shape>();
    shape->kind = Shape::Kind::String;
    shape->allowed = std::move(allowed);
    return shape;
}
ShapePtr integer() {
    auto shape = std::make_shared<Shape>();
    shape->kind = Shape::Kind::Integer;
    return shape;
}
ShapePtr boolean() {
    auto shape = std::make_shared<Shape>();
    shape->kind = Shape::Kind::Boolean;
    return shape;
}
ShapePtr any() { return std::make_shared<Shape>(); }
ShapePtr arrayOf(ShapePtr element) {
    auto shape = std::make_shared<Shape>();
    shape->kind = Shape::Kind::Array;
    shape->element = std::move(element);
    return shape;
}
ShapePtr object(std::string what, std::vector<Member> members) {
    auto shape = std::make_shared<Shape>();
    shape->kind = Shape::Kind::Object;
    shape->what = std::move(what);
    shape->members = std::move(members);
    return shape;
}
ShapePtr nullable(ShapePtr inner) {
    auto shape = std::make_shared<Shape>(*inner);
    shape->nullable = true;
    return shape;
}
ShapePtr source() {
    auto shape = std::make_shared<Shape>();
    shape->kind = Shape::Kind::Source;
    shape->element = object("a citation", {{"seed", true, string()}, {"line", true, integer()},
                                           {"line_end", false, integer()}, {"quote", true, string()}});
    return shape;
}
ShapePtr notes() { return arrayOf(string()); }
ShapePtr cited(ShapePtr value, std::vector<std::string> bindings) {
    std::vector<Member> members{{"value", true, std::move(value)}};
    if (!bindings.empty()) members.push_back({"binding", false, string(std::move(bindings))});
    members.push_back({"source", true, source()});
    members.push_back({"notes", false, notes()});
    return object("a cited value", std::move(members));
}

}  // namespace shapes

namespace {

using Poco::Dynamic::Var;

const char* typeName(const Var& value) {
    if (value.isEmpty()) return "null";
    if (value.type() == typeid(Poco::JSON::Object::Ptr)) return "an object";
    if (value.type() == typeid(Poco::JSON::Array::Ptr)) return "an array";
    if (value.type() == typeid(bool)) return "a boolean";
    if (value.isString()) return "a string";
    if (value.isInteger()) return "an integer";
    return "a number";
}

class ShapeWalker {
public:
    ShapeWalker(const LocatedJson& json, Diagnostics& diagnostics) : json_(json), diagnostics_(diagnostics) {}

    void walk(const Var& value, const Shape& shape, const std::string& pointer) {
        if (value.isEmpty() && shape.nullable) return;
        switch (shape.kind) {
            case Shape::Kind::Any: return;
            case Shape::Kind::String: return walkString(value, shape, pointer);
            case Shape::Kind::Integer:
                // Booleans are integers to Poco; rule 3 says they are not to us.
                if (!value.isInteger() || value.type() == typeid(bool)) wrongType(value, "an integer", pointer);
                return;
            case Shape::Kind::Boolean:
                if (value.type() != typeid(bool)) wrongType(value, "a boolean", pointer);
                return;
            case Shape::Kind::Array: return walkArray(value, shape, pointer);
            case Shape::Kind::Object: return walkObject(value, shape, pointer);
            case Shape::Kind::Source: return walkSource(value, shape, pointer);
        }
    }

private:
    void report(Level level, const std::string& pointer, const std::string& message) {
        diagnostics_.add({level, json_.file, json_.lineOf(pointer), pointer, message});
    }

    void wrongType(const Var& value, const std::string& expected, const std::string& pointer) {
        report(Level::Error, pointer, "expected " + expected + ", found " + typeName(value));
    }

    void walkString(const Var& value, const Shape& shape, const std::string& pointer) {
        if (!value.isString()) return wrongType(value, "a string", pointer);
        const std::string text = value.extract<std::string>();
        if (text.empty()) return report(Level::Error, pointer, "empty string");
        if (shape.allowed.empty()) return;
        for (const auto& allowed : shape.allowed) {
            if (text == allowed) return;
        }
        std::string list;
        for (const auto& allowed : shape.allowed) list += (list.empty() ? "" : ", ") + allowed;
        report(shape.unknownValueIsWarning ? Level::Warning : Level::Error, pointer,
               "'" + text + "' is not one of " + list);
    }

    void walkArray(const Var& value, const Shape& shape, const std::string& pointer) {
        if (value.type() != typeid(Poco::JSON::Array::Ptr)) return wrongType(value, "an array", pointer);
        const auto array = value.extract<Poco::JSON::Array::Ptr>();
        for (std::size_t i = 0; i < array->size(); ++i) walk(json::at(array, i), *shape.element, pointer + "/" + std::to_string(i));
    }

    void walkObject(const Var& value, const Shape& shape, const std::string& pointer) {
        if (value.type() != typeid(Poco::JSON::Object::Ptr)) return wrongType(value, shape.what, pointer);
        const auto object = value.extract<Poco::JSON::Object::Ptr>();
        std::set<std::string> known;
        for (const auto& member : shape.members) {
            known.insert(member.name);
            const std::string child = pointer + "/" + pointerToken(member.name);
            if (object->has(member.name)) {
                walk(object->get(member.name), *member.shape, child);
            } else if (member.required) {
                report(Level::Error, pointer, "missing required key '" + member.name + "' in " + shape.what);
            }
        }
        for (const auto& name : object->getNames()) {
            if (known.count(name) == 0) {
                report(Level::Error, pointer + "/" + pointerToken(name), "unknown key '" + name + "' in " + shape.what);
            }
        }
    }

    void walkSource(const Var& value, const Shape& shape, const std::string& pointer) {
        if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
            if (value.extract<Poco::JSON::Array::Ptr>()->size() == 0) {
                return report(Level::Error, pointer, "a source array must hold at least one citation");
            }
            Shape array;
            array.kind = Shape::Kind::Array;
            array.element = shape.element;
            return walkArray(value, array, pointer);
        }
        walk(value, *shape.element, pointer);
    }

    const LocatedJson& json_;
    Diagnostics& diagnostics_;
};

}  // namespace

void checkShape(const LocatedJson& json, const ShapePtr& shape, Diagnostics& diagnostics) {
    ShapeWalker(json, diagnostics).walk(json.root, *shape, "");
}

std::optional<LocatedJson> readShaped(const std::string& path, const ShapePtr& shape, Diagnostics& diagnostics) {
    std::optional<LocatedJson> json;
    try {
        json = readLocatedJson(path);
    } catch (const JsonSyntaxError& error) {
        diagnostics.add({Level::Error, path, error.line(), "", describeSyntaxError(error)});
        return std::nullopt;
    }
    const std::size_t errorsBefore = diagnostics.count(Level::Error);
    checkShape(*json, shape, diagnostics);
    // The rules that follow read what the shape check vetted; on a misshapen file they would only echo it.
    if (diagnostics.count(Level::Error) > errorsBefore) return std::nullopt;
    return json;
}

}  // namespace showcase::profiles
