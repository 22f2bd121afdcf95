#include "text_metrics.hpp"

#include "metric_values.hpp"

namespace showcase::report::text {

namespace {

Poco::Dynamic::Var valueAt(const Object::Ptr& parent, const std::string& key) {
    if (parent.isNull() || !parent->has(key)) return {};
    return parent->get(key);
}

}  // namespace

Object::Ptr objectAt(const Object::Ptr& parent, const std::string& key) { return objectOf(valueAt(parent, key)); }

Array::Ptr arrayAt(const Object::Ptr& parent, const std::string& key) { return arrayOf(valueAt(parent, key)); }

std::optional<double> numberAt(const Object::Ptr& parent, const std::string& key) {
    return numberOf(valueAt(parent, key));
}

std::optional<std::string> stringAt(const Object::Ptr& parent, const std::string& key) {
    return stringOf(valueAt(parent, key));
}

std::string stringOr(const Object::Ptr& parent, const std::string& key, const std::string& fallback) {
    return stringAt(parent, key).value_or(fallback);
}

std::optional<bool> flagAt(const Object::Ptr& parent, const std::string& key) {
    return flagOf(valueAt(parent, key));
}

std::vector<Object::Ptr> objectsIn(const Array::Ptr& array) {
    std::vector<Object::Ptr> objects;
    if (array.isNull()) return objects;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto object = objectOf(array->get(static_cast<unsigned>(i)));
        if (!object.isNull()) objects.push_back(object);
    }
    return objects;
}

std::vector<double> numbersIn(const Array::Ptr& array) {
    std::vector<double> numbers;
    if (array.isNull()) return numbers;
    for (std::size_t i = 0; i < array->size(); ++i) {
        if (auto number = numberOf(array->get(static_cast<unsigned>(i)))) numbers.push_back(*number);
    }
    return numbers;
}

std::vector<std::string> stringsIn(const Array::Ptr& array) {
    std::vector<std::string> strings;
    if (array.isNull()) return strings;
    for (std::size_t i = 0; i < array->size(); ++i) {
        if (auto text = stringOf(array->get(static_cast<unsigned>(i)))) strings.push_back(*text);
    }
    return strings;
}

}  // namespace showcase::report::text
