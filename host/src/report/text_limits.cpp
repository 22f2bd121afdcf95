// The verdict's counts against limits: words (limits-word-count), slides (limits-slide-count) and
// recordings (limits-media-duration), from the metrics their READMEs document. A count without a
// limit is shown as measured; a limit with nothing to count only when the profile set one.
#include <algorithm>

#include "text_verdict.hpp"

namespace showcase::report::text {
namespace {

Tone worse(Tone a, Tone b) {
    const auto rank = [](Tone tone) { return tone == Tone::Bad ? 3 : tone == Tone::Warning ? 2 : tone == Tone::Good ? 1 : 0; };
    return rank(a) >= rank(b) ? a : b;
}

void addWords(const Report& report, Verdict& verdict) {
    const char* const id = "limits-word-count";
    const auto metrics = pluginMetrics(report, id);
    if (metrics.isNull()) return verdict.lines.push_back({"Words", whyNotChecked(report, id), Tone::Muted});
    const auto limit = json::object(metrics, "limit");
    const auto max = json::number(limit, "max");
    const auto min = json::number(limit, "min");
    const double tolerance = json::number(limit, "tolerance").value_or(0);
    const double accepted = json::number(limit, "accepted_max").value_or(max.value_or(0));
    std::string limitText = max ? "limit " + count(*max) : "";
    if (max && tolerance > 0) limitText += " + " + shortNumber(tolerance) + "% (up to " + count(accepted) + ")";
    if (min) limitText += (max ? ", " : "") + std::string("minimum ") + count(*min);

    const auto files = json::objects(json::array(metrics, "by_file"));
    if (files.empty()) {
        if (max || min) verdict.lines.push_back({"Words", "no report in the bundle to count (" + limitText + ")", Tone::Muted});
        return;
    }
    const double words = json::number(metrics, "words").value_or(0);
    const auto unicode = json::number(metrics, "icu_words");
    const std::string counted = count(words) + " words";
    VerdictLine line{"Words", counted, Tone::Plain};
    if (unicode) line.text += " (Word-compatible count; Unicode count " + count(*unicode) + ")";
    line.text += max || min ? ", " + limitText : "; no limit set";
    if (max && words > accepted) {
        line.text += ": over the limit by " + count(words - *max) + "; what follows will not be assessed";
        line.tone = Tone::Bad;
        const auto cutoff = json::object(metrics, "cutoff");
        std::string where;
        if (const auto location = locationFromJson(cutoff)) {
            const auto word = json::number(cutoff, "word_number");
            where = "from " + (word ? "word " + count(*word + 1) + ", " : std::string()) + describeLocation(*location);
        }
        verdict.gaps.push_back({"over", count(words - accepted) + " words beyond the accepted " + count(accepted) +
                                            " will not be assessed", where, Tone::Bad, Urgency::PastLimit});
    } else if (max && words > *max) {
        line.text += ": over the limit by " + count(words - *max) + ", within the tolerance";
        line.tone = Tone::Warning;
    } else if (min && words < *min) {
        line.text += ": " + count(*min - words) + " below the minimum";
        line.tone = Tone::Warning;
        verdict.gaps.push_back({"short", counted + ", " + count(*min - words) + " below the minimum of " + count(*min),
                                "in " + keepTogether(json::stringOr(files.front(), "file", "the report")), Tone::Warning});
    } else if (max || min) {
        line.text += ": within the limit";
        line.tone = Tone::Good;
    }
    verdict.lines.push_back(line);
}

void addSlides(const Report& report, Verdict& verdict) {
    const char* const id = "limits-slide-count";
    const auto metrics = pluginMetrics(report, id);
    if (metrics.isNull()) return verdict.lines.push_back({"Slides", whyNotChecked(report, id), Tone::Muted});
    const auto decks = json::objects(json::array(metrics, "decks"));
    const auto limit = json::number(metrics, "limit");
    if (decks.empty()) {
        if (limit) verdict.lines.push_back({"Slides", "no slide deck in the bundle (limit " + count(*limit) + ")", Tone::Muted});
        return;
    }
    // The top level describes the presentation: the first deck with the role slides, else the first deck.
    const std::string path = keepTogether(json::stringOr(metrics, "path", "the deck"));
    const double slides = json::number(metrics, "slides").value_or(0);
    const double counted = json::number(metrics, "counted").value_or(slides);
    const double hidden = json::number(metrics, "hidden").value_or(0);
    VerdictLine line{"Slides", plural(static_cast<std::size_t>(slides), "slide"), Tone::Plain};
    if (hidden > 0) {
        line.text += " (" + count(hidden) + " hidden, " + (counted < slides ? "not counted" : "counted") + ")";
    }
    if (json::stringOr(metrics, "role", "slides") != "slides") {
        line.text += " in " + path + ", filed as evidence: not held to a slide limit";
    } else if (limit && counted > *limit) {
        const auto beyond = json::numbers(json::array(metrics, "beyond_limit"));
        line.text += ", limit " + count(*limit) + ": over the limit; " +
                     (beyond.empty() ? "the rest" : describeSlideNumbers(beyond)) + " will not be assessed";
        line.tone = Tone::Bad;
        verdict.gaps.push_back({"over", (beyond.empty() ? "the slides" : describeSlideNumbers(beyond)) + " past the limit of " + count(*limit) +
                                            " will not be assessed",
                                beyond.empty() ? "in " + path : "from " + path + ", slide " + shortNumber(beyond.front()),
                                Tone::Bad, Urgency::PastLimit});
    } else if (limit) {
        line.text += ", limit " + count(*limit) + ": within the limit";
        line.tone = Tone::Good;
    } else {
        line.text += " (no limit set)";
    }
    const auto minutes = json::number(metrics, "minutes");
    const auto speaking = json::number(metrics, "speaking_minutes");
    if (minutes && speaking && *speaking > *minutes) {
        line.text += "; the notes take about " + shortNumber(*speaking) + " min to say, " + shortNumber(*minutes) +
                     " min planned";
        line.tone = worse(line.tone, Tone::Warning);
    }
    if (decks.size() > 1) line.text += "; " + plural(decks.size() - 1, "more deck") + " measured, not limited";
    verdict.lines.push_back(line);
}

}  // namespace

void addWordsAndSlides(const Report& report, Verdict& verdict) {
    addWords(report, verdict);
    addSlides(report, verdict);
}

void addRecordings(const Report& report, Verdict& verdict) {
    const char* const id = "limits-media-duration";
    const auto metrics = pluginMetrics(report, id);
    if (metrics.isNull()) return verdict.lines.push_back({"Recordings", whyNotChecked(report, id), Tone::Muted});
    const auto recordings = json::objects(json::array(metrics, "recordings"));
    const auto maxMinutes = json::number(metrics, "max_minutes");
    const double tolerance = json::number(metrics, "tolerance_percent").value_or(0);
    const auto accepted = json::number(metrics, "accepted_seconds");
    const std::string limitText = maxMinutes ? "limit " + shortNumber(*maxMinutes) + " min" +
                                                   (tolerance > 0 ? " + " + shortNumber(tolerance) + "%" : "")
                                             : "no limit set";
    if (recordings.empty()) {
        if (maxMinutes) verdict.lines.push_back({"Recordings", "no recording in the bundle (" + limitText + ")", Tone::Muted});
        return;
    }
    double longest = 0;
    std::size_t over = 0;
    std::size_t unmeasured = 0;
    for (const auto& recording : recordings) {
        const auto seconds = json::number(recording, "seconds");
        const std::string path = keepTogether(json::stringOr(recording, "path", "a recording"));
        if (!seconds) {
            ++unmeasured;
            if (maxMinutes) {
                verdict.gaps.push_back({"unmeasured", "the length could not be measured: " +
                                                          json::stringOr(recording, "reason", "no reason given"),
                                        "in " + path, Tone::Warning});
            }
            continue;
        }
        longest = std::max(longest, *seconds);
        if (json::flag(recording, "within_limit") == false) {
            ++over;
            verdict.gaps.push_back({"over", minutesAndSeconds(*seconds) + " (" + limitText + "): what follows " +
                                                minutesAndSeconds(accepted.value_or(*maxMinutes * 60)) +
                                                " will not be assessed",
                                    "in " + path, Tone::Bad, Urgency::PastLimit});
        }
    }
    VerdictLine line{"Recordings", recordings.size() == 1 ? std::string() : plural(recordings.size(), "recording") + ", longest ",
                     Tone::Plain};
    line.text += (unmeasured == recordings.size() ? "length unknown" : minutesAndSeconds(longest)) + " (" + limitText + ")";
    if (over > 0) {
        line.text += ": " + (recordings.size() == 1 ? std::string("over the limit") : count(double(over)) + " over the limit");
        line.tone = Tone::Bad;
    } else if (maxMinutes && longest > *maxMinutes * 60) {
        line.text += ": over " + shortNumber(*maxMinutes) + " min but within the allowance";
        line.tone = Tone::Warning;
    } else if (maxMinutes && unmeasured < recordings.size()) {
        line.text += ": within the limit";
        line.tone = Tone::Good;
    }
    if (unmeasured > 0) {
        line.text += "; " + plural(unmeasured, "recording") + " could not be measured";
        if (maxMinutes) line.tone = worse(line.tone, Tone::Warning);
    }
    verdict.lines.push_back(line);
}

}  // namespace showcase::report::text
