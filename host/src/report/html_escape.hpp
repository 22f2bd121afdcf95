// Text from a bundle (file names, headings, quotes) is untrusted: everything put into the HTML
// report goes through these functions, so no bundle can inject markup, script or a broken page.
#pragma once

#include <string>
#include <string_view>

namespace showcase::report::html {

/// `text` made safe as HTML text and as a double- or single-quoted attribute value: & < > " '
/// become character references; control characters that HTML forbids (C0 but tab, line feed and
/// carriage return; DEL; C1) and bytes that are not valid UTF-8 become U+FFFD, so the page stays
/// well-formed whatever a reader let through.
std::string escape(std::string_view text);

/// `text` made safe as the value of an id attribute and a fragment (#id): ASCII letters, digits,
/// '-' and '_' are kept, anything else becomes '-', and the result starts with `prefix`.
std::string anchorId(std::string_view prefix, std::string_view text);

/// 4396 -> "4,396": numbers as an English reader expects them; rounds to the nearest whole.
std::string thousands(double number);

}  // namespace showcase::report::html
