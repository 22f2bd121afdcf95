// Loading plugins: good ones run in the order their needs give, bad libraries are refused with a
// reason, and a plugin that throws becomes a finding while the others still run.
#include <catch2/catch.hpp>

#include <algorithm>

#include "analysis/analysis_session.hpp"
#include "plugin_host/plugin_host.hpp"
#include "support/test_paths.hpp"

using showcase::host::PluginHost;

namespace {

std::string refusalFor(const PluginHost& host, const std::string& fileName) {
    for (const auto& refusal : host.refusals()) {
        if (refusal.path.size() >= fileName.size() &&
            refusal.path.compare(refusal.path.size() - fileName.size(), fileName.size(), fileName) == 0) {
            return refusal.reason;
        }
    }
    return "(not refused)";
}

std::vector<std::string> loadedIds(const PluginHost& host) {
    std::vector<std::string> ids;
    for (const auto& loaded : host.plugins()) ids.push_back(loaded.info.id);
    return ids;
}

}  // namespace

TEST_CASE("the plugin host loads good plugins and refuses bad libraries", "[plugins]") {
    PluginHost host;
    host.loadDirectory(showcase::test::buildPath("tests/plugins"));

    SECTION("good plugins load, in an order that respects their needs") {
        CHECK(loadedIds(host) == std::vector<std::string>{"first-check", "second-check", "throwing-check"});
    }
    SECTION("each bad library is refused with its reason") {
        const auto expected = "built for plugin API version " + std::to_string(showcase::kPluginApiVersion + 1) +
                              ", this host needs " + std::to_string(showcase::kPluginApiVersion);
        CHECK(refusalFor(host, "wrong-api-version.so") == expected);
        CHECK_THAT(refusalFor(host, "no-symbols.so"), Catch::Contains("missing symbol 'showcase_plugin_api_version'"));
        CHECK_THAT(refusalFor(host, "not-a-library.so"), Catch::Contains("not a loadable library"));
        CHECK_THAT(refusalFor(host, "needs-missing.so"), Catch::Contains("needs 'absent-check'"));
        CHECK(host.refusals().size() == 4);
    }
    SECTION("a throwing plugin gives an error finding with its id and the others still run") {
        showcase::Bundle bundle;
        bundle.documents.resize(3);
        showcase::host::AnalysisSession session(bundle, "");
        const auto runs = host.runAll(session);
        REQUIRE(runs.size() == 3);
        const auto throwing = std::find_if(runs.begin(), runs.end(), [](const auto& r) { return r.id == "throwing-check"; });
        REQUIRE(throwing != runs.end());
        CHECK(throwing->status == "failed");
        CHECK(throwing->message == "deliberate failure");
        REQUIRE(session.findings().size() == 1);
        CHECK(session.findings()[0].check == "throwing-check");
        CHECK(session.findings()[0].severity == showcase::Severity::Error);
        CHECK(session.allMetrics()->getObject("first-check")->getValue<int>("documents") == 3);
        CHECK(session.allMetrics()->getObject("second-check")->getValue<bool>("saw_first"));
    }
}

TEST_CASE("the shipped plugins all load with the host's API version", "[plugins]") {
    PluginHost host;
    host.loadDirectory(showcase::test::buildPath("lib/showcase/plugins"));
    CHECK(host.refusals().empty());
    const auto ids = loadedIds(host);
    CHECK(std::find(ids.begin(), ids.end(), "bundle-inventory") != ids.end());
}

TEST_CASE("a missing plugin folder is a refusal, not a crash", "[plugins]") {
    PluginHost host;
    host.loadDirectory(showcase::test::buildPath("no-such-plugin-folder"));
    CHECK(host.plugins().empty());
    REQUIRE(host.refusals().size() == 1);
    CHECK_THAT(host.refusals()[0].reason, Catch::Contains("cannot list the plugin folder"));
}
