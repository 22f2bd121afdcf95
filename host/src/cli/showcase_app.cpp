#include "showcase_app.hpp"

#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionSet.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <unistd.h>

#include "analysis/analysis_session.hpp"
#include "check_profiles.hpp"
#include "plugin_host/plugin_host.hpp"
#include "process_tuning.hpp"
#include "profiles/auto_picker.hpp"
#include "profiles/mappings_location.hpp"
#include "profiles/profile_listing.hpp"
#include "profiles/resolver.hpp"
#include "report/html_report.hpp"
#include "report/report.hpp"
#include "showcase_version.hpp"

namespace showcase::cli {
namespace {

using Poco::Util::Option;

constexpr int kExitFindings = 1;

/// A command that cannot go on, with the exit code and message to give (stderr).
class CommandError : public std::runtime_error {
public:
    CommandError(int exitCode, const std::string& message) : std::runtime_error(message), exitCode_(exitCode) {}
    int exitCode() const { return exitCode_; }

private:
    int exitCode_;
};


double parseNumber(const std::string& name, const std::string& value, double minimum) {
    try {
        std::size_t used = 0;
        const double number = std::stod(value, &used);
        if (used != value.size() || number < minimum) throw std::invalid_argument(value);
        return number;
    } catch (const std::exception&) {
        throw Poco::Util::InvalidArgumentException("--" + name + " takes a number of at least " +
                                                   std::to_string(static_cast<long long>(minimum)) + ", not '" +
                                                   value + "'");
    }
}

}  // namespace

const std::vector<std::string>& optionsWithValues() {
    static const std::vector<std::string> names = {
        "--profile", "-p", "--format", "-f", "--output", "-o", "--plugin-dir", "--max-entries",
        "--max-expanded-mb", "--max-ratio", "--max-depth", "--time-per-file", "--set", "--mappings", "--seeds", "--epao"};
    return names;
}

ShowcaseApp::ShowcaseApp() {
    // First, so that all the rest of the run benefits (process_tuning.hpp says why).
    backHeapWithHugePages();
    readTimeZoneOnce();
    setUnixOptions(true);
}

void ShowcaseApp::defineOptions(Poco::Util::OptionSet& options) {
    options.addOption(Option("help", "h", "Show this help and exit."));
    options.addOption(Option("version", "", "Print the version and exit."));
    options.addOption(Option("profile", "p", "EPAO profile to check against (see `showcase profiles`).")
                          .argument("ID"));
    options.addOption(Option("format", "f", "Output format: text (default), json, or html (check only).").argument("FORMAT"));
    options.addOption(Option("output", "o", "Write the report to FILE instead of standard output.").argument("FILE"));
    options.addOption(Option("plugin-dir", "", "Load plugins from DIR instead of the installed folder.")
                          .argument("DIR"));
    options.addOption(Option("mappings", "", "Read EPAO profiles and criteria from DIR.").argument("DIR"));
    options.addOption(Option("seeds", "", "Check citation quotes against the EPAO documents in DIR.").argument("DIR"));
    options.addOption(Option("epao", "", "The EPAO, when check picks the option from the bundle.").argument("ID"));
    options.addOption(Option("max-entries", "", "Most files and folders read from a bundle (default 10000).")
                          .argument("N"));
    options.addOption(Option("max-expanded-mb", "", "Most MiB inflated from a bundle (default 1024).").argument("MB"));
    options.addOption(Option("max-ratio", "", "Largest expanded/compressed ratio of an archive (default 250).")
                          .argument("R"));
    options.addOption(Option("max-depth", "", "Depth to which archives inside a bundle are opened (default 2).")
                          .argument("N"));
    options.addOption(Option("time-per-file", "", "Seconds a reader may spend on one file (default 10).")
                          .argument("SECONDS"));
    options.addOption(Option("quiet", "q", "No progress on standard error."));
    options.addOption(Option("set", "", "Set a plugin option: ID.KEY=VALUE (repeatable).").argument("ID.KEY=VALUE")
                          .repeatable(true));
    options.addOption(Option("explain-count", "", "Show the tokens where the Word-compatible and Unicode word counts differ."));
}

void ShowcaseApp::handleOption(const std::string& name, const std::string& value) {
    Application::handleOption(name, value);
    if (name == "help") {
        helpRequested_ = true;
        stopOptionsProcessing();
    } else if (name == "version") {
        versionRequested_ = true;
    } else if (name == "profile") {
        profile_ = value;
    } else if (name == "format") {
        if (value != "text" && value != "json" && value != "html") {
            throw Poco::Util::InvalidArgumentException("--format takes text or json (check also html), not '" + value + "'");
        }
        format_ = value;
    } else if (name == "output") {
        output_ = value;
    } else if (name == "plugin-dir") {
        pluginDir_ = value;
    } else if (name == "mappings") {
        mappingsDir_ = value;
    } else if (name == "seeds") {
        seedsDir_ = value;
    } else if (name == "epao") {
        epao_ = value;
    } else if (name == "max-entries") {
        bundleOptions_.maxEntries = static_cast<std::uint64_t>(parseNumber(name, value, 1));
    } else if (name == "max-expanded-mb") {
        bundleOptions_.maxExpandedBytes = static_cast<std::uint64_t>(parseNumber(name, value, 1) * 1024 * 1024);
    } else if (name == "max-ratio") {
        bundleOptions_.maxCompressionRatio = parseNumber(name, value, 1);
    } else if (name == "max-depth") {
        bundleOptions_.maxDepth = static_cast<int>(parseNumber(name, value, 0));
    } else if (name == "time-per-file") {
        bundleOptions_.timePerFile =
            std::chrono::milliseconds(static_cast<long long>(parseNumber(name, value, 0) * 1000));
    } else if (name == "quiet") {
        quiet_ = true;
    } else if (name == "set") {
        setPluginOption(value);
    } else if (name == "explain-count") {
        setPluginOption("limits-word-count.explain=true");
    }
}

void ShowcaseApp::setPluginOption(const std::string& assignment) {
    const auto dot = assignment.find('.');
    const auto equals = assignment.find('=');
    if (dot == std::string::npos || equals == std::string::npos || dot == 0 || equals < dot + 2) {
        throw Poco::Util::InvalidArgumentException("--set takes ID.KEY=VALUE, not '" + assignment + "'");
    }
    const std::string plugin = assignment.substr(0, dot);
    const std::string key = assignment.substr(dot + 1, equals - dot - 1);
    const std::string text = assignment.substr(equals + 1);
    Poco::JSON::Object::Ptr options = pluginOptions_->getObject(plugin);
    if (options.isNull()) {
        options = new Poco::JSON::Object;
        pluginOptions_->set(plugin, options);
    }
    // Values keep their natural type so plugins need not parse: true/false, numbers, else text.
    if (text == "true" || text == "false") {
        options->set(key, text == "true");
        return;
    }
    try {
        std::size_t used = 0;
        const double number = std::stod(text, &used);
        if (used == text.size()) {
            options->set(key, number);
            return;
        }
    } catch (const std::exception&) {
    }
    options->set(key, text);
}

void ShowcaseApp::printHelp() const {
    std::cout <<
        R"(Usage: showcase COMMAND [OPTIONS]

Checks an apprentice's end-point assessment showcase (ST0072 Customer Service
Practitioner): reads every document of a bundle and runs the installed checks.

Commands:
  check BUNDLE      Analyse BUNDLE and report findings (text, JSON or HTML).
  dump BUNDLE       Print the document model read from BUNDLE as JSON.
  plugins           List the loaded plugins: id, version and what each checks.
  profiles          List the EPAO profiles: id, EPAO, option and key limits.
  profile show ID   Print profile ID as JSON, criteria expanded from the catalogue.
  profile check FILE
                    Validate a profile you wrote; prints FILE:LINE: message per
                    error and exits 65 when it is invalid.
  compile-mappings DIR
                    Validate the mappings and write them resolved into DIR; the
                    build does this, so that check need not validate them again
                    while they are unchanged.

BUNDLE is a .zip, .tar, .tar.gz or .7z archive, a folder, or a single document
(.docx, .pptx, .odt, .odp, .pdf, .txt, .md).

Without --profile, check picks the option from the bundle (components, journal,
storyboard, slides without a report, report) and the EPAO from --epao, else the
only EPAO offering that option, else an EPAO the bundle names; if the EPAO stays
unknown no profile is used, and the report says so.

Mappings are read from --mappings DIR, else <executable>/../share/showcase/mappings
when it exists, else the source tree's mappings/. Citation quotes are checked
against --seeds DIR, else <mappings>/../../shared/seeds when it exists.

Options:
  -p, --profile ID          EPAO profile to check against (see 'showcase profiles').
      --epao ID             EPAO for the automatic pick (highfield, tquk, ...).
      --mappings DIR        Read profiles and criteria from DIR.
      --seeds DIR           Check citation quotes against the seeds in DIR.
  -f, --format FORMAT       text (default) or json; check also takes html: one
                            self-contained page (no script, nothing fetched) to
                            open in a browser, attach to an email or print.
  -o, --output FILE         Write the report to FILE instead of standard output
                            (check --format html --output report.html).
      --plugin-dir DIR      Load plugins from DIR instead of the installed folder.
      --max-entries N       Most files and folders read from a bundle (10000).
      --max-expanded-mb MB  Most MiB inflated from a bundle, all levels (1024).
      --max-ratio R         Largest expanded/compressed size of an archive (250).
      --max-depth N         Depth to which nested archives are opened (2).
      --time-per-file S     Seconds a reader may spend on one file (10).
      --set ID.KEY=VALUE    Set an option of plugin ID (see plugins/ID/README.md).
      --explain-count       Show the tokens where Word's and Unicode's word counts differ.
  -q, --quiet               No progress on standard error.
  -h, --help                Show this help.
      --version             Print the version.

Exit codes:
  0   analysed, no error findings      64  usage error (also: unknown profile)
  1   analysed, with error findings    65  unreadable bundle, invalid profile
  66  bundle or file not found         70  internal error
)";
}

