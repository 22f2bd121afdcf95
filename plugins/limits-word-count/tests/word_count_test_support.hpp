// Helpers shared by the limits-word-count tests: reading a .docx as a bundle's report, and
// counting it under options written as JSON.
#pragma once

#include <Poco/JSON/Parser.h>

#include <string>
#include <tuple>
#include <vector>

#include "counting_policy.hpp"
#include "readers/readers.hpp"
#include "showcase/document.hpp"
#include "support/read_with.hpp"
#include "word_tally.hpp"

namespace showcase::wordcount::test {

/// The reference's test vectors: id, input, Word-compatible count, Unicode count.
using Vector = std::tuple<std::string, std::string, std::size_t, std::size_t>;
const std::vector<Vector>& referenceVectors();

/// A bundle holding one .docx, read by our reader, with the given role.
inline Bundle bundleOfDocx(const std::string& bytes, const std::string& path = "report.docx",
                           Role role = Role::Report) {
    Bundle bundle;
    bundle.documents.push_back(showcase::test::readWith(&showcase::readers::readDocx, bytes));
    Document& document = bundle.documents.back();
    document.path = path;
    document.role = role;
    document.status = ReadStatus::Read;
    return bundle;
}

/// The policy that `optionsJson` (a JSON object, "{}" for the defaults) asks for; fails the test
/// when the options have problems.
inline CountingPolicy policyOf(const std::string& optionsJson) {
    Poco::JSON::Parser parser;
    const auto options = parser.parse(optionsJson).extract<Poco::JSON::Object::Ptr>();
    PolicyReading reading = readPolicy(options);
    INFO("options " << optionsJson);
    REQUIRE(reading.problems.empty());
    return reading.policy;
}

}  // namespace showcase::wordcount::test
