#include "xml_stream.hpp"

#include <Poco/SAX/ContentHandler.h>
#include <Poco/SAX/SAXException.h>
#include <Poco/SAX/SAXParser.h>
#include <Poco/SAX/XMLReader.h>

namespace showcase::readers {
namespace {

// Adapts Poco's ContentHandler to the narrower XmlHandler and keeps the clock in check.
class Adapter : public Poco::XML::ContentHandler {
public:
    Adapter(XmlHandler& handler, const ReadContext& context) : handler_(handler), context_(context) {}

    void setDocumentLocator(const Poco::XML::Locator*) override {}
    void startDocument() override {}
    void endDocument() override {}
    void startElement(const Poco::XML::XMLString& uri, const Poco::XML::XMLString& localName,
                      const Poco::XML::XMLString&, const Poco::XML::Attributes& attributes) override {
        context_.checkTime();
        handler_.startElement(uri, localName, attributes);
    }
    void endElement(const Poco::XML::XMLString& uri, const Poco::XML::XMLString& localName,
                    const Poco::XML::XMLString&) override {
        handler_.endElement(uri, localName);
    }
    void characters(const Poco::XML::XMLChar text[], int start, int length) override {
        handler_.characters(std::string_view(text + start, static_cast<std::size_t>(length)));
    }
    void ignorableWhitespace(const Poco::XML::XMLChar text[], int start, int length) override {
        characters(text, start, length);
    }
    void processingInstruction(const Poco::XML::XMLString&, const Poco::XML::XMLString&) override {}
    void startPrefixMapping(const Poco::XML::XMLString&, const Poco::XML::XMLString&) override {}
    void endPrefixMapping(const Poco::XML::XMLString&) override {}
    void skippedEntity(const Poco::XML::XMLString&) override {}

private:
    XmlHandler& handler_;
    const ReadContext& context_;
};

}  // namespace

void parseXml(const std::string& xml, XmlHandler& handler, const ReadContext& context,
              const std::string& partName) {
    Poco::XML::SAXParser parser;
    parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACE_PREFIXES, false);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
    Adapter adapter(handler, context);
    parser.setContentHandler(&adapter);
    try {
        parser.parseMemoryNP(xml.data(), xml.size());
    } catch (const ReadError&) {
        throw;
    } catch (const Poco::XML::SAXParseException& error) {
        throw ReadError("malformed XML in " + partName + " at line " + std::to_string(error.getLineNumber()) +
                        ": " + error.message());
    } catch (const Poco::Exception& error) {
        throw ReadError("malformed XML in " + partName + ": " + error.displayText());
    }
}

std::string attribute(const Poco::XML::Attributes& attributes, std::string_view local) {
    const int count = attributes.getLength();
    for (int i = 0; i < count; ++i) {
        if (attributes.getLocalName(i) == local) return attributes.getValue(i);
    }
    return {};
}

bool hasAttribute(const Poco::XML::Attributes& attributes, std::string_view local) {
    const int count = attributes.getLength();
    for (int i = 0; i < count; ++i) {
        if (attributes.getLocalName(i) == local) return true;
    }
    return false;
}

}  // namespace showcase::readers
