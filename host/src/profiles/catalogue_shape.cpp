// Section 3 of mappings/README.md as shapes: the key tables of a criteria catalogue.
#include "shape.hpp"

namespace showcase::profiles {
namespace {

using namespace shapes;

const std::vector<std::string> kMatch{"equivalent", "shared", "partial"};
const std::vector<std::string> kGrade{"pass", "distinction"};
const std::vector<std::string> kKsb{"knowledge", "skill", "behaviour"};

// `maps_to` is a list of codes in the data (README 3.5 gives no type; ["12S1"]).
ShapePtr epaoRefs() {
    const auto statementRef = object("a reference", {{"module_label", true, string()}, {"statement", false, string()},
                                                     {"items", false, arrayOf(string())}, {"match", true, string(kMatch)},
                                                     {"source", true, source()}, {"notes", false, notes()}});
    return object("epao_refs", {
        {"highfield", false, arrayOf(object("a reference", {{"code", true, string()}, {"match", true, string(kMatch)},
                                                           {"source", true, source()}, {"notes", false, notes()}}))},
        {"innovate", false, arrayOf(object("a reference", {{"code", true, string()}, {"text", true, string()},
                                                          {"grade", true, string(kGrade)}, {"match", true, string(kMatch)},
                                                          {"maps_to", false, arrayOf(string())}, {"source", true, source()},
                                                          {"notes", false, notes()}}))},
        {"tquk", false, arrayOf(statementRef)},
        {"gateway", false, arrayOf(statementRef)},
        {"activeiq", false, arrayOf(object("a reference", {{"component", true, string()}, {"items", true, arrayOf(string())},
                                                          {"match", true, string(kMatch)}, {"source", true, source()},
                                                          {"notes", false, notes()}}))}});
}

}  // namespace

ShapePtr catalogueShape() {
    static const ShapePtr shape = object("a catalogue", {
        {"format", true, string({"criteria-catalogue/1"})},
        {"standard", true, object("a standard", {{"id", true, string()}, {"reference", true, string()}, {"name", true, string()},
                                                 {"level", true, integer()}, {"version", true, string()},
                                                 {"assessment_plan", true, string()}, {"source", true, source()}})},
        {"id_scheme", true, string()},
        {"seeds", true, arrayOf(object("a seed", {{"file", true, string()}, {"epao", true, string()}, {"title", true, string()},
                                                  {"version", false, string()}, {"source", true, source()}}))},
        {"epaos", true, arrayOf(object("an EPAO", {{"id", true, string()}, {"name", true, string()}, {"seed", true, string()},
                                                   {"source", true, source()}}))},
        {"methods", true, arrayOf(object("a method", {
             {"id", true, string({"showcase", "practical-observation", "professional-discussion"})},
             {"name", true, string()}, {"source", true, source()},
             {"distinction_threshold", true, object("a distinction threshold", {{"required", true, integer()}, {"of", true, integer()},
                                                                               {"percent", false, integer()}, {"source", true, source()}})},
             {"counts", true, object("counts", {{"pass", true, integer()}, {"distinction", true, integer()},
                                                {"basis", true, string({"counted"})}, {"source", true, source()}})},
             {"notes", false, notes()}}))},
        {"modules", true, arrayOf(object("a module", {
             {"number", true, integer()}, {"name", true, string()}, {"ksb", true, string(kKsb)},
             {"methods", true, arrayOf(string())}, {"source", true, source()},
             {"alternative_names", true, arrayOf(object("an alternative name", {{"value", true, string()}, {"epao", true, string()},
                                                                               {"source", true, source()}}))},
             {"notes", false, notes()}}))},
        {"criteria", true, arrayOf(object("a criterion", {
             {"id", true, string()}, {"module", true, integer()}, {"ksb", true, string(kKsb)}, {"grade", true, string(kGrade)},
             {"methods", true, arrayOf(string())}, {"condition", false, cited(string())}, {"text", true, string()},
             {"source", true, source()}, {"epao_refs", true, epaoRefs()},
             {"evidence_hints", true, arrayOf(object("an evidence hint", {
                  {"epao", true, string()},
                  {"kind", true, string({"delivery-content", "show", "do", "know", "glossary", "task-topic", "guidance"})},
                  {"label", false, string()}, {"text", true, string()}, {"source", true, source()}}))},
             {"evidence", false, object("an evidence guide", {
                  {"terms", true, arrayOf(string())},
                  {"needs", true, arrayOf(object("a need", {{"label", true, string()}, {"any", true, arrayOf(string())}}))},
                  {"prompt", true, string()}})},
             {"notes", false, notes()}}))},
        {"unmatched_epao_items", true, arrayOf(object("an unmatched item", {
             {"epao", true, string()}, {"code", true, string()}, {"text", true, string()}, {"grade", true, string(kGrade)},
             {"module", true, integer()}, {"source", true, source()}, {"notes", false, notes()}}))},
        {"notes", true, notes()}});
    return shape;
}

}  // namespace showcase::profiles
