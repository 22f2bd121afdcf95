// The key tables of mappings/README.md as data, and one walker that enforces them: rules 2 (no
// unknown keys), 3 (required keys, types), 4 (enumerated values) and the shape half of rule 5.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics.hpp"
#include "located_json.hpp"

namespace showcase::profiles {

struct Shape;
using ShapePtr = std::shared_ptr<const Shape>;

/// One member of an object kind.
struct Member {
    std::string name;
    bool required;
    ShapePtr shape;
};

/// What a value must look like.
struct Shape {
    enum class Kind { String, Integer, Boolean, Array, Object, Source, Any };
    Kind kind = Kind::Any;
    bool nullable = false;                ///< `null` is accepted too
    std::vector<std::string> allowed;     ///< enumerated strings (empty: any non-empty string)
    bool unknownValueIsWarning = false;   ///< submission/rules kinds: new kinds may be added as data
    std::vector<Member> members;          ///< objects
    ShapePtr element;                     ///< arrays
    std::string what;                     ///< the kind's name in messages ("a citation", "a section")
};

namespace shapes {
ShapePtr string(std::vector<std::string> allowed = {});
ShapePtr integer();
ShapePtr boolean();
ShapePtr any();
ShapePtr arrayOf(ShapePtr element);
ShapePtr object(std::string what, std::vector<Member> members);
ShapePtr nullable(ShapePtr shape);
/// A `source` member: one citation or a non-empty array of them.
ShapePtr source();
/// A Cited value (section 2): value, binding (when `bindings` is not empty), source, notes.
ShapePtr cited(ShapePtr value, std::vector<std::string> bindings = {});
ShapePtr notes();
}  // namespace shapes

/// Walks `json` against `shape`, adding an error (or warning) for every departure, at the line of
/// the offending key or value.
void checkShape(const LocatedJson& json, const ShapePtr& shape, Diagnostics& diagnostics);

/// Reads `path` and checks it against `shape`; nullopt (with the reasons in `diagnostics`) when it
/// cannot be read or parsed, or has an error of shape.
std::optional<LocatedJson> readShaped(const std::string& path, const ShapePtr& shape, Diagnostics& diagnostics);

/// The shape of a profile (section 4) and of a criteria catalogue (section 3).
ShapePtr profileShape();
ShapePtr catalogueShape();

}  // namespace showcase::profiles
