// An OOXML or ODF package (a zip) opened from memory, holding only the parts a reader asked for.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read_context.hpp"

namespace showcase::readers {

/// The parts of a zip package, inflated in memory under the context's limits.
class Package {
public:
    /// Opens `bytes` as a zip and inflates the entries for which `wanted(name)` is true.
    /// Throws ReadError for a damaged or encrypted package or a limit passed.
    Package(std::string_view bytes, const std::function<bool(const std::string&)>& wanted,
            const ReadContext& context);

    /// The inflated part, or nullptr when the package has no such (wanted) part.
    const std::string* part(const std::string& name) const;
    /// Every entry name in the package, wanted or not, in stored order.
    const std::vector<std::string>& names() const { return names_; }
    /// Total bytes inflated.
    std::uint64_t expandedBytes() const { return expanded_; }

private:
    std::map<std::string, std::string> parts_;
    std::vector<std::string> names_;
    std::uint64_t expanded_ = 0;
};

/// Resolves a relationship target against the folder of the part that owns the .rels file.
std::string resolvePartPath(const std::string& sourcePart, const std::string& target);

}  // namespace showcase::readers
