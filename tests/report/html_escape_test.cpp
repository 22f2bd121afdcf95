// Escaping for the HTML report: whatever a bundle's file names and quotes hold, they come out as
// text, never as markup, and the page stays valid UTF-8 without forbidden characters.
#include <catch2/catch.hpp>

#include "report/html_escape.hpp"

using showcase::report::html::anchorId;
using showcase::report::html::escape;
using showcase::report::html::thousands;

TEST_CASE("escape turns markup characters into character references", "[report][html]") {
    CHECK(escape("") == "");
    CHECK(escape("plain text") == "plain text");
    CHECK(escape("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    CHECK(escape("a & b") == "a &amp; b");
    CHECK(escape("&amp;") == "&amp;amp;");  // already-escaped text is text too
    CHECK(escape("\" onmouseover=\"x") == "&quot; onmouseover=&quot;x");
    CHECK(escape("it's") == "it&#39;s");
    CHECK(escape("<!-- -->") == "&lt;!-- --&gt;");
    CHECK(escape("]]>") == "]]&gt;");
}

TEST_CASE("escape keeps valid UTF-8 and whitespace as they are", "[report][html]") {
    const std::string text = "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x96 \xF0\x9F\x98\x80 \xE6\x97\xA5\xE6\x9C\xAC";
    CHECK(escape(text) == text);
    CHECK(escape("tab\there\nline\rreturn") == "tab\there\nline\rreturn");
}

TEST_CASE("escape replaces forbidden controls and invalid UTF-8 with U+FFFD", "[report][html]") {
    const std::string replacement = "\xEF\xBF\xBD";
    CHECK(escape(std::string("nul\0here", 8)) == "nul" + replacement + "here");
    CHECK(escape("bell\x07") == "bell" + replacement);
    CHECK(escape("del\x7F") == "del" + replacement);
    CHECK(escape("c1\xC2\x85") == "c1" + replacement);                  // U+0085, a C1 control
    CHECK(escape("nbsp\xC2\xA0") == "nbsp\xC2\xA0");                    // U+00A0 is fine
    CHECK(escape("latin1 caf\xE9") == "latin1 caf" + replacement);      // a lone Latin-1 byte
    CHECK(escape("cut \xE2\x80") == "cut " + replacement + replacement); // truncated sequence
    CHECK(escape("\xC0\xBC") == replacement + replacement);             // overlong '<'
    CHECK(escape("\xED\xA0\x80") == replacement + replacement + replacement);  // a surrogate
    CHECK(escape("\xF4\x90\x80\x80") == replacement + replacement + replacement + replacement);  // past U+10FFFF
    CHECK(escape("\xFF<") == replacement + "&lt;");  // an invalid byte never swallows what follows
}

TEST_CASE("anchor ids keep only characters safe in an id and a fragment", "[report][html]") {
    CHECK(anchorId("criterion-", "M02-K1") == "criterion-M02-K1");
    CHECK(anchorId("criterion-", "a\"b <c>/d#e") == "criterion-a-b--c--d-e");
    CHECK(anchorId("x-", "") == "x-");
}

TEST_CASE("numbers are written with thousands separators", "[report][html]") {
    CHECK(thousands(0) == "0");
    CHECK(thousands(999) == "999");
    CHECK(thousands(4396) == "4,396");
    CHECK(thousands(1234567) == "1,234,567");
    CHECK(thousands(-4500) == "-4,500");
    CHECK(thousands(27.6) == "28");
}
