// Small builders for JSON whose keys keep the order they were added in (stable golden files).
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

#include "showcase/document.hpp"
#include "showcase_version.hpp"

namespace showcase::report {

inline Poco::JSON::Object::Ptr orderedObject() { return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER); }

inline Poco::JSON::Array::Ptr stringArray(const std::vector<std::string>& values) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const auto& value : values) array->add(value);
    return array;
}

/// {"name": "showcase", "version": ...}: the same in every output.
inline Poco::JSON::Object::Ptr toolJson() {
    auto tool = orderedObject();
    tool->set("name", "showcase");
    tool->set("version", kVersion);
    return tool;
}

/// The entries the bundle reader refused or noticed.
inline Poco::JSON::Array::Ptr noticesJson(const Bundle& bundle) {
    Poco::JSON::Array::Ptr notices = new Poco::JSON::Array;
    for (const auto& notice : bundle.notices) {
        auto object = orderedObject();
        object->set("path", notice.path);
        object->set("kind", notice.kind);
        object->set("message", notice.message);
        notices->add(object);
    }
    return notices;
}

}  // namespace showcase::report