std::string ShowcaseApp::pluginDirectory() const {
    if (!pluginDir_.empty()) return pluginDir_;
    // Relative to the executable, so a build tree and an installed tree both work unchanged.
    Poco::Path dir(config().getString("application.dir"));
    dir.append(kPluginDirFromBinary);
    return dir.toString();
}

Bundle ShowcaseApp::readBundleOrThrow(const std::string& bundlePath) const {
    bundle::BundleOptions options = bundleOptions_;
    if (!quiet_ && isatty(STDERR_FILENO) != 0) {
        options.progress = [](const std::string& path, std::size_t number, std::size_t total) {
            std::cerr << "\r\033[K" << "reading " << number << "/" << total << ": " << path << std::flush;
            if (number == total) std::cerr << "\r\033[K" << std::flush;
        };
    }
    return bundle::readBundle(bundlePath, options);
}

void ShowcaseApp::writeOutput(const std::string& text) const {
    if (output_.empty()) {
        std::cout << text;
        return;
    }
    std::ofstream out(output_, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) throw std::runtime_error("cannot write '" + output_ + "'");
}

int ShowcaseApp::runCheck(const std::string& bundlePath) {
    // Plugins are loaded before anything else runs, and before any thread could exist.
    host::PluginHost plugins;
    plugins.loadDirectory(pluginDirectory());
    Bundle bundle = readBundleOrThrow(bundlePath);
    // Quoting the seeds is checked by `profile check` and the tests; doing it on every check would
    // triple its time, so here only when asked for with --seeds.
    const std::string mappings = mappingsDirectory();
    const auto profileSource = CheckProfiles::load(mappings, compiledMappingsDirectory(), seedsDir_.empty() ? "" : seedsDirectory(mappings));
    Poco::JSON::Object::Ptr resolvedProfile;
    const report::ProfileChoice choice = chooseProfile(bundle, profileSource, resolvedProfile);
    host::AnalysisSession session(bundle, choice.id, resolvedProfile);
    for (const auto& plugin : pluginOptions_->getNames()) {
        session.setPluginOptions(plugin, pluginOptions_->getObject(plugin));
    }
    for (const auto& refusal : plugins.refusals()) {
        session.report({"plugin-host", Severity::Warning, "plugin refused: " + refusal.path + ": " + refusal.reason +
                                                              " [plugin-host]", std::nullopt, std::nullopt, std::nullopt});
    }
    report::Report result;
    result.bundle = &bundle;
    result.profile = choice;
    result.runs = plugins.runAll(session);
    result.refusals = plugins.refusals();
    result.findings = session.findings();
    result.metrics = session.allMetrics();
    writeOutput(format_ == "json"   ? report::toJson(result)
                : format_ == "html" ? report::toHtml(result)
                                    : output_.empty() ? report::toText(result) : report::toText(result, report::fileTextStyle()));
    return report::countSeverity(result.findings, Severity::Error) > 0 ? kExitFindings : EXIT_OK;
}

