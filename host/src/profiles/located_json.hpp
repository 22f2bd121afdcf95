// JSON read with the line of every value, so that a rule broken deep inside a mappings file can be
// reported as FILE:LINE (Poco's parser keeps no positions once a document is parsed).
#pragma once

#include <Poco/Dynamic/Var.h>

#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

namespace showcase::profiles {

/// Malformed JSON: the line where reading stopped, and why.
class JsonSyntaxError : public std::runtime_error {
public:
    JsonSyntaxError(int line, const std::string& message) : std::runtime_error(message), line_(line) {}
    int line() const { return line_; }

private:
    int line_;
};

/// A parsed file: its value tree (objects keep their key order) and the line of each JSON pointer.
struct LocatedJson {
    std::string file;
    Poco::Dynamic::Var root;

    /// The line of `pointer`: of the key for a member ("/criteria/3/id"), of the first character
    /// for an array element or the root (""). A pointer that does not exist is placed at its
    /// nearest ancestor that does (a missing key is reported at the object that should hold it).
    int lineOf(const std::string& pointer) const;

    /// The text as read. Lines are only needed when something is wrong, so the pointer-to-line
    /// table is built from it on the first lineOf() rather than on every load.
    std::shared_ptr<const std::string> text;
    mutable std::shared_ptr<const std::map<std::string, int>> lines;
};

/// Parses `text` strictly (RFC 8259: no comments, no trailing commas, no duplicate keys).
/// Throws JsonSyntaxError.
LocatedJson parseLocatedJson(const std::string& text, const std::string& file);

/// Reads and parses a file; an unreadable file is a JsonSyntaxError at line 0.
LocatedJson readLocatedJson(const std::string& path);

/// The bytes of a file, or nullopt when it cannot be opened.
std::optional<std::string> readWholeFile(const std::string& path);

/// "malformed JSON: <reason>", or just the reason when the file could not be read at all (line 0).
std::string describeSyntaxError(const JsonSyntaxError& error);

/// Escapes a key for use in a JSON pointer ("~" -> "~0", "/" -> "~1").
std::string pointerToken(const std::string& key);

}  // namespace showcase::profiles
