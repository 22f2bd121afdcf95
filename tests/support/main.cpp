// The Catch2 runner for the whole suite, with the program's character locale (see host/src/main.cpp).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <clocale>

int main(int argc, char* argv[]) {
    std::setlocale(LC_CTYPE, "C.UTF-8");
    return Catch::Session().run(argc, argv);
}
