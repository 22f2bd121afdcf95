#include "auto_picker.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>
#include <vector>

#include "lower_case.hpp"

namespace showcase::profiles {
namespace {

// "Line-manager testimony" -> "line manager testimony": names compare word by word.
std::string words(const std::string& text) {
    std::string out;
    for (const char c : lowerCase(text)) out += std::isalnum(static_cast<unsigned char>(c)) ? c : ' ';
    std::istringstream in(out);
    std::string joined;
    for (std::string word; in >> word;) joined += (joined.empty() ? "" : " ") + word;
    return " " + joined + " ";
}

// The telling pairs of words in a component's name ("induction pack", "case study"), or the name
// itself when it is one word; filler words make no pair.
std::vector<std::string> keyPhrases(const std::string& name) {
    static const std::set<std::string> filler{"a", "an", "and", "or", "for", "the", "of", "new", "to"};
    std::istringstream in(words(name));
    std::vector<std::string> list;
    for (std::string word; in >> word;) list.push_back(word);
    if (list.size() == 1) return {" " + list[0] + " "};
    std::vector<std::string> phrases;
    for (std::size_t i = 0; i + 1 < list.size(); ++i) {
        if (filler.count(list[i]) == 0 && filler.count(list[i + 1]) == 0) phrases.push_back(" " + list[i] + " " + list[i + 1] + " ");
    }
    return phrases;
}

std::size_t componentsNamedByFiles(const ProfileSummary& profile, const Bundle& bundle) {
    std::size_t matched = 0;
    for (const auto& componentName : profile.componentNames) {
        const auto phrases = keyPhrases(componentName);
        const bool found = std::any_of(bundle.documents.begin(), bundle.documents.end(), [&](const Document& document) {
            const std::string name = words(document.path);
            return std::any_of(phrases.begin(), phrases.end(), [&](const std::string& p) { return name.find(p) != std::string::npos; });
        });
        matched += found ? 1 : 0;
    }
    return matched;
}

bool anyFileNameMentions(const Bundle& bundle, const std::string& word) {
    return std::any_of(bundle.documents.begin(), bundle.documents.end(),
                       [&](const Document& d) { return lowerCase(d.path).find(word) != std::string::npos; });
}

bool hasRole(const Bundle& bundle, Role role) {
    return std::any_of(bundle.documents.begin(), bundle.documents.end(), [&](const Document& d) { return d.role == role; });
}

void pickOption(const Bundle& bundle, const std::vector<ProfileSummary>& profiles, ProfilePick& pick) {
    constexpr std::size_t kComponentsNeeded = 3;
    for (const auto& profile : profiles) {
        if (profile.option != "components") continue;
        const std::size_t matched = componentsNamedByFiles(profile, bundle);
        if (matched >= kComponentsNeeded) {
            pick.option = "components";
            pick.reason = "file names match " + std::to_string(matched) + " of " + profile.epao + "'s showcase components";
            return;
        }
    }
    const bool report = hasRole(bundle, Role::Report);
    const bool slides = hasRole(bundle, Role::Slides);
    if (anyFileNameMentions(bundle, "journal")) {
        pick = {"journal", "", "", "a file name mentions a journal"};
    } else if (anyFileNameMentions(bundle, "storyboard") && !report) {
        pick = {"storyboard", "", "", "a file name mentions a storyboard and there is no report"};
    } else if (slides && !report) {
        pick = {"presentation", "", "", "the bundle holds a slide deck and no report"};
    } else if (report) {
        pick = {"report", "", "", slides ? "the bundle holds a report (and slides, taken as supporting)" : "the bundle holds a report"};
    } else {
        pick.reason = "the bundle holds no report, slide deck, journal or set of components";
    }
}

// Each EPAO's name as the catalogue prints it, and the short form in brackets ("Training
// Qualifications UK (TQUK)" -> both). Bare ids are not used: "gateway" and "innovate" are
// ordinary words in showcase text.
std::vector<std::string> namesOf(const std::string& name) {
    std::vector<std::string> names{name};
    const auto open = name.find(" (");
    if (open != std::string::npos && name.back() == ')') {
        names.push_back(name.substr(0, open));
        names.push_back(name.substr(open + 2, name.size() - open - 3));
    }
    return names;
}

bool mentions(const Bundle& bundle, const std::string& name) {
    auto wholeWord = [&](const std::string& text) {
        for (auto at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
            const bool startOk = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
            const std::size_t end = at + name.size();
            const bool endOk = end >= text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
            if (startOk && endOk) return true;
        }
        return false;
    };
    for (const auto& document : bundle.documents) {
        if (wholeWord(document.path)) return true;
        for (const auto& block : document.blocks) {
            if (wholeWord(block.text)) return true;
        }
    }
    return false;
}

void pickEpao(const Bundle& bundle, const std::vector<ProfileSummary>& profiles, const std::string& requested, ProfilePick& pick) {
    std::vector<const ProfileSummary*> offering;
    for (const auto& profile : profiles) {
        if (profile.option == pick.option) offering.push_back(&profile);
    }
    auto choose = [&](const std::string& epao, const std::string& why) {
        pick.epao = epao;
        for (const auto* profile : offering) {
            if (profile->epao == epao) pick.profileId = profile->id;
        }
        pick.reason += "; " + why;
        if (pick.profileId.empty()) pick.reason += ", but " + epao + " has no " + pick.option + " profile";
    };
    if (!requested.empty()) return choose(requested, "the EPAO was given with --epao");
    if (offering.size() == 1) return choose(offering[0]->epao, "only " + offering[0]->epao + " offers this option");
    std::vector<std::pair<std::string, std::string>> named;  // epao, the name found
    for (const auto* profile : offering) {
        if (profile->epaoName.empty()) continue;
        for (const auto& variant : namesOf(profile->epaoName)) {
            if (mentions(bundle, variant)) {
                named.emplace_back(profile->epao, variant);
                break;
            }
        }
    }
    if (named.size() == 1) return choose(named[0].first, "the bundle names " + named[0].second);
    pick.reason += named.empty() ? "; the bundle does not name the EPAO, so no profile was chosen (use --epao or --profile)"
                                 : "; the bundle names more than one EPAO, so no profile was chosen (use --epao or --profile)";
}

}  // namespace

ProfilePick pickProfile(const Bundle& bundle, const std::vector<ProfileSummary>& profiles, const std::string& epao) {
    ProfilePick pick;
    pickOption(bundle, profiles, pick);
    if (!pick.option.empty()) pickEpao(bundle, profiles, epao, pick);
    return pick;
}

}  // namespace showcase::profiles
