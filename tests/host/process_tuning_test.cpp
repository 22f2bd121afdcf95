// The process settings `showcase` makes at start: output unchanged, the user's settings kept.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <optional>
#include <string>

#include "cli/process_tuning.hpp"

namespace {

// Sets or unsets TZ for one test and puts the old value back.
class TimeZoneVariable {
public:
    explicit TimeZoneVariable(const char* value) {
        if (const char* old = std::getenv("TZ")) old_ = old;
        if (value != nullptr) setenv("TZ", value, 1); else unsetenv("TZ");
        tzset();
    }
    ~TimeZoneVariable() {
        if (old_) setenv("TZ", old_->c_str(), 1); else unsetenv("TZ");
        tzset();
    }
    TimeZoneVariable(const TimeZoneVariable&) = delete;
    TimeZoneVariable& operator=(const TimeZoneVariable&) = delete;

private:
    std::optional<std::string> old_;
};

std::time_t localMidsummerNoon() {
    std::tm noon{};
    noon.tm_year = 2024 - 1900;
    noon.tm_mon = 5;
    noon.tm_mday = 21;
    noon.tm_hour = 12;
    noon.tm_isdst = -1;
    return std::mktime(&noon);
}

}  // namespace

TEST_CASE("the time zone is read once: the system's zone, and a TZ the user set is kept", "[cli]") {
    SECTION("unset: the system's zone, named by its file") {
        const TimeZoneVariable unset(nullptr);
        const std::time_t before = localMidsummerNoon();
        showcase::cli::readTimeZoneOnce();
        REQUIRE(std::getenv("TZ") != nullptr);
        CHECK(std::string(std::getenv("TZ")) == ":/etc/localtime");
        CHECK(localMidsummerNoon() == before);
    }
    SECTION("set by the user: kept") {
        const TimeZoneVariable user("America/New_York");
        showcase::cli::readTimeZoneOnce();
        CHECK(std::string(std::getenv("TZ")) == "America/New_York");
    }
}

TEST_CASE("the heap in huge pages still allocates, frees and reuses as before", "[cli]") {
    showcase::cli::backHeapWithHugePages();
    showcase::cli::backHeapWithHugePages();  // a second call changes nothing
    for (const std::size_t size : {std::size_t{16}, std::size_t{100000}, std::size_t{3} << 20, std::size_t{20} << 20}) {
        const std::unique_ptr<char[]> block(new char[size]);
        std::memset(block.get(), 'x', size);
        CHECK(block[size - 1] == 'x');
    }
}