std::string ShowcaseApp::mappingsDirectory() const {
    return profiles::mappingsFolder(mappingsDir_, config().getString("application.dir"));
}

std::string ShowcaseApp::seedsDirectory(const std::string& mappings) const { return profiles::seedsFolder(seedsDir_, mappings); }

std::unique_ptr<profiles::ProfileLibrary> ShowcaseApp::loadProfiles() const {
    const std::string mappings = mappingsDirectory();
    return loadProfileLibrary(mappings, seedsDirectory(mappings));
}

report::ProfileChoice ShowcaseApp::chooseProfile(const Bundle& bundle, const CheckProfiles& profileSource,
                                                 Poco::JSON::Object::Ptr& resolved) const {
    if (!profile_.empty()) {
        resolved = profileSource.resolve(profile_);
        if (!resolved) throw CommandError(EXIT_USAGE, "unknown profile '" + profile_ + "'; known profiles: " + profileSource.knownIds());
        const auto& summaries = profileSource.summaries();
        const auto summary = std::find_if(summaries.begin(), summaries.end(), [&](const auto& s) { return s.id == profile_; });
        return {summary->id, summary->epao, summary->option, "user", "chosen with --profile"};
    }
    if (!epao_.empty() && !profileSource.knowsEpao(epao_)) throw CommandError(EXIT_USAGE, "unknown EPAO '" + epao_ + "' given with --epao");
    const auto pick = profiles::pickProfile(bundle, profileSource.summaries(), epao_);
    if (!pick.profileId.empty()) resolved = profileSource.resolve(pick.profileId);
    return {pick.profileId, pick.epao, pick.option, "auto", pick.reason};
}

