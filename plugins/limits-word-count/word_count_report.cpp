#include "word_count_report.hpp"

#include <cmath>

#include "plugin_support.hpp"
#include "saved_count_check.hpp"

namespace showcase::wordcount {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Object::Ptr newObject() { return new Object(Poco::JSON_PRESERVE_KEY_ORDER); }

// Option values arrive as doubles; show whole numbers as integers.
Poco::Dynamic::Var numberOrNull(const std::optional<double>& value) {
    if (!value) return {};
    if (std::floor(*value) == *value && std::fabs(*value) < 1e15) return static_cast<long long>(*value);
    return *value;
}

std::string shownNumber(double value) {
    if (std::floor(value) == value) return withThousands(static_cast<long long>(value));
    std::string text = std::to_string(value);
    text.erase(text.find_last_not_of('0') + 1);
    if (!text.empty() && text.back() == '.') text.pop_back();
    return text;
}

Finding finding(Severity severity, const std::string& message, std::optional<Location> location = std::nullopt) {
    return common::makeFinding(kCheckId, severity, message, std::move(location));
}

Location fileLocation(const std::string& file) { return Location{file, std::nullopt, 0, {}}; }

void reportCount(const WordCountResult& result, Analysis& analysis) {
    const BundleTally& tally = *result.tally;
    if (tally.byFile.empty()) {
        analysis.report(finding(Severity::Info, "no file with the role report: no words counted"));
        return;
    }
    std::string message = withThousands(static_cast<long long>(tally.total.words)) + " words " +
                          (tally.byFile.size() == 1 ? "in the report" : "in " + std::to_string(tally.byFile.size()) + " reports") +
                          " (Word-compatible; Unicode count " + withThousands(static_cast<long long>(tally.total.icuWords)) + ")";
    if (tally.byFile.size() > 1) {
        std::string separator = ": ";
        for (const auto& file : tally.byFile) {
            message += separator + file.document->path + " " + withThousands(static_cast<long long>(file.counts.words));
            separator = ", ";
        }
    }
    Finding count = finding(Severity::Info, message);
    count.value = static_cast<double>(tally.total.words);
    if (tally.byFile.size() == 1) count.location = fileLocation(tally.byFile.front().document->path);
    analysis.report(std::move(count));
}

void reportLimits(const WordCountResult& result, Analysis& analysis) {
    const CountingPolicy& policy = *result.policy;
    const auto words = static_cast<long long>(result.tally->total.words);
    const std::string measured = withThousands(words) + " words";
    const std::optional<Location> reportFile =
        result.tally->byFile.size() == 1 ? std::optional<Location>(fileLocation(result.tally->byFile.front().document->path))
                                         : std::nullopt;
    if (policy.max) {
        const long long accepted = *policy.acceptedMaximum();
        std::string limit = "limit " + shownNumber(*policy.max);
        if (policy.tolerancePercent > 0) {
            limit += ", " + shownNumber(policy.tolerancePercent) + "% tolerance: up to " + withThousands(accepted);
        }
        if (words > accepted) {
            Finding over = finding(policy.maxIsHard ? Severity::Error : Severity::Warning,
                                   measured + " (" + limit + (policy.maxIsHard ? ")" : ", a recommended maximum)"),
                                   result.cutoff ? std::optional<Location>(result.cutoff->location) : reportFile);
            over.value = static_cast<double>(words);
            over.limit = *policy.max;
            analysis.report(std::move(over));
        } else if (static_cast<double>(words) > *policy.max) {
            Finding within = finding(Severity::Warning, measured + " (" + limit + "): over the limit, within the tolerance",
                                     reportFile);
            within.value = static_cast<double>(words);
            within.limit = *policy.max;
            analysis.report(std::move(within));
        }
    }
    if (policy.min && static_cast<double>(words) < *policy.min) {
        Finding under = finding(Severity::Warning, measured + " (minimum " + shownNumber(*policy.min) + ")", reportFile);
        under.value = static_cast<double>(words);
        under.limit = *policy.min;
        analysis.report(std::move(under));
    }
}

void reportSavedCounts(const WordCountResult& result, Analysis& analysis) {
    for (const auto& file : result.tally->byFile) {
        const auto check = checkSavedCount(file);
        if (!check) continue;
        const std::string saved = "the word count saved in the file (" + withThousands(check->savedWords) + ")";
        if (!check->savedByWord) {
            const std::string by = check->application.empty() ? "an unnamed application" : check->application;
            analysis.report(finding(Severity::Warning,
                                    saved + " was written by " + by +
                                        ", not Microsoft Word: for information only, never enforced",
                                    fileLocation(check->file)));
        } else if (!check->agrees) {
            analysis.report(finding(
                Severity::Warning,
                saved + " differs from the " + withThousands(check->mainTextWords) +
                    " words of the main text counted here (Word updates it only when it saves, so it may be stale): "
                    "for information only, never enforced",
                fileLocation(check->file)));
        }
    }
}

void reportExplanation(const WordCountResult& result, Analysis& analysis) {
    if (!result.explanation) return;
    const BundleTally& tally = *result.tally;
    const long long difference =
        static_cast<long long>(tally.total.words) - static_cast<long long>(tally.total.icuWords);
    std::string message = "Word-compatible count minus Unicode count: " + std::to_string(difference);
    std::string separator = " (";
    for (const auto& [kind, total] : result.explanation->byKind) {
        message += separator + kind + " " + withThousands(static_cast<long long>(total.occurrences)) + "\u00d7, " +
                   (total.wordsMinusUnicode > 0 ? "+" : "") + std::to_string(total.wordsMinusUnicode);
        separator = "; ";
    }
    if (separator == "; ") message += ")";
    analysis.report(finding(Severity::Info, message + "; the tokens are listed in the metrics"));
}

Object::Ptr countsJson(const WordCounts& counts) {
    Object::Ptr json = newObject();
    json->set("words", static_cast<Poco::UInt64>(counts.words));
    json->set("icu_words", static_cast<Poco::UInt64>(counts.icuWords));
    return json;
}

Array::Ptr headingPathJson(const std::vector<std::string>& path) {
    Array::Ptr json = new Array;
    for (const auto& heading : path) json->add(heading);
    return json;
}

Object::Ptr limitJson(const CountingPolicy& policy) {
    if (!policy.min && !policy.max) return nullptr;
    Object::Ptr json = newObject();
    json->set("min", numberOrNull(policy.min));
    json->set("max", numberOrNull(policy.max));
    json->set("tolerance", numberOrNull(policy.tolerancePercent));
    Poco::Dynamic::Var accepted;
    if (const auto value = policy.acceptedMaximum()) accepted = *value;
    json->set("accepted_max", accepted);
    return json;
}

Object::Ptr cutoffJson(const Cutoff& cutoff) {
    Object::Ptr json = newObject();
    json->set("file", cutoff.location.file);
    json->set("part", partName(cutoff.location.part.value_or(Part::Body)));
    json->set("index", cutoff.location.index);
    json->set("heading_path", headingPathJson(cutoff.location.headingPath));
    json->set("word_number", cutoff.limit);
    json->set("word_in_block", static_cast<Poco::UInt64>(cutoff.wordInBlock));
    json->set("word", cutoff.word);
    json->set("quote", cutoff.quote);
    return json;
}

Array::Ptr savedWordsJson(const BundleTally& tally) {
    Array::Ptr json = new Array;
    for (const auto& file : tally.byFile) {
        const auto check = checkSavedCount(file);
        if (!check) continue;
        Object::Ptr entry = newObject();
        entry->set("file", check->file);
        entry->set("application", check->application);
        entry->set("app_version", check->appVersion);
        entry->set("saved_words", check->savedWords);
        entry->set("main_text_words", check->mainTextWords);
        entry->set("difference", check->savedWords - check->mainTextWords);
        entry->set("tolerance", check->tolerance);
        entry->set("saved_by_word", check->savedByWord);
        entry->set("agrees", check->agrees);
        json->add(entry);
    }
    return json;
}

Object::Ptr explanationJson(const CountExplanation& explanation) {
    Object::Ptr json = newObject();
    json->set("differences", static_cast<Poco::UInt64>(explanation.differences));
    Object::Ptr kinds = newObject();
    for (const auto& [kind, total] : explanation.byKind) {
        Object::Ptr entry = newObject();
        entry->set("occurrences", static_cast<Poco::UInt64>(total.occurrences));
        entry->set("words_minus_icu_words", total.wordsMinusUnicode);
        kinds->set(kind, entry);
    }
    json->set("by_kind", kinds);
    Array::Ptr listed = new Array;
    for (const auto& item : explanation.listed) {
        Object::Ptr entry = newObject();
        entry->set("file", item.file);
        entry->set("part", partName(item.part));
        entry->set("index", item.index);
        entry->set("kind", std::string(item.difference.kind));
        entry->set("text", item.text);
        entry->set("words", static_cast<Poco::UInt64>(item.difference.words));
        entry->set("icu_words", static_cast<Poco::UInt64>(item.difference.icuWords));
        listed->add(entry);
    }
    json->set("listed", listed);
    json->set("listed_limit", static_cast<Poco::UInt64>(explanation.listLimit));
    return json;
}

}  // namespace

