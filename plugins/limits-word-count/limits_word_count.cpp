// limits-word-count: counts the words of the report as Word would, and checks them against the
// word limits of the options (a profile's, later).
#include "count_explanation.hpp"
#include "counting_policy.hpp"
#include "plugin_support.hpp"
#include "showcase/plugin_api.hpp"
#include "word_count_report.hpp"
#include "word_limit.hpp"
#include "word_tally.hpp"

namespace {

using namespace showcase;
using namespace showcase::wordcount;

class LimitsWordCount : public Plugin {
public:
    PluginInfo info() const override {
        return {kCheckId, "1.0.0",
                "Counts the report's words as Word does (Unicode count beside it) and checks them against the word limit.",
                {}};
    }

    void run(Analysis& analysis) override {
        const PolicyReading reading = readPolicy(common::optionsWithProfileLimits(
            analysis, {{"words", "min", "min"}, {"words", "max", "max"}, {"words", "tolerance_percent", "tolerance"},
                       {"words", "max.binding", "max_binding"}}));
        for (const auto& problem : reading.problems) {
            analysis.report(common::makeFinding(kCheckId, Severity::Error, problem));
        }
        const CountingPolicy& policy = reading.policy;
        const BundleTally tally = tallyBundle(analysis.bundle(), policy);

        WordCountResult result;
        result.policy = &policy;
        result.tally = &tally;
        if (const auto accepted = policy.acceptedMaximum()) result.cutoff = applyLimit(tally, policy, *accepted);
        if (policy.explain) result.explanation = explainCounts(tally, policy);
        reportFindings(result, analysis);
        writeMetrics(result, *analysis.metrics());
    }
};

}  // namespace

SHOWCASE_PLUGIN(LimitsWordCount)
