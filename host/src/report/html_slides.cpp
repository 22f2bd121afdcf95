// Each deck as a strip of numbered slides, so an assessor sees at once which slides a slide show
// skips (hidden) and which fall past the EPAO's slide limit and will not be assessed.
#include <cmath>
#include <set>

#include "html_escape.hpp"
#include "html_sections.hpp"
#include "report_shared.hpp"

namespace showcase::report::html {
namespace {

// "slides 36–37", "slide 36", "slides 3, 5 and 9": the numbers as a reader says them.
std::string slideNumbers(const std::vector<long long>& numbers) {
    if (numbers.size() == 1) return "slide " + std::to_string(numbers[0]);
    bool consecutive = true;
    for (std::size_t i = 1; i < numbers.size(); ++i) consecutive &= numbers[i] == numbers[i - 1] + 1;
    if (consecutive) return "slides " + std::to_string(numbers.front()) + "\xE2\x80\x93" + std::to_string(numbers.back());
    std::vector<std::string> words;
    for (const long long number : numbers) words.push_back(std::to_string(number));
    return "slides " + listed(words);
}

std::string deckSummary(const MetricNode& deck, const std::vector<long long>& beyond) {
    const double slides = deck["slides"].number().value_or(0);
    const double hidden = deck["hidden"].number().value_or(0);
    std::string text = plural(std::llround(slides), "slide") + ": " + thousands(deck["visible"].number().value_or(slides - hidden)) +
                       " shown, " + thousands(hidden) + " hidden.";
    if (const auto limit = deck["limit"].number()) {
        text += " The limit is " + thousands(*limit) + " slides";
        if (beyond.empty()) {
            text += "; the deck is within it.";
        } else {
            text += "; " + escape(slideNumbers(beyond)) + (beyond.size() == 1 ? " is" : " are") + " past it and will not be assessed.";
        }
    } else {
        text += deck["role"].text() == "slides" ? " No slide limit applies." : " Not held to the slide limit (" + escape(deck["role"].text()) + ").";
    }
    const double notes = deck["notes_slides"].number().value_or(0);
    if (notes > 0) {
        text += " Notes on " + plural(std::llround(notes), "slide") + " (" +
                plural(std::llround(deck["notes_words"].number().value_or(0)), "word") + ", about " +
                plural(std::llround(deck["speaking_minutes"].number().value_or(0)), "minute") + " to say).";
    }
    return text;
}

std::string slideTile(const MetricNode& slide, bool isBeyond, bool firstBeyond, double limit) {
    const auto number = std::llround(slide["number"].number().value_or(0));
    const bool hidden = slide["hidden"].flag();
    std::string classes = "slide";
    if (hidden) classes += " is-hidden";
    if (isBeyond) classes += " is-beyond";
    if (firstBeyond) classes += " first-beyond";
    std::string tile = "<li class=\"" + classes + "\" title=\"" + escape(slide["title"].text()) + "\">";
    if (firstBeyond) tile += "<span class=\"visually-hidden\">Slide limit of " + thousands(limit) + " reached. </span>";
    tile += "<span>" + std::to_string(number) + "</span>";
    if (hidden) tile += "<span class=\"mark\" aria-hidden=\"true\">hidden</span>";
    if (isBeyond) tile += "<span class=\"mark\" aria-hidden=\"true\">over</span>";
    std::string words = slide["title"].text();
    if (hidden) words += words.empty() ? "hidden" : " (hidden)";
    if (isBeyond) words += words.empty() ? "past the limit" : " (past the limit)";
    if (!words.empty()) tile += "<span class=\"visually-hidden\">: " + escape(words) + "</span>";
    return tile + "</li>\n";
}

std::string deckPart(const MetricNode& deck) {
    std::vector<long long> beyond;
    for (const auto& number : deck["beyond_limit"].items()) beyond.push_back(std::llround(number.number().value_or(0)));
    const std::set<long long> beyondSet(beyond.begin(), beyond.end());
    const std::string path = deck["path"].text();
    std::string out = "<h3>" + escape(path) + "</h3>\n<p>" + deckSummary(deck, beyond) + "</p>\n";
    out += "<ol class=\"slide-strip\" aria-label=\"Slides of " + escape(baseName(path)) + "\">\n";
    bool firstSeen = false;
    for (const auto& slide : deck["per_slide"].items()) {
        const bool isBeyond = beyondSet.count(std::llround(slide["number"].number().value_or(0))) > 0;
        out += slideTile(slide, isBeyond, isBeyond && !firstSeen, deck["limit"].number().value_or(0));
        firstSeen |= isBeyond;
    }
    return out + "</ol>\n";
}

}  // namespace

std::string slidesPart(const MetricNode& metrics) {
    std::string out = "<section id=\"slides\" aria-labelledby=\"slides-title\">\n<h2 id=\"slides-title\">Slides</h2>\n";
    const MetricNode slideCount = metrics["limits-slide-count"];
    if (slideCount.empty()) return out + "<p class=\"note\">No slide count: the limits-slide-count check did not run.</p>\n</section>\n";
    const auto decks = slideCount["decks"].items();
    if (decks.empty()) return out + "<p>No slide deck in this bundle.</p>\n</section>\n";
    bool anyHidden = false;
    bool anyBeyond = false;
    for (const auto& deck : decks) {
        out += deckPart(deck);
        anyHidden |= deck["hidden"].number().value_or(0) > 0;
        anyBeyond |= !deck["beyond_limit"].items().empty();
    }
    // A key only for the marks the strips above use.
    if (anyHidden || anyBeyond) {
        out += "<ul class=\"bar-legend\" aria-hidden=\"true\">";
        if (anyHidden) out += "<li><span class=\"key slide-key is-hidden\"></span>hidden: a slide show skips it</li>";
        if (anyBeyond) out += "<li><span class=\"key slide-key is-beyond\"></span>over: past the slide limit</li><li><span class=\"key key-limit\"></span>the limit</li>";
        out += "</ul>\n";
    }
    return out + "</section>\n";
}

}  // namespace showcase::report::html
