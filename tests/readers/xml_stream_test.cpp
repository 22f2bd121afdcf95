// The XML layer every reader stands on: external entities are never fetched, malformed XML is a
// ReadError naming the part and line, and the time limit stops a long parse.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "readers/xml_stream.hpp"

using showcase::readers::ReadContext;
using showcase::readers::ReadError;
using showcase::readers::ReadLimits;

namespace {

class TextCollector : public showcase::readers::XmlHandler {
public:
    void startElement(const std::string&, const std::string& local, const Poco::XML::Attributes&) override {
        ++elements;
        (void)local;
    }
    void endElement(const std::string&, const std::string&) override {}
    void characters(std::string_view chunk) override { text.append(chunk); }
    std::string text;
    int elements = 0;
};

}  // namespace

TEST_CASE("external entities are never resolved", "[readers][xml]") {
    const std::string secretPath = "/tmp/showcase-xxe-secret.txt";
    std::ofstream(secretPath) << "SECRET-CONTENT";
    const std::string xml = "<?xml version=\"1.0\"?>\n"
                            "<!DOCTYPE d [ <!ENTITY leak SYSTEM \"file://" + secretPath + "\"> ]>\n"
                            "<d>before &leak; after</d>";
    TextCollector collector;
    const ReadContext context(ReadLimits{});
    try {
        showcase::readers::parseXml(xml, collector, context, "word/document.xml");
    } catch (const ReadError&) {
        // Refusing the document outright is as safe as skipping the entity.
    }
    CHECK(collector.text.find("SECRET-CONTENT") == std::string::npos);
}

TEST_CASE("malformed XML is a ReadError naming the part and the line", "[readers][xml]") {
    TextCollector collector;
    const ReadContext context(ReadLimits{});
    const std::string xml = "<?xml version=\"1.0\"?>\n<a>\n<b></a>";
    try {
        showcase::readers::parseXml(xml, collector, context, "word/document.xml");
        FAIL("no error for malformed XML");
    } catch (const ReadError& error) {
        CHECK_THAT(error.what(), Catch::Contains("malformed XML in word/document.xml at line 3"));
    }
}

TEST_CASE("the time limit stops a long parse", "[readers][xml]") {
    std::string xml = "<r>";
    for (int i = 0; i < 5000; ++i) xml += "<p>word</p>";
    xml += "</r>";
    ReadLimits limits;
    limits.timePerFile = std::chrono::milliseconds(0);
    const ReadContext context(limits);
    TextCollector collector;
    CHECK_THROWS_WITH(showcase::readers::parseXml(xml, collector, context, "word/document.xml"),
                      Catch::Contains("took longer than the limit"));
    SECTION("with time to spare the same XML is read whole") {
        TextCollector whole;
        showcase::readers::parseXml(xml, whole, ReadContext(ReadLimits{}), "word/document.xml");
        CHECK(whole.elements == 5001);
    }
}
