// The JSON writer: whatever text a document holds, the output parses back to the same values.
#include <catch2/catch.hpp>

#include <Poco/JSON/Parser.h>

#include "report/report.hpp"

TEST_CASE("the JSON writer escapes any text and round-trips every value type", "[report][json]") {
    auto text = GENERATE(as<std::string>{}, "plain", "quote \" and backslash \\", "line\nbreak\ttab\rreturn",
                         std::string("control \x01\x1f and nul \0 inside", 28), "caf\xC3\xA9 \xE2\x80\x9Csmart\xE2\x80\x9D", "");
    Poco::JSON::Object::Ptr object = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    object->set("text", text);
    object->set("count", 42);
    object->set("big", 1ULL << 40);
    object->set("negative", -7);
    object->set("ratio", 0.25);
    object->set("yes", true);
    object->set("nothing", Poco::Dynamic::Var());
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    list->add("a");
    list->add(text);
    object->set("list", list);
    object->set("empty", Poco::JSON::Object::Ptr(new Poco::JSON::Object));

    const std::string json = showcase::report::stringify(object);
    Poco::JSON::Parser parser;
    const auto parsed = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
    CHECK(parsed->getValue<std::string>("text") == text);
    CHECK(parsed->getValue<int>("count") == 42);
    CHECK(parsed->getValue<unsigned long long>("big") == (1ULL << 40));
    CHECK(parsed->getValue<int>("negative") == -7);
    CHECK(parsed->getValue<double>("ratio") == 0.25);
    CHECK(parsed->getValue<bool>("yes"));
    CHECK(parsed->isNull("nothing"));
    CHECK(parsed->getArray("list")->getElement<std::string>(1) == text);
    CHECK(parsed->getObject("empty")->size() == 0);
    SECTION("keys keep the order they were added in") {
        CHECK(json.find("\"text\"") < json.find("\"count\""));
        CHECK(json.find("\"count\"") < json.find("\"big\""));
    }
}
