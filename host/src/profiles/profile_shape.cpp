// Section 4 of mappings/README.md as shapes: the key tables of a profile, in their order.
#include "shape.hpp"

namespace showcase::profiles {
namespace {

using namespace shapes;

const std::vector<std::string> kBindings{"hard", "recommended", "approximate"};
const std::vector<std::string> kPastMax{"not-assessed"};

ShapePtr limits() {
    const auto count = integer();
    return object("limits",
        {{"words", false, object("word limits", {
              {"min", false, cited(count, kBindings)},
              {"max", false, cited(count, kBindings)},
              {"tolerance_percent", false, cited(count)},
              {"excluded", false, arrayOf(cited(string({"annexes", "appendix", "appendices", "references", "bibliography",
                                                        "cover", "contents", "supplementary-evidence"})))},
              {"past_max", false, cited(string(kPastMax))}})},
         {"slides", false, object("slide limits", {
              {"min", false, cited(count, kBindings)},
              {"max", false, cited(count, kBindings)},
              {"past_max", false, cited(string(kPastMax))},
              {"hidden_slides", false, cited(string({"counted", "not-counted"}))}})},
         {"presentation_minutes", false, object("presentation minutes", {
              {"target", false, cited(count, kBindings)},
              {"max", false, cited(count, kBindings)}})},
         {"recording", false, object("recording limits", {
              {"required", false, cited(boolean())},
              {"max_minutes", false, cited(count, kBindings)},
              {"tolerance_percent", false, cited(count)},
              {"past_max", false, cited(string(kPastMax))}})},
         {"interview_minutes", false, object("interview minutes", {{"max", false, cited(count, kBindings)}})}});
}

ShapePtr templateShape() {
    const auto section = object("a section", {
        {"id", true, string()},
        {"order", true, integer()},
        {"group", false, string()},
        {"role", true, string({"content", "appendix"})},
        {"title", true, string()},
        {"source", true, source()},
        {"epao_range", false, cited(string())},
        {"required", true, cited(boolean())},
        {"words", false, object("section words", {{"min", true, integer()}, {"max", true, integer()},
                                                  {"binding", false, string(kBindings)}, {"source", true, source()}})},
        {"contents", false, arrayOf(cited(string()))},
        {"match", true, arrayOf(string())},
        {"modules", true, arrayOf(integer())},
        {"criteria", true, arrayOf(string())}});
    const auto group = object("a group", {
        {"id", true, string()},
        {"title", true, string()},
        {"source", true, source()},
        {"minutes", false, cited(integer(), kBindings)},
        {"modules", true, arrayOf(integer())},
        {"criteria", true, arrayOf(string())}});
    return nullable(object("a template", {
        {"kind", true, string({"sections", "slides", "modules"})},
        {"name", true, cited(string())},
        {"binding", true, cited(string({"example", "required"}))},
        {"front_matter", false, arrayOf(cited(string()))},
        {"groups", true, arrayOf(group)},
        {"sections", true, arrayOf(section)}}));
}

ShapePtr component() {
    const auto textWithSource = object("a text", {{"text", true, string()}, {"source", true, source()}});
    const auto leafItem = object("a content item", {{"text", true, string()}, {"source", true, source()}});
    const auto contentItem = object("a content item",
                                    {{"text", true, string()}, {"source", true, source()}, {"children", false, arrayOf(leafItem)}});
    return object("a component", {
        {"id", true, string()},
        {"name", true, string()},
        {"source", true, source()},
        {"required", true, cited(boolean())},
        {"exemption", false, object("an exemption", {{"possible", true, cited(boolean())},
                                                    {"condition", true, textWithSource},
                                                    {"decided_by", true, textWithSource}})},
        {"modules", true, cited(arrayOf(integer()))},
        {"instructions", false, arrayOf(textWithSource)},
        {"questions", false, arrayOf(object("a question", {{"label", true, string()}, {"text", false, string()},
                                                          {"source", true, source()}, {"notes", false, notes()}}))},
        {"sections", false, arrayOf(object("a component section", {
             {"id", true, string()}, {"order", true, integer()}, {"title", true, string()}, {"text", true, string()},
             {"source", true, source()}, {"required", true, cited(boolean())}, {"match", true, arrayOf(string())},
             {"smart", false, cited(string())}, {"goal_terms", false, cited(arrayOf(string()))}}))},
        {"content_items", false, arrayOf(contentItem)},
        {"checklist", false, arrayOf(object("a checklist item", {
             {"label", true, string()}, {"text", true, string()},
             {"grade", true, string({"pass", "distinction", "unspecified"})}, {"source", true, source()},
             {"criteria", true, arrayOf(string())}}))},
        {"grading", false, object("component grading", {
             {"pass", true, cited(string({"all"}))},
             {"distinction", true, object("a distinction rule", {{"required", true, integer()}, {"of", true, integer()},
                                                                {"source", true, source()}})}})},
        {"notes", false, notes()}});
}

ShapePtr informationItem(const std::string& what, std::vector<std::string> kinds) {
    auto kind = std::make_shared<Shape>(*string(std::move(kinds)));
    kind->unknownValueIsWarning = true;
    return object(what, {{"kind", true, kind},
                         {"applies_to", false, arrayOf(string())},
                         {"working_days_before", false, integer()},
                         {"text", true, string()},
                         {"source", true, source()},
                         {"summary", true, string()}});
}

}  // namespace

ShapePtr profileShape() {
    static const ShapePtr shape = object("a profile", {
        {"format", true, string({"showcase-profile/1"})},
        {"id", true, string()},
        {"standard", true, string()},
        {"epao", true, string()},
        {"seed", true, string()},
        {"option", true, object("an option", {
             {"value", true, string({"report", "presentation", "journal", "storyboard", "components"})},
             {"label", true, string()}, {"source", true, source()}})},
        {"summary", true, string()},
        {"limits", true, limits()},
        {"template", true, templateShape()},
        {"components", true, arrayOf(component())},
        {"coverage", true, object("coverage", {{"modules", true, arrayOf(integer())},
                                               {"criteria", true, arrayOf(string())},
                                               {"source", true, source()}})},
        {"grading", true, object("grading", {
             {"pass", true, cited(string({"all"}))},
             {"distinction", true, object("a distinction rule", {{"required", true, integer()}, {"of", true, integer()},
                                                                {"percent", false, integer()}, {"source", true, source()}})},
             {"notes", false, notes()}})},
        {"submission", true, arrayOf(informationItem("a submission item", {"timing", "planning", "channel", "format",
                                                                          "format-choice", "accompanying-document", "order"}))},
        {"rules", true, arrayOf(informationItem("a rule", {"ai-use", "own-work", "anonymity", "format-lock", "single-submission",
                                                          "supplementary-evidence", "interview", "delivery", "template",
                                                          "quality", "evidence-types", "evidence-selection",
                                                          "external-brief", "exemption", "recording", "content", "advice"}))},
        {"messages", true, object("messages", {
             {"over_word_limit", false, string()}, {"under_word_minimum", false, string()},
             {"over_slide_limit", false, string()}, {"over_recording_limit", false, string()},
             {"missing_section", false, string()}, {"missing_component", false, string()},
             {"customer_name_found", false, string()}})},
        {"notes", true, notes()}});
    return shape;
}

}  // namespace showcase::profiles
