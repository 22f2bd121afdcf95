// The JSON reader behind FILE:LINE messages: strict syntax, and the line of every member.
#include <catch2/catch.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "profiles/located_json.hpp"

using showcase::profiles::JsonSyntaxError;
using showcase::profiles::parseLocatedJson;

TEST_CASE("every member and element is located at its own line", "[profiles][json]") {
    const auto json = parseLocatedJson("{\n  \"a\": 1,\n  \"list\": [\n    {\"b/c\": true},\n    null\n  ]\n}\n", "x.json");
    CHECK(json.lineOf("") == 1);
    CHECK(json.lineOf("/a") == 2);
    CHECK(json.lineOf("/list") == 3);
    CHECK(json.lineOf("/list/0") == 4);
    CHECK(json.lineOf("/list/0/b~1c") == 4);
    CHECK(json.lineOf("/list/1") == 5);
    SECTION("a missing member is placed at the nearest ancestor that exists") {
        CHECK(json.lineOf("/list/0/missing") == 4);
        CHECK(json.lineOf("/nothing/deeper") == 1);
    }
    SECTION("objects keep their key order and integers stay integers") {
        const auto ordered = parseLocatedJson("{\"z\": 1, \"a\": 2.5}", "y.json");
        const auto object = ordered.root.extract<Poco::JSON::Object::Ptr>();
        CHECK(object->getNames() == std::vector<std::string>{"z", "a"});
        CHECK(object->get("z").isInteger());
        CHECK_FALSE(object->get("a").isInteger());
    }
}

TEST_CASE("malformed JSON is refused with the line where reading stopped", "[profiles][json]") {
    auto [text, line, message] = GENERATE(table<std::string, int, std::string>({
        {"{\n  \"a\": 1\n  \"b\": 2\n}", 3, "expected ',' or '}'"},
        {"{\n  \"a\": [1, 2,]\n}", 2, "unexpected character ']'"},
        {"{\n  \"a\": 1,\n  \"a\": 2\n}", 3, "duplicate key 'a'"},
        {"{\n  \"a\": \"open\n}", 2, "control character in a string"},
        {"{\n  \"a\": 01\n}", 2, "leading zero"},
        {"{\"a\": 1}\n\n{}", 3, "unexpected text after the JSON value"},
        {"{\n  // comment\n}", 2, "expected a key"},
        {"{\n  \"a\": tru\n}", 2, "unexpected character 't'"},
        {"{\n  \"a\": 1,\n", 3, "expected a key"},
    }));
    INFO(text);
    try {
        parseLocatedJson(text, "bad.json");
        FAIL("accepted malformed JSON");
    } catch (const JsonSyntaxError& error) {
        CHECK(error.line() == line);
        CHECK_THAT(error.what(), Catch::Contains(message));
    }
}

TEST_CASE("string escapes decode to UTF-8, surrogate pairs included", "[profiles][json]") {
    const auto json = parseLocatedJson(R"({"s": "caf\u00e9 \u2013 \ud83d\ude00 \"q\" \\ \/"})", "e.json");
    CHECK(json.root.extract<Poco::JSON::Object::Ptr>()->getValue<std::string>("s") ==
          "caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x98\x80 \"q\" \\ /");
    CHECK_THROWS_AS(parseLocatedJson(R"({"s": "\ud83d"})", "e.json"), JsonSyntaxError);
}
