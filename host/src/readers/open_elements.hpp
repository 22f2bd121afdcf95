// The open elements of a streaming XML handler that passes over the subtrees it has no use for.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace showcase::readers {

/// The elements open at one point of an XML stream: a tag for each element the handler reads, and
/// a depth count for the subtree it is passing over, whose elements get no tag.
template <typename Tag>
class OpenElements {
public:
    /// Call first for every opening element: true, with the element counted, when it lies inside
    /// a subtree being passed over, which the handler must not look into.
    bool opensInSkippedSubtree() {
        if (skipDepth_ == 0) return false;
        ++skipDepth_;
        return true;
    }

    /// Passes over the element just opened, which then gets no tag, and everything inside it.
    void skipSubtree() { skipDepth_ = 1; }

    /// Tags the element just opened.
    void push(Tag tag) { tags_.push_back(tag); }

    /// Call first for every closing element: the tag it opened with, or nothing when it closes
    /// inside a subtree being passed over (or when nothing is open).
    std::optional<Tag> close() {
        if (skipDepth_ > 0) {
            --skipDepth_;
            return std::nullopt;
        }
        if (tags_.empty()) return std::nullopt;
        const Tag tag = tags_.back();
        tags_.pop_back();
        return tag;
    }

    /// True inside a subtree being passed over: its text belongs to no element the handler reads.
    bool skipping() const { return skipDepth_ > 0; }

    /// The tag of the innermost element read, or `atTop` when none is open.
    Tag innermost(Tag atTop) const { return tags_.empty() ? atTop : tags_.back(); }

    /// How many elements read are open.
    std::size_t depth() const { return tags_.size(); }

    void reserve(std::size_t elements) { tags_.reserve(elements); }

private:
    std::vector<Tag> tags_;
    int skipDepth_ = 0;
};

}  // namespace showcase::readers
