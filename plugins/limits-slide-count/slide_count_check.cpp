#include "slide_count_check.hpp"

#include "plugin_support.hpp"

#include <cmath>
#include <cstdio>

#include "deck_figures.hpp"
#include "slide_limit.hpp"
#include "slide_options.hpp"

namespace showcase::slidecount {
namespace {

using JsonObject = Poco::JSON::Object;
using JsonArray = Poco::JSON::Array;

void report(Analysis& analysis, Severity severity, const std::string& message, std::optional<Location> location,
            std::optional<double> value = std::nullopt, std::optional<double> limit = std::nullopt) {
    analysis.report(common::makeFinding(kPluginId, severity, message, std::move(location), value, limit));
}

// A slide as a whole has no part of its own; its title part makes reports show the index as a
// slide number ("slide_title slide 36").
Location slideLocation(const Document& document, int slide) { return Location{document.path, Part::SlideTitle, slide, {}}; }

std::string slidesPhrase(const std::vector<int>& numbers, const char* one, const char* several) {
    return (numbers.size() == 1 ? "slide " : "slides ") + describeNumbers(numbers) + (numbers.size() == 1 ? one : several);
}

double hundredths(double value) { return std::round(value * 100) / 100; }

std::string formatNumber(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

std::string formatMinutes(double minutes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f min", minutes);
    return text;
}

// EPAO slide limits are on the presentation; a deck filed as an appendix is evidence, so it is
// measured but not cut.
bool heldToLimit(const Document& document) { return document.role == Role::Slides; }

void reportBeyondLimit(Analysis& analysis, const Document& document, const DeckFigures& deck,
                       const SlideOptions& options, const std::vector<int>& beyond) {
    const int counted = countedSlides(deck, options.countHidden);
    const std::string what = std::to_string(counted) + (counted == 1 ? " slide" : " slides") +
                             (options.countHidden ? "" : " not counting hidden ones");
    report(analysis, Severity::Error,
           what + " (limit " + std::to_string(*options.max) + "); " +
               slidesPhrase(beyond, " is past the limit and will not be assessed",
                            " are past the limit and will not be assessed"),
           slideLocation(document, beyond.front()), counted, *options.max);
}

void reportHidden(Analysis& analysis, const Document& document, const DeckFigures& deck) {
    std::vector<int> hidden;
    for (const auto& slide : deck.slides) {
        if (slide.hidden) hidden.push_back(slide.number);
    }
    if (hidden.empty()) return;
    report(analysis, Severity::Info,
           slidesPhrase(hidden, " is hidden: a slide show skips it, so the assessor may not see its content",
                        " are hidden: a slide show skips them, so the assessor may not see their content"),
           slideLocation(document, hidden.front()), static_cast<double>(hidden.size()));
}

void reportSpeakingTime(Analysis& analysis, const Document& document, const SlideOptions& options, double minutes) {
    if (!options.minutes || minutes <= *options.minutes) return;
    report(analysis, Severity::Warning,
           "the speaker notes take about " + formatMinutes(minutes) + " to say at " +
               formatNumber(options.wordsPerMinute) + " words per minute (presentation " +
               formatNumber(*options.minutes) + " min)",
           Location{document.path, std::nullopt, 0, {}}, hundredths(minutes), *options.minutes);
}

JsonArray::Ptr numbersJson(const std::vector<int>& numbers) {
    JsonArray::Ptr array = new JsonArray;
    for (const int number : numbers) array->add(number);
    return array;
}

JsonObject::Ptr slideJson(const SlideFigures& slide) {
    JsonObject::Ptr object = new JsonObject(Poco::JSON_PRESERVE_KEY_ORDER);
    object->set("number", slide.number);
    object->set("title", slide.title);
    object->set("hidden", slide.hidden);
    object->set("has_notes", slide.hasNotes);
    object->set("words", static_cast<unsigned long long>(slide.words));
    object->set("notes_words", static_cast<unsigned long long>(slide.notesWords));
    return object;
}

JsonObject::Ptr deckJson(const Document& document, const DeckFigures& deck, std::optional<int> limit,
                         const std::vector<int>& beyond, double minutes, bool countHidden) {
    JsonObject::Ptr object = new JsonObject(Poco::JSON_PRESERVE_KEY_ORDER);
    object->set("path", document.path);
    object->set("role", roleName(document.role));
    object->set("slides", static_cast<int>(deck.slides.size()));
    object->set("hidden", deck.hidden);
    object->set("visible", deck.visible());
    object->set("notes_slides", deck.notesSlides);
    object->set("counted", countedSlides(deck, countHidden));
    object->set("limit", limit ? Poco::Dynamic::Var(*limit) : Poco::Dynamic::Var());
    object->set("beyond_limit", numbersJson(beyond));
    object->set("words", static_cast<unsigned long long>(deck.words));
    object->set("notes_words", static_cast<unsigned long long>(deck.notesWords));
    object->set("speaking_minutes", hundredths(minutes));
    JsonArray::Ptr slides = new JsonArray;
    for (const auto& slide : deck.slides) slides->add(slideJson(slide));
    object->set("per_slide", slides);
    return object;
}

}  // namespace

void checkSlideCount(Analysis& analysis) {
    const OptionsReading reading = readOptions(common::optionsWithProfileLimits(
        analysis, {{"slides", "max", "max"}, {"presentation_minutes", "target", "minutes"}}));
    for (const auto& problem : reading.problems) report(analysis, Severity::Warning, problem, std::nullopt);
    const SlideOptions& options = reading.options;

    JsonArray::Ptr decks = new JsonArray;
    JsonObject::Ptr presentation;  // the deck the top-level figures describe
    bool presentationHeld = false;
    for (auto& document : analysis.bundle().documents) {
        if (!isDeck(document)) continue;
        const DeckFigures deck = measureDeck(document);
        const bool held = heldToLimit(document);
        const std::optional<int> limit = held ? options.max : std::nullopt;
        const std::vector<int> beyond = limit ? slidesBeyondLimit(deck, *limit, options.countHidden) : std::vector<int>{};
        if (!beyond.empty()) {
            markBeyondLimit(document, beyond);
            reportBeyondLimit(analysis, document, deck, options, beyond);
        }
        reportHidden(analysis, document, deck);
        const double minutes = speakingMinutes(deck, options.wordsPerMinute);
        reportSpeakingTime(analysis, document, options, minutes);
        const auto json = deckJson(document, deck, limit, beyond, minutes, options.countHidden);
        decks->add(json);
        if (presentation.isNull() || (held && !presentationHeld)) {
            presentation = json;
            presentationHeld = held;
        }
    }

    auto metrics = analysis.metrics();
    metrics->set("limit", options.max ? Poco::Dynamic::Var(*options.max) : Poco::Dynamic::Var());
    metrics->set("count_hidden", options.countHidden);
    metrics->set("words_per_minute", options.wordsPerMinute);
    metrics->set("minutes", options.minutes ? Poco::Dynamic::Var(*options.minutes) : Poco::Dynamic::Var());
    if (!presentation.isNull()) {
        // The presentation's own figures at the top, so a one-deck bundle reads without `decks`.
        for (const auto& name : presentation->getNames()) {
            if (name != "limit") metrics->set(name, presentation->get(name));
        }
    }
    metrics->set("decks", decks);
}

}  // namespace showcase::slidecount