std::string withThousands(long long value) {
    const bool negative = value < 0;
    std::string digits = std::to_string(negative ? -value : value);
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), ",");
    return negative ? "-" + digits : digits;
}

void reportFindings(const WordCountResult& result, Analysis& analysis) {
    reportCount(result, analysis);
    reportLimits(result, analysis);
    reportSavedCounts(result, analysis);
    reportExplanation(result, analysis);
}

void writeMetrics(const WordCountResult& result, Object& metrics) {
    const BundleTally& tally = *result.tally;
    metrics.set("words", static_cast<Poco::UInt64>(tally.total.words));
    metrics.set("icu_words", static_cast<Poco::UInt64>(tally.total.icuWords));
    metrics.set("limit", limitJson(*result.policy));
    if (result.cutoff) metrics.set("cutoff", cutoffJson(*result.cutoff));
    Object::Ptr byPart = newObject();
    for (const auto& part : tally.byPart) {
        Object::Ptr entry = countsJson(part.counts);
        entry->set("counted", part.counted);
        byPart->set(part.name, entry);
    }
    metrics.set("by_part", byPart);
    Array::Ptr bySection = new Array;
    for (const auto& section : tally.bySection) {
        Object::Ptr entry = newObject();
        entry->set("file", section.file);
        entry->set("heading", section.heading);
        entry->set("words", static_cast<Poco::UInt64>(section.counts.words));
        entry->set("icu_words", static_cast<Poco::UInt64>(section.counts.icuWords));
        bySection->add(entry);
    }
    metrics.set("by_section", bySection);
    Array::Ptr byFile = new Array;
    for (const auto& file : tally.byFile) {
        Object::Ptr entry = newObject();
        entry->set("file", file.document->path);
        entry->set("words", static_cast<Poco::UInt64>(file.counts.words));
        entry->set("icu_words", static_cast<Poco::UInt64>(file.counts.icuWords));
        entry->set("main_text_words", static_cast<Poco::UInt64>(file.mainTextWords));
        byFile->add(entry);
    }
    metrics.set("by_file", byFile);
    Array::Ptr excluded = new Array;
    for (const auto& range : tally.excluded) {
        Object::Ptr entry = newObject();
        entry->set("file", range.file);
        entry->set("heading", range.heading.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(range.heading));
        entry->set("reason", range.reason);
        entry->set("words", static_cast<Poco::UInt64>(range.counts.words));
        entry->set("icu_words", static_cast<Poco::UInt64>(range.counts.icuWords));
        excluded->add(entry);
    }
    metrics.set("excluded", excluded);
    metrics.set("saved_words", savedWordsJson(tally));
    metrics.set("policy", policyToJson(*result.policy));
    if (result.explanation) metrics.set("explain", explanationJson(*result.explanation));
}

}  // namespace showcase::wordcount
