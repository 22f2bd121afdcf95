// WordprocessingML automatic numbering (numbering.xml): which lists exist, and the label Word
// shows before each numbered or bulleted paragraph ("3.", "b)", "•").
//
// The label is an approximation of Word's layout engine, good for showing and for counting:
//  * counters are kept per abstract list definition, so lists (w:num) that share one continue each
//    other's numbering, as Word does, unless a w:startOverride restarts the level on its first use;
//  * numbering a paragraph at level L resets the counters of the deeper levels;
//  * w:lvlText has %1..%9 replaced by the counters of those levels, in the level's own w:numFmt:
//    decimal, decimalZero, lowerLetter/upperLetter (a..z, aa..zz), lowerRoman/upperRoman; other
//    formats are shown as decimal; "none" shows nothing;
//  * a bullet drawn from a symbol font (a private-use code point) is shown as "•", a picture
//    bullet as "•" too; w:lvlRestart, w:isLgl and legal numbering are not modelled.
#pragma once

#include <array>
#include <string>
#include <unordered_map>

#include "read_context.hpp"

namespace showcase::readers::docx {

/// One level (0..8) of a list definition.
struct ListLevel {
    bool defined = false;
    int start = 1;
    std::string format = "decimal";  ///< w:numFmt
    std::string text;                ///< w:lvlText, with %1..%9 placeholders
    bool pictureBullet = false;      ///< w:lvlPicBulletId
};

inline constexpr int kListLevels = 9;

/// The list definitions of numbering.xml.
class Numbering {
public:
    /// Parses numbering.xml; throws ReadError for malformed XML.
    void parse(const std::string& xml, const ReadContext& context, const std::string& partName);
    /// Whether lists can be told apart at all: false when the document has no numbering part.
    bool present() const { return present_; }
    /// Whether numbering.xml defines the list instance w:num/@w:numId.
    bool defines(const std::string& numId) const { return instances_.count(numId) != 0; }

    struct AbstractList {
        std::array<ListLevel, kListLevels> levels;
        std::string styleLink;     ///< this definition is the list style's own (w:styleLink)
        std::string numStyleLink;  ///< this definition borrows the levels of that list style
    };
    struct Instance {
        std::string abstractId;
        std::array<int, kListLevels> startOverride{-1, -1, -1, -1, -1, -1, -1, -1, -1};
        std::array<ListLevel, kListLevels> levelOverride;
    };

    /// The abstract definition holding the levels of `instance`, following w:numStyleLink.
    const AbstractList* levelsOf(const Instance& instance) const;
    const Instance* instance(const std::string& numId) const;

private:
    friend class NumberingHandler;
    bool present_ = false;
    std::unordered_map<std::string, AbstractList> abstracts_;
    std::unordered_map<std::string, Instance> instances_;
};

/// The running counters of one document's lists, advanced paragraph by paragraph in order.
class ListCounters {
public:
    explicit ListCounters(const Numbering& numbering) : numbering_(numbering) {}
    /// Counts one numbered paragraph at `level` of list `numId` and returns its label; empty when
    /// the list is unknown or the level shows nothing.
    std::string next(const std::string& numId, int level);

private:
    struct Counters {
        std::array<int, kListLevels> value{};  ///< 0: the level has not been used yet
    };
    const Numbering& numbering_;
    std::unordered_map<std::string, Counters> byAbstract_;
    std::unordered_map<std::string, std::array<bool, kListLevels>> overrideApplied_;
};

/// A counter value in a w:numFmt ("lowerRoman", 4 → "iv").
std::string formatListNumber(int value, const std::string& format);

}  // namespace showcase::readers::docx
