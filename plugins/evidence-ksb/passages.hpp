// The bundle cut into passages (one block each) with where they sit and which phrases they hold.
#pragma once

#include <Poco/JSON/Object.h>

#include <set>
#include <string>
#include <vector>

#include "criteria_model.hpp"
#include "showcase/document.hpp"

namespace showcase::evidence {

/// Where a passage sits, as far as assessment goes.
enum class Place {
    Assessable,  ///< the showcase itself, within its limits
    BeyondLimit, ///< past a word or slide limit that is not assessed
    HiddenSlide, ///< on a hidden slide
    Appendix,    ///< supporting evidence: an appendix file or an appendix section
};

/// Whether a passage in `place` is there but not assessed: past a limit or on a hidden slide.
inline bool isBeyond(Place place) { return place == Place::BeyondLimit || place == Place::HiddenSlide; }

/// One block of text that may evidence criteria.
struct Passage {
    const Document* document = nullptr;
    const Block* block = nullptr;
    Place place = Place::Assessable;
    std::string section;               ///< the template section it falls under, if any
    std::string heading;               ///< the nearest heading above it, as written
    std::set<int> modules;             ///< modules its heading names ("Module 10: …")
    std::set<std::string> tags;        ///< criterion codes written in it or its heading, upper-case
    std::vector<char> phrases;         ///< phrases found in the block itself, by PhraseBook id
    std::vector<char> context;         ///< phrases found in its heading and neighbours
    std::vector<int> topicFeatures;    ///< the distinct topic feature ids among its stems
    bool mappingTable = false;         ///< a table cell that lists codes (a KSB mapping table)
    int words = 0;
};

/// Passages shorter than this many words borrow the phrases of their neighbours in the same
/// section as context (bullets, table cells); longer ones stand on their own and their heading.
inline constexpr int kNeighbourWords = 20;

/// Every passage of the bundle's readable documents, phrases matched against `model.book`.
/// `structure` is the structure-sections plugin's metrics (its headings and their template
/// sections), or null. `analyser` must be the one the model was read with (its word ids).
std::vector<Passage> collectPassages(const Bundle& bundle, const ProfileModel& model,
                                     const Poco::JSON::Object::Ptr& structure, TextAnalyser& analyser,
                                     int neighbourWords = kNeighbourWords);

/// Codes written in `text` that look like criterion references (K2.1, 2K1, S12.3, M02-K1), upper-case.
std::set<std::string> codesIn(const std::string& text);

}  // namespace showcase::evidence
