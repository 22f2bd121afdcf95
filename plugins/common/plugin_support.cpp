#include "plugin_support.hpp"

#include <cmath>

namespace showcase::common {
namespace {

std::string shown(const Poco::Dynamic::Var& value) {
    try {
        return "'" + value.convert<std::string>() + "'";
    } catch (const Poco::Exception&) {
        return "its value";
    }
}

std::string numberText(double number) {
    return std::floor(number) == number ? std::to_string(static_cast<long long>(number)) : std::to_string(number);
}

}  // namespace

std::string stringOf(const Poco::JSON::Object::Ptr& object, const std::string& key) {
    return object && object->has(key) && object->get(key).isString() ? object->getValue<std::string>(key) : std::string();
}

std::vector<std::string> stringsIn(const Poco::JSON::Array::Ptr& array) {
    std::vector<std::string> values;
    for (std::size_t i = 0; array && i < array->size(); ++i) {
        if (array->get(static_cast<unsigned>(i)).isString()) values.push_back(array->getElement<std::string>(static_cast<unsigned>(i)));
    }
    return values;
}

std::vector<Poco::JSON::Object::Ptr> objectsIn(const Poco::JSON::Array::Ptr& array) {
    std::vector<Poco::JSON::Object::Ptr> values;
    for (std::size_t i = 0; array && i < array->size(); ++i) {
        if (const auto object = array->getObject(static_cast<unsigned>(i))) values.push_back(object);
    }
    return values;
}

Finding makeFinding(const std::string& check, Severity severity, const std::string& message,
                    std::optional<Location> location, std::optional<double> value, std::optional<double> limit) {
    Finding finding;
    finding.check = check;
    finding.severity = severity;
    finding.message = message + " [" + check + "]";
    finding.location = std::move(location);
    finding.value = value;
    finding.limit = limit;
    return finding;
}

Poco::JSON::Object::Ptr optionsWithProfileLimits(const Analysis& analysis, const std::vector<ProfileLimit>& limits) {
    const Poco::JSON::Object::Ptr given = analysis.options();
    const Poco::JSON::Object::Ptr profile = analysis.profile();
    if (profile.isNull() || profile->getObject("limits").isNull()) return given;
    Poco::JSON::Object::Ptr merged = new Poco::JSON::Object(*given);
    const Poco::JSON::Object::Ptr profileLimits = profile->getObject("limits");
    for (const auto& limit : limits) {
        if (merged->has(limit.optionKey)) continue;
        const Poco::JSON::Object::Ptr section = profileLimits->getObject(limit.section);
        if (section.isNull()) continue;
        // "max" takes the limit's value; "max.binding" another field of the same limit.
        const auto dot = limit.limitKey.find('.');
        const std::string name = limit.limitKey.substr(0, dot);
        const std::string field = dot == std::string::npos ? "value" : limit.limitKey.substr(dot + 1);
        const Poco::JSON::Object::Ptr entry = section->getObject(name);
        if (!entry.isNull() && entry->has(field)) merged->set(limit.optionKey, entry->get(field));
    }
    return merged;
}

OptionReader::OptionReader(Poco::JSON::Object::Ptr options, std::vector<std::string>& problems)
    : options_(std::move(options)), problems_(problems) {}

Poco::Dynamic::Var OptionReader::take(const std::string& key) {
    used_.insert(key);
    if (options_.isNull() || !options_->has(key)) return {};
    return options_->get(key);
}

void OptionReader::complain(const std::string& key, const std::string& expected, const Poco::Dynamic::Var& value) {
    problems_.push_back("option " + key + " takes " + expected + ", not " + shown(value) + "; ignored");
}

void OptionReader::flag(const std::string& key, bool& target) {
    const Poco::Dynamic::Var value = take(key);
    if (value.isEmpty()) return;
    if (value.isBoolean()) target = value.convert<bool>();
    else complain(key, "true or false", value);
}

void OptionReader::number(const std::string& key, std::optional<double>& target, double lowest, bool strictlyAbove) {
    const Poco::Dynamic::Var value = take(key);
    if (value.isEmpty()) return;
    if (value.isNumeric() && !value.isBoolean()) {
        const double number = value.convert<double>();
        if (std::isfinite(number) && (strictlyAbove ? number > lowest : number >= lowest)) {
            target = number;
            return;
        }
    }
    complain(key, std::string("a number ") + (strictlyAbove ? "above " : "of at least ") + numberText(lowest), value);
}

void OptionReader::number(const std::string& key, double& target, double lowest, bool strictlyAbove) {
    std::optional<double> read;
    number(key, read, lowest, strictlyAbove);
    if (read) target = *read;
}

void OptionReader::wholeNumber(const std::string& key, std::optional<int>& target, int lowest, int highest) {
    const Poco::Dynamic::Var value = take(key);
    if (value.isEmpty()) return;
    if (value.isNumeric() && !value.isBoolean()) {
        const double number = value.convert<double>();
        if (std::floor(number) == number && number >= lowest && number <= highest) {
            target = static_cast<int>(number);
            return;
        }
    }
    complain(key, "a whole number from " + std::to_string(lowest) + " to " + std::to_string(highest), value);
}

void OptionReader::reportUnknown() {
    if (options_.isNull()) return;
    for (const auto& key : options_->getNames()) {
        if (used_.count(key) == 0) problems_.push_back("unknown option " + key + "; ignored");
    }
}

}  // namespace showcase::common
