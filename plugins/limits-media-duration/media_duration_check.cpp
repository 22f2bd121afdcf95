#include "media_duration_check.hpp"

#include "plugin_support.hpp"

#include <cmath>

#include "duration_text.hpp"
#include "media_options.hpp"

namespace showcase::mediaduration {
namespace {

using JsonObject = Poco::JSON::Object;

double hundredths(double value) { return std::round(value * 100) / 100; }

void report(Analysis& analysis, Severity severity, const std::string& message, const std::string& file,
            std::optional<double> value = std::nullopt, std::optional<double> limit = std::nullopt) {
    std::optional<Location> location;
    if (!file.empty()) location = Location{file, std::nullopt, 0, {}};
    analysis.report(common::makeFinding(kPluginId, severity, message, std::move(location), value, limit));
}

bool measured(const Document& recording) { return recording.status == ReadStatus::Read && recording.durationSeconds >= 0; }

std::string whyUnmeasured(const Document& recording) {
    if (recording.status != ReadStatus::Read && !recording.message.empty()) return recording.message;
    return "no length was measured";
}

// Findings are in minutes, the unit limits are set in.
void checkLength(Analysis& analysis, const Document& recording, const MediaOptions& options) {
    const auto accepted = options.acceptedSeconds();
    if (!accepted) return;
    const double seconds = recording.durationSeconds;
    const std::string figures = formatDuration(seconds) + " (" + formatLimit(options) + ")";
    if (seconds > *accepted) {
        report(analysis, Severity::Error, figures + "; what follows " + formatDuration(*accepted) + " will not be assessed",
               recording.path, hundredths(seconds / 60), hundredths(*accepted / 60));
    } else if (seconds > *options.maxMinutes * 60) {
        report(analysis, Severity::Info,
               figures + ": over " + formatDuration(*options.maxMinutes * 60) + " but within the allowance", recording.path,
               hundredths(seconds / 60), hundredths(*accepted / 60));
    }
}

JsonObject::Ptr recordingJson(const Document& recording, const MediaOptions& options) {
    JsonObject::Ptr object = new JsonObject(Poco::JSON_PRESERVE_KEY_ORDER);
    object->set("path", recording.path);
    const auto accepted = options.acceptedSeconds();
    if (measured(recording)) {
        object->set("seconds", hundredths(recording.durationSeconds));
        object->set("within_limit", accepted ? Poco::Dynamic::Var(recording.durationSeconds <= *accepted)
                                             : Poco::Dynamic::Var());
    } else {
        object->set("seconds", Poco::Dynamic::Var());
        object->set("within_limit", Poco::Dynamic::Var());
        object->set("reason", whyUnmeasured(recording));
    }
    return object;
}

}  // namespace

void checkMediaDuration(Analysis& analysis) {
    const OptionsReading reading = readOptions(common::optionsWithProfileLimits(
        analysis, {{"recording", "max_minutes", "max_minutes"}, {"recording", "tolerance_percent", "tolerance_percent"}}));
    for (const auto& problem : reading.problems) report(analysis, Severity::Warning, problem, "");
    const MediaOptions& options = reading.options;

    Poco::JSON::Array::Ptr recordings = new Poco::JSON::Array;
    double totalSeconds = 0;
    int unmeasured = 0;
    for (const auto& document : analysis.bundle().documents) {
        if (document.role != Role::Recording) continue;
        recordings->add(recordingJson(document, options));
        if (measured(document)) {
            totalSeconds += document.durationSeconds;
            checkLength(analysis, document, options);
        } else {
            ++unmeasured;
            // Without a length the limit cannot be checked, which matters more once one is set.
            report(analysis, options.maxMinutes ? Severity::Warning : Severity::Info,
                   "the length could not be measured (" + whyUnmeasured(document) + ")", document.path);
        }
    }

    auto metrics = analysis.metrics();
    metrics->set("max_minutes", options.maxMinutes ? Poco::Dynamic::Var(*options.maxMinutes) : Poco::Dynamic::Var());
    metrics->set("tolerance_percent", options.tolerancePercent);
    const auto accepted = options.acceptedSeconds();
    metrics->set("accepted_seconds", accepted ? Poco::Dynamic::Var(hundredths(*accepted)) : Poco::Dynamic::Var());
    metrics->set("recordings", recordings);
    metrics->set("total_seconds", hundredths(totalSeconds));
    metrics->set("unmeasured", unmeasured);
}

}  // namespace showcase::mediaduration
