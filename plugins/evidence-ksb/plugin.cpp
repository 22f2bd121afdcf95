// The exported factory of evidence-ksb and the order of its work.
#include <stdexcept>

#include "assessment.hpp"
#include "evidence_report.hpp"
#include "plugin_support.hpp"
#include "showcase/plugin_api.hpp"

namespace {

using namespace showcase;

class EvidenceKsb : public Plugin {
public:
    PluginInfo info() const override {
        return {evidence::kPluginId, "1.0.0",
                "Finds the evidence for each KSB criterion of the profile: evidenced, weak, missing, past the limit or only in appendices.",
                // Limits first: they mark the blocks past a word or slide limit. Sections give the
                // headings found by layout and the template section of each.
                {"limits-word-count", "limits-slide-count", "structure-sections"}};
    }

    void run(Analysis& analysis) override {
        std::vector<std::string> problems;
        common::OptionReader reader(analysis.options(), problems);
        evidence::Thresholds thresholds;
        reader.number("evidenced_score", thresholds.evidenced, 0.0);
        reader.number("weak_score", thresholds.weak, 0.0);
        reader.number("wording_scale", thresholds.wordingScale, 0.0, true);
        double neighbourWords = evidence::kNeighbourWords;
        reader.number("neighbour_words", neighbourWords, 0.0);
        reader.number("topic_share", thresholds.topicShare, 0.0);
        if (thresholds.topicShare > 1.0) {
            reader.complain("topic_share", "a share from 0 to 1", thresholds.topicShare);
            thresholds.topicShare = evidence::Thresholds{}.topicShare;
        }
        const auto topicModelPath = reader.take("topic_model");
        if (!topicModelPath.isEmpty() && !topicModelPath.isString()) reader.complain("topic_model", "the path of a trained topic model", topicModelPath);
        reader.reportUnknown();
        for (const auto& problem : problems) {
            analysis.report(common::makeFinding(evidence::kPluginId, Severity::Error, problem));
        }
        const auto profile = analysis.profile();
        if (!profile) {
            analysis.metrics()->set("profile", Poco::Dynamic::Var());
            analysis.report(common::makeFinding(evidence::kPluginId, Severity::Info,
                                                "no EPAO profile applies, so there are no criteria to look for (use --profile or --epao)"));
            return;
        }
        evidence::TextAnalyser analyser;
        auto model = evidence::readProfileModel(profile, analyser);
        if (topicModelPath.isString()) {
            // A model that cannot be read leaves the check as it is without one, and says so.
            try {
                evidence::attachTopicModels(model, evidence::readTopicModels(topicModelPath.toString()));
            } catch (const std::runtime_error& error) {
                analysis.report(common::makeFinding(evidence::kPluginId, Severity::Error,
                                                    std::string("topic model not used: ") + error.what()));
            }
        }
        const auto passages = evidence::collectPassages(analysis.bundle(), model, analysis.metricsOf("structure-sections"), analyser,
                                                      static_cast<int>(neighbourWords));
        evidence::reportResults(analysis, model, evidence::assessCriteria(model, passages, thresholds));
    }
};

}  // namespace

SHOWCASE_PLUGIN(EvidenceKsb)