std::string ShowcaseApp::compiledMappingsDirectory() const {
    return Poco::Path(config().getString("application.dir")).parent().append("share/showcase/compiled-mappings/").toString();
}

int ShowcaseApp::runCompileMappings(const std::string& outDir) {
    const auto library = loadProfiles();
    if (!profiles::writeCompiledMappings(*library, outDir)) {
        std::cerr << "showcase: the mappings have errors, so nothing was compiled into " << outDir << "\n";
        return EXIT_DATAERR;
    }
    return EXIT_OK;
}

int ShowcaseApp::runProfiles() {
    const auto library = loadProfiles();
    writeOutput(format_ == "json" ? profiles::profilesJson(*library) : profiles::profilesTable(*library));
    return library->diagnostics().hasErrors() ? EXIT_DATAERR : EXIT_OK;
}

int ShowcaseApp::runProfileShow(const std::string& id) {
    const auto library = loadProfiles();
    const auto* profile = library->find(id);
    if (profile == nullptr) throw CommandError(EXIT_USAGE, "unknown profile '" + id + "'; known profiles: " + library->knownIds());
    writeOutput(report::stringify(profiles::resolveProfile(*profile)));
    return EXIT_OK;
}

int ShowcaseApp::runProfileCheck(const std::string& file) {
    if (!Poco::File(file).exists()) throw CommandError(EXIT_NOINPUT, "no such file: '" + file + "'");
    const std::string mappings = mappingsDirectory();
    profiles::SeedTexts seeds(seedsDirectory(mappings));
    profiles::Diagnostics diagnostics;
    // The catalogues' own faults matter here (the profile is read against them); other profiles' do not.
    const auto catalogues = profiles::loadCatalogues(mappings, seeds, diagnostics);
    if (!seeds.available()) {
        diagnostics.add({profiles::Level::Note, file, 0, "",
                         "citation quotes not checked: no seeds folder (give --seeds DIR)"});
    }
    const auto profile = profiles::loadProfile(file, catalogues, seeds, diagnostics);
    std::ostringstream out;
    profiles::printDiagnostics(diagnostics, out);
    if (profile) out << file << ": valid profile '" << profile->id << "' (" << profile->epao << ", " << profile->option << ")\n";
    writeOutput(out.str());
    return profile && !diagnostics.hasErrors() ? EXIT_OK : EXIT_DATAERR;
}

