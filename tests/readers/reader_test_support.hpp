// What the reader tests share: the names they speak of throughout, and the rows of fixtures.tsv,
// where the fixture generator (tools/gen/make_fixtures.py) says what each file holds.
#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "readers/readers.hpp"
#include "support/read_with.hpp"
#include "support/test_paths.hpp"

// At file scope because only reader tests include this header, and they all read documents
// block by block.
using showcase::Block;
using showcase::Document;
using showcase::Part;
using showcase::readers::ReadError;
using showcase::test::fixtureBytes;

namespace showcase::test {

/// One row of fixtures.tsv: a fixture, the feature it shows, and what a reader must find in it.
struct FixtureExpectation {
    std::string file, feature, role, expected;
};

/// Every row of fixtures.tsv; fails the test when the file cannot be opened.
inline std::vector<FixtureExpectation> fixtureExpectations() {
    std::ifstream in(fixture("fixtures.tsv"));
    REQUIRE(in.good());
    std::vector<FixtureExpectation> rows;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        FixtureExpectation row;
        std::istringstream fields(line);
        std::getline(fields, row.file, '\t');
        std::getline(fields, row.feature, '\t');
        std::getline(fields, row.role, '\t');
        std::getline(fields, row.expected);
        rows.push_back(row);
    }
    return rows;
}

/// What follows the last dot of `file`, or "" when it has none.
inline std::string extensionOf(const std::string& file) {
    const auto dot = file.rfind('.');
    return dot == std::string::npos ? "" : file.substr(dot + 1);
}

}  // namespace showcase::test
