#include "diagnostics.hpp"

#include <algorithm>

namespace showcase::profiles {

std::string formatDiagnostic(const Diagnostic& diagnostic) {
    std::string text = diagnostic.file;
    if (diagnostic.line > 0) text += ":" + std::to_string(diagnostic.line);
    text += ": ";
    if (diagnostic.level == Level::Warning) text += "warning: ";
    if (diagnostic.level == Level::Note) text += "note: ";
    text += diagnostic.message;
    if (!diagnostic.pointer.empty()) text += " (at " + diagnostic.pointer + ")";
    return text;
}

std::size_t Diagnostics::count(Level level) const {
    return static_cast<std::size_t>(
        std::count_if(items_.begin(), items_.end(), [level](const Diagnostic& d) { return d.level == level; }));
}

void printDiagnostics(const Diagnostics& diagnostics, std::ostream& out) {
    for (const auto& diagnostic : diagnostics.items()) out << formatDiagnostic(diagnostic) << "\n";
}

}  // namespace showcase::profiles
