// The criteria in the text report, from evidence-ksb's metrics (plugins/evidence-ksb/README.md):
// how many criteria have evidence found out of how many, the gaps with where the best evidence
// is, and a table of every criterion in the detail. It is triage, never a grade: the words are
// "evidence found", never "passed".
#include <algorithm>

#include "text_verdict.hpp"

namespace showcase::report::text {
namespace {

const char* const kPlugin = "evidence-ksb";

// A status this report does not know is shown as the plugin wrote it, so that it still says something.
std::string statusWords(const std::string& status) {
    const CriterionStatus* known = findCriterionStatus(status);
    return known ? known->words : status;
}

std::string statusTag(const std::string& status) {
    const CriterionStatus* known = findCriterionStatus(status);
    return known ? known->tag : status;
}

// The place of a criterion's best passage: the plugin's own words when it gave them.
std::string bestEvidence(const json::ObjectPtr& criterion) {
    const auto evidence = json::objects(json::array(criterion, "evidence"));
    if (evidence.empty()) return "";
    const auto& best = evidence.front();
    const auto where = json::string(best, "where");
    const auto file = json::string(best, "file");
    if (where && file) return where->find(*file) != std::string::npos ? *where : keepTogether(*file) + ", " + *where;
    if (const auto location = locationFromJson(json::object(best, "location"))) return describeLocation(*location);
    return keepTogether(file.value_or(""));
}

struct Tally {
    double passFound = 0, passTotal = 0, distinctionFound = 0, distinctionTotal = 0;
};

// From the outcome when the plugin gave one, else counted from the criteria themselves.
Tally tallyOf(const json::ObjectPtr& metrics, const std::vector<json::ObjectPtr>& criteria) {
    const auto outcome = json::object(metrics, "outcome");
    Tally tally;
    if (json::number(outcome, "pass_total")) {
        tally.passFound = json::number(outcome, "pass_evidenced").value_or(0);
        tally.passTotal = json::number(outcome, "pass_total").value_or(0);
        tally.distinctionFound = json::number(outcome, "distinction_evidenced").value_or(0);
        tally.distinctionTotal = json::number(outcome, "distinction_total").value_or(0);
        return tally;
    }
    for (const auto& criterion : criteria) {
        const bool distinction = json::stringOr(criterion, "grade", "pass") == "distinction";
        const bool found = json::stringOr(criterion, "status", "") == "evidenced";
        (distinction ? tally.distinctionTotal : tally.passTotal) += 1;
        (distinction ? tally.distinctionFound : tally.passFound) += found ? 1 : 0;
    }
    return tally;
}

json::ObjectPtr criterionById(const std::vector<json::ObjectPtr>& criteria, const std::string& id) {
    for (const auto& criterion : criteria) {
        if (json::stringOr(criterion, "id", "") == id) return criterion;
    }
    return nullptr;
}

void addGap(const json::ObjectPtr& criterion, const std::string& id, const std::string& status, const std::string& reason,
            Verdict& verdict) {
    const bool distinction = json::stringOr(criterion, "grade", "pass") == "distinction";
    // The plugin's reason usually says where already; the best passage is added when it does not.
    const std::string what = id + (distinction ? " (distinction)" : "") + ": " + (reason.empty() ? statusWords(status) : reason);
    const auto best = json::objects(json::array(criterion, "evidence"));
    const std::string bestWhere = best.empty() ? "" : json::stringOr(best.front(), "where", "");
    const bool said = !bestWhere.empty() && reason.find(bestWhere) != std::string::npos;
    const std::string place = said ? "" : bestEvidence(criterion);
    // Evidence only past a limit or in the appendices is, for the assessor, no evidence at all.
    const bool unassessed = status != "weak";
    const Urgency urgency = distinction ? Urgency::Optional : unassessed ? Urgency::Missing : Urgency::Weak;
    verdict.gaps.push_back({statusTag(status), what, place.empty() ? "" : "best at " + place,
                            distinction ? Tone::Muted : status == "missing" ? Tone::Bad : Tone::Warning, urgency});
}

}  // namespace

void addCriteria(const Report& report, Verdict& verdict) {
    const auto metrics = pluginMetrics(report, kPlugin);
    const auto criteria = json::objects(json::array(metrics, "criteria"));
    if (metrics.isNull() || (criteria.empty() && json::object(metrics, "outcome").isNull())) {
        return verdict.lines.push_back({"Criteria", whyNotChecked(report, kPlugin), Tone::Muted});
    }
    const Tally tally = tallyOf(metrics, criteria);
    VerdictLine line{"Criteria", "evidence found for " + count(tally.passFound) + " of " + count(tally.passTotal) + " pass criteria",
                     tally.passFound < tally.passTotal ? Tone::Warning : Tone::Good};
    if (tally.distinctionTotal > 0) {
        line.text += " and " + count(tally.distinctionFound) + " of " + count(tally.distinctionTotal) + " distinction criteria";
        if (const auto needed = json::number(json::object(metrics, "outcome"), "distinction_threshold")) {
            line.text += " (" + count(*needed) + " needed for a distinction)";
        }
    }
    verdict.lines.push_back(line);

    const auto gaps = json::objects(json::array(json::object(metrics, "outcome"), "gaps"));
    if (!gaps.empty()) {
        for (const auto& gap : gaps) {
            const std::string id = json::stringOr(gap, "id", "?");
            const auto criterion = criterionById(criteria, id);
            addGap(criterion, id, json::stringOr(gap, "status", json::stringOr(criterion, "status", "missing")),
                   json::stringOr(gap, "reason", json::stringOr(criterion, "reason", "")), verdict);
        }
        return;
    }
    for (const auto& criterion : criteria) {
        const std::string status = json::stringOr(criterion, "status", "missing");
        if (status == "evidenced") continue;
        addGap(criterion, json::stringOr(criterion, "id", "?"), status, json::stringOr(criterion, "reason", ""), verdict);
    }
}

std::string renderCriteriaDetail(const Report& report, const TextStyle& style) {
    const auto criteria = json::objects(json::array(pluginMetrics(report, kPlugin), "criteria"));
    if (criteria.empty()) return "";
    std::size_t idWidth = 2;
    std::size_t statusWidth = 6;
    for (const auto& criterion : criteria) {
        idWidth = std::max(idWidth, displayWidth(json::stringOr(criterion, "id", "?")));
        statusWidth = std::max(statusWidth, displayWidth(statusWords(json::stringOr(criterion, "status", "?"))));
    }
    std::string out = "\n" + wrap(paint("Criteria", Tone::Heading, style) + " (" + kPlugin + ": where the best evidence is)",
                                  style.width, 2);
    for (const auto& criterion : criteria) {
        const std::string status = json::stringOr(criterion, "status", "?");
        const Tone tone = status == "evidenced" ? Tone::Good : status == "missing" ? Tone::Bad : Tone::Warning;
        const std::string best = bestEvidence(criterion);
        const std::string reason = json::stringOr(criterion, "reason", "");
        const std::string statusText = statusWords(status);
        out += wrap("  " + padded(json::stringOr(criterion, "id", "?"), idWidth + 1) + paint(statusText, tone, style) +
                        padding(statusText, statusWidth + 1) + keepFileNamesTogether(reason.empty() ? best : reason, *report.bundle),
                    style.width, idWidth + statusWidth + 4);
    }
    return out;
}

}  // namespace showcase::report::text
