// What validating a mappings file finds: errors refuse the file, warnings and notes inform.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace showcase::profiles {

enum class Level { Error, Warning, Note };

struct Diagnostic {
    Level level = Level::Error;
    std::string file;
    int line = 0;  ///< 0 when the message concerns the file as a whole
    std::string pointer;
    std::string message;
};

/// "FILE:LINE: message (at /pointer)"; warnings and notes say so after the position.
std::string formatDiagnostic(const Diagnostic& diagnostic);

/// Everything found while loading, in the order found.
class Diagnostics {
public:
    void add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }
    const std::vector<Diagnostic>& items() const { return items_; }
    std::size_t count(Level level) const;
    bool hasErrors() const { return count(Level::Error) > 0; }

private:
    std::vector<Diagnostic> items_;
};

/// Each diagnostic formatted, one per line.
void printDiagnostics(const Diagnostics& diagnostics, std::ostream& out);

}  // namespace showcase::profiles
