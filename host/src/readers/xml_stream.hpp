// Streaming XML for the readers: Poco's SAX parser with external entities never resolved.
#pragma once

#include <Poco/SAX/Attributes.h>

#include <string>
#include <string_view>

#include "read_context.hpp"

namespace showcase::readers {

/// Receives the events of one XML part; names arrive as namespace URI and local name.
class XmlHandler {
public:
    virtual ~XmlHandler() = default;
    virtual void startElement(const std::string& uri, const std::string& local,
                              const Poco::XML::Attributes& attributes) = 0;
    virtual void endElement(const std::string& uri, const std::string& local) = 0;
    virtual void characters(std::string_view text) = 0;
};

/// Parses `xml` as a stream. Throws ReadError naming `partName` and the line for malformed XML,
/// a DTD that tries to reach outside the document, or a time limit passed.
void parseXml(const std::string& xml, XmlHandler& handler, const ReadContext& context,
              const std::string& partName);

/// The value of the attribute with this local name in any namespace, or "" when absent.
std::string attribute(const Poco::XML::Attributes& attributes, std::string_view local);

/// True when the attribute is present (any namespace).
bool hasAttribute(const Poco::XML::Attributes& attributes, std::string_view local);

}  // namespace showcase::readers