int ShowcaseApp::runDump(const std::string& bundlePath) {
    const Bundle bundle = readBundleOrThrow(bundlePath);
    writeOutput(report::dumpJson(bundle));
    return EXIT_OK;
}

int ShowcaseApp::runPlugins() {
    host::PluginHost plugins;
    plugins.loadDirectory(pluginDirectory());
    std::ostringstream out;
    std::size_t width = 2;
    for (const auto& loaded : plugins.plugins()) width = std::max(width, loaded.info.id.size());
    for (const auto& loaded : plugins.plugins()) {
        out << loaded.info.id << std::string(width + 2 - loaded.info.id.size(), ' ') << loaded.info.version << "  "
            << loaded.info.summary << "\n";
    }
    for (const auto& refusal : plugins.refusals()) out << "refused " << refusal.path << ": " << refusal.reason << "\n";
    if (plugins.plugins().empty()) out << "no plugins loaded from " << pluginDirectory() << "\n";
    writeOutput(out.str());
    return EXIT_OK;
}

int ShowcaseApp::main(const std::vector<std::string>& arguments) {
    if (helpRequested_) {
        printHelp();
        return EXIT_OK;
    }
    if (versionRequested_) {
        std::cout << "showcase " << kVersion << " (plugin API " << kPluginApiVersion << ")\n";
        return EXIT_OK;
    }
    if (arguments.empty()) {
        std::cerr << "showcase: no command given; try 'showcase --help'\n";
        return EXIT_USAGE;
    }
    const std::string& command = arguments[0];
    const bool needsBundle = command == "check" || command == "dump";
    if (format_ == "html" && command != "check") {
        std::cerr << "showcase: --format html is for 'check' only; try 'showcase --help'\n";
        return EXIT_USAGE;
    }
    if (needsBundle && arguments.size() != 2) {
        std::cerr << "showcase: '" << command << "' takes exactly one BUNDLE; try 'showcase --help'\n";
        return EXIT_USAGE;
    }
    try {
        if (command == "check") return runCheck(arguments[1]);
        if (command == "dump") return runDump(arguments[1]);
        if (command == "plugins" && arguments.size() == 1) return runPlugins();
        if (command == "profiles" && arguments.size() == 1) return runProfiles();
        if (command == "compile-mappings" && arguments.size() == 2) return runCompileMappings(arguments[1]);
        if (command == "profile") {
            if (arguments.size() == 3 && arguments[1] == "show") return runProfileShow(arguments[2]);
            if (arguments.size() == 3 && arguments[1] == "check") return runProfileCheck(arguments[2]);
            std::cerr << "showcase: 'profile' takes 'show ID' or 'check FILE'; try 'showcase --help'\n";
            return EXIT_USAGE;
        }
        if (command == "help") {
            printHelp();
            return EXIT_OK;
        }
    } catch (const CommandError& error) {
        std::cerr << "showcase: " << error.what() << "\n";
        return error.exitCode();
    } catch (const bundle::BundleError& error) {
        std::cerr << "showcase: " << error.what() << "\n";
        return error.exitCode();
    } catch (const std::exception& error) {
        std::cerr << "showcase: internal error: " << error.what() << "\n";
        return EXIT_SOFTWARE;
    }
    std::cerr << "showcase: unknown command '" << command << "'; try 'showcase --help'\n";
    return EXIT_USAGE;
}

}  // namespace showcase::cli
