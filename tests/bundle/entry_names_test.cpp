// Entry names that could reach outside the bundle, and operating-system litter.
#include <catch2/catch.hpp>

#include "bundle/archive_expander.hpp"

using showcase::bundle::isSystemLitter;
using showcase::bundle::isUnsafeEntryName;

TEST_CASE("unsafe entry names are recognised", "[bundle]") {
    auto [name, unsafe] = GENERATE(table<std::string, bool>({
        {"report.docx", false},
        {"Appendices/feedback.pdf", false},
        {"notes..txt", false},
        {"..", true},
        {"../evil.txt", true},
        {"a/../../evil.txt", true},
        {"a/..", true},
        {"/etc/passwd", true},
        {"C:/Windows/evil.txt", true},
        {"", true},
    }));
    INFO(name);
    CHECK(isUnsafeEntryName(name) == unsafe);
}

TEST_CASE("operating-system litter is recognised", "[bundle]") {
    CHECK(isSystemLitter("__MACOSX/._report.docx"));
    CHECK(isSystemLitter("folder/.DS_Store"));
    CHECK(isSystemLitter("~$port.docx"));
    CHECK(isSystemLitter("Thumbs.db"));
    CHECK_FALSE(isSystemLitter("report.docx"));
}
