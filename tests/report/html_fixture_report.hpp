// A Report rebuilt from a JSON report on disk, for testing the HTML report without running the
// plugins: tests/report/html_fixture_highfield_report.json is the JSON report of
// samples/highfield-report.zip (--profile highfield-report --set limits-word-count.max=4200, so
// that the count has a cut-off) with hand-made metrics["evidence-ksb"] in the shape that
// plugins/evidence-ksb/README.md documents: 40 criteria, quotes taken from the sample, every
// status present. Only tests read JSON back; the program builds its HTML from the session.
// Header-only so that both the test suite and tests/e2e/render_fixture link it without a library.
#pragma once

#include <Poco/JSON/Parser.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>

#include "report/report.hpp"

namespace showcase::test {

/// A Report and the Bundle it points into, kept together.
struct FixtureReport {
    std::unique_ptr<Bundle> bundle = std::make_unique<Bundle>();
    report::Report report;
};

namespace detail {

template <typename Enum, typename Name>
Enum enumNamed(const std::string& text, Name name, std::initializer_list<Enum> values) {
    for (const Enum value : values) {
        if (text == name(value)) return value;
    }
    throw std::runtime_error("unknown name in fixture: " + text);
}

inline std::string textOf(const Poco::JSON::Object::Ptr& object, const std::string& key) {
    return object->has(key) && !object->isNull(key) ? object->getValue<std::string>(key) : "";
}

inline Location locationOf(const Poco::JSON::Object::Ptr& object) {
    Location location;
    location.file = textOf(object, "file");
    if (object->has("part")) {
        location.part = enumNamed<Part>(textOf(object, "part"), partName,
                                        {Part::Body, Part::Table, Part::TextBox, Part::Footnote, Part::Endnote, Part::Header,
                                         Part::Footer, Part::Comment, Part::SlideTitle, Part::SlideBody, Part::Notes});
    }
    if (object->has("index")) location.index = object->getValue<int>("index");
    if (const auto headings = object->getArray("heading_path")) {
        for (std::size_t i = 0; i < headings->size(); ++i) location.headingPath.push_back(headings->getElement<std::string>(static_cast<unsigned>(i)));
    }
    return location;
}

}  // namespace detail

/// The Report that a JSON report (the text of `check --format json`) describes.
inline FixtureReport reportFromJson(const std::string& json) {
    using Poco::JSON::Object;
    Poco::JSON::Parser parser;
    const auto root = parser.parse(json).extract<Object::Ptr>();
    FixtureReport fixture;
    const auto bundle = root->getObject("bundle");
    fixture.bundle->path = detail::textOf(bundle, "path");
    fixture.bundle->container = detail::textOf(bundle, "container");
    const auto files = bundle->getArray("files");
    for (std::size_t i = 0; i < files->size(); ++i) {
        const auto file = files->getObject(static_cast<unsigned>(i));
        Document document;
        document.path = detail::textOf(file, "path");
        document.role = detail::enumNamed<Role>(detail::textOf(file, "role"), roleName,
                                                {Role::Report, Role::Slides, Role::Appendix, Role::Recording, Role::Image, Role::Other});
        document.roleReason = detail::textOf(file, "role_reason");
        document.format = detail::textOf(file, "format");
        document.mediaType = detail::textOf(file, "media_type");
        document.size = file->getValue<std::uint64_t>("size");
        document.reader = detail::textOf(file, "reader");
        document.status = detail::enumNamed<ReadStatus>(detail::textOf(file, "status"), readStatusName,
                                                        {ReadStatus::Read, ReadStatus::Unsupported, ReadStatus::Error});
        document.message = detail::textOf(file, "message");
        fixture.bundle->documents.push_back(document);
    }
    const auto notices = bundle->getArray("notices");
    for (std::size_t i = 0; notices && i < notices->size(); ++i) {
        const auto notice = notices->getObject(static_cast<unsigned>(i));
        fixture.bundle->notices.push_back({detail::textOf(notice, "path"), detail::textOf(notice, "kind"), detail::textOf(notice, "message")});
    }
    fixture.report.bundle = fixture.bundle.get();
    if (const auto profile = root->getObject("profile")) {
        fixture.report.profile = report::ProfileChoice{detail::textOf(profile, "id"), detail::textOf(profile, "epao"),
                                                       detail::textOf(profile, "option"), detail::textOf(profile, "picked_by"),
                                                       detail::textOf(profile, "reason")};
    }
    const auto plugins = root->getArray("plugins");
    for (std::size_t i = 0; i < plugins->size(); ++i) {
        const auto plugin = plugins->getObject(static_cast<unsigned>(i));
        if (plugin->has("id")) {
            fixture.report.runs.push_back({detail::textOf(plugin, "id"), detail::textOf(plugin, "version"),
                                           detail::textOf(plugin, "status"), detail::textOf(plugin, "message")});
        } else {
            fixture.report.refusals.push_back({detail::textOf(plugin, "library"), detail::textOf(plugin, "message")});
        }
    }
    const auto findings = root->getArray("findings");
    for (std::size_t i = 0; i < findings->size(); ++i) {
        const auto item = findings->getObject(static_cast<unsigned>(i));
        Finding finding;
        finding.check = detail::textOf(item, "check");
        finding.severity = detail::enumNamed<Severity>(detail::textOf(item, "severity"), severityName,
                                                       {Severity::Error, Severity::Warning, Severity::Info});
        finding.message = detail::textOf(item, "message");
        if (item->has("value")) finding.value = item->getValue<double>("value");
        if (item->has("limit")) finding.limit = item->getValue<double>("limit");
        if (const auto location = item->getObject("location")) finding.location = detail::locationOf(location);
        fixture.report.findings.push_back(finding);
    }
    fixture.report.metrics = root->getObject("metrics");
    return fixture;
}

/// reportFromJson() of a file.
inline FixtureReport reportFromJsonFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return reportFromJson(text.str());
}

}  // namespace showcase::test
