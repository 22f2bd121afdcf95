#include "counting_policy.hpp"

#include "plugin_support.hpp"

#include <cmath>
#include <sstream>

namespace showcase::wordcount {
namespace {

void readNotesSwitch(common::OptionReader& read, const std::string& key, NotesSwitch& target) {
    const Poco::Dynamic::Var value = read.take(key);
    if (value.isEmpty()) return;
    if (value.isBoolean()) target = value.convert<bool>() ? NotesSwitch::Always : NotesSwitch::Never;
    else if (value.toString() == "document") target = NotesSwitch::FollowDocument;
    else read.complain(key, "true, false or document", value);
}

// A comma-separated list of words, lower-cased and trimmed.
void readWordList(common::OptionReader& read, const std::string& key, std::vector<std::string>& target) {
    const Poco::Dynamic::Var value = read.take(key);
    if (value.isEmpty()) return;
    std::vector<std::string> parsed;
    std::stringstream list(value.toString());
    std::string item;
    while (std::getline(list, item, ',')) {
        const auto first = item.find_first_not_of(' ');
        const auto last = item.find_last_not_of(' ');
        if (first == std::string::npos) continue;
        item = item.substr(first, last - first + 1);
        for (char& c : item) {
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        }
        parsed.push_back(item);
    }
    target = parsed;
}

const char* switchName(NotesSwitch value) {
    switch (value) {
        case NotesSwitch::FollowDocument: return "document";
        case NotesSwitch::Always: return "true";
        case NotesSwitch::Never: return "false";
    }
    return "document";
}

bool notesCount(NotesSwitch value, const SavedStatistics& saved) {
    switch (value) {
        case NotesSwitch::Always: return true;
        case NotesSwitch::Never: return false;
        case NotesSwitch::FollowDocument: return saved.includeNotesAndTextBoxes != 0;  // unknown: Word's default, in
    }
    return true;
}

}  // namespace

std::optional<long long> CountingPolicy::acceptedMaximum() const {
    if (!max) return std::nullopt;
    return static_cast<long long>(std::floor(*max * (1.0 + tolerancePercent / 100.0) + 1e-9));
}

PolicyReading readPolicy(const Poco::JSON::Object::Ptr& options) {
    PolicyReading reading;
    CountingPolicy& policy = reading.policy;
    common::OptionReader read(options, reading.problems);
    read.flag("dashes_separate", policy.rules.dashesSeparate);
    read.flag("no_break_space_separates", policy.rules.noBreakSpaceSeparates);
    read.flag("tables", policy.tables);
    readNotesSwitch(read, "text_boxes", policy.textBoxes);
    readNotesSwitch(read, "footnotes", policy.footnotes);
    readNotesSwitch(read, "endnotes", policy.endnotes);
    read.flag("headers", policy.headers);
    read.flag("footers", policy.footers);
    read.flag("comments", policy.comments);
    read.flag("hidden_text", policy.hiddenText);
    read.flag("tracked_deletions", policy.trackedDeletions);
    read.flag("list_labels", policy.listLabels);
    read.flag("exclude_back_matter", policy.excludeBackMatter);
    read.flag("exclude_cover", policy.excludeCover);
    readWordList(read, "back_matter_headings", policy.backMatterHeadings);
    read.number("min", policy.min, 0);
    read.number("max", policy.max, 1);
    read.number("tolerance", policy.tolerancePercent, 0);
    const Poco::Dynamic::Var binding = read.take("max_binding");
    if (!binding.isEmpty()) {
        if (binding.toString() == "hard") policy.maxIsHard = true;
        else if (binding.toString() == "recommended" || binding.toString() == "approximate") policy.maxIsHard = false;
        else read.complain("max_binding", "hard, recommended or approximate", binding);
    }
    read.flag("explain", policy.explain);
    std::optional<double> explainLimit;
    read.number("explain_limit", explainLimit, 0);
    if (explainLimit) policy.explainLimit = static_cast<std::size_t>(*explainLimit);
    read.reportUnknown();
    if (policy.min && policy.max && *policy.min > *policy.max) {
        reading.problems.push_back("option min is above max: both kept, so every count fails one of them");
    }
    return reading;
}

bool partCounts(const CountingPolicy& policy, Part part, const SavedStatistics& saved) {
    switch (part) {
        case Part::Body: return true;
        case Part::Table: return policy.tables;
        case Part::TextBox: return notesCount(policy.textBoxes, saved);
        case Part::Footnote: return notesCount(policy.footnotes, saved);
        case Part::Endnote: return notesCount(policy.endnotes, saved);
        case Part::Header: return policy.headers;
        case Part::Footer: return policy.footers;
        case Part::Comment: return policy.comments;
        // A report is a document; slide parts only appear if a deck was given the report role.
        case Part::SlideTitle:
        case Part::SlideBody: return true;
        case Part::Notes: return false;
    }
    return false;
}

Poco::JSON::Object::Ptr policyToJson(const CountingPolicy& policy) {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    Poco::JSON::Array::Ptr roles = new Poco::JSON::Array;
    roles->add("report");
    json->set("counted_roles", roles);
    json->set("dashes_separate", policy.rules.dashesSeparate);
    json->set("no_break_space_separates", policy.rules.noBreakSpaceSeparates);
    json->set("body", true);
    json->set("tables", policy.tables);
    json->set("text_boxes", switchName(policy.textBoxes));
    json->set("footnotes", switchName(policy.footnotes));
    json->set("endnotes", switchName(policy.endnotes));
    json->set("headers", policy.headers);
    json->set("footers", policy.footers);
    json->set("comments", policy.comments);
    json->set("hidden_text", policy.hiddenText);
    json->set("tracked_deletions", policy.trackedDeletions);
    json->set("list_labels", policy.listLabels);
    json->set("exclude_back_matter", policy.excludeBackMatter);
    Poco::JSON::Array::Ptr headings = new Poco::JSON::Array;
    for (const auto& word : policy.backMatterHeadings) headings->add(word);
    json->set("back_matter_headings", headings);
    json->set("exclude_cover", policy.excludeCover);
    return json;
}

}  // namespace showcase::wordcount
