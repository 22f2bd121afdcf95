#include "compiled_mappings.hpp"

#include <Poco/DirectoryIterator.h>
#include <Poco/File.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Path.h>

#include <algorithm>
#include <fstream>

#include "json_read.hpp"
#include "located_json.hpp"
#include "resolver.hpp"

namespace showcase::profiles {
namespace {

constexpr const char* kFormat = "compiled-mappings/1";
constexpr const char* kIndex = "index.json";

void writeFile(const std::string& path, const Poco::JSON::Object::Ptr& json) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    json->stringify(out);
    if (!out) throw std::runtime_error("cannot write " + path);
}

void listJson(const std::string& folder, std::vector<std::string>& files) {
    try {
        for (Poco::DirectoryIterator it(folder), end; it != end; ++it) {
            if (it->isDirectory()) {
                listJson(it.path().toString(), files);
            } else if (it.path().getExtension() == "json") {
                files.push_back(it.path().toString());
            }
        }
    } catch (const Poco::Exception&) {
        // An unreadable folder makes the stamp differ, which is all that matters here.
    }
}

// Every JSON file of the mappings with its size and modification time, one per line, in a
// stable order.
std::string stampOf(const std::string& mappingsDir) {
    std::vector<std::string> files;
    listJson(mappingsDir, files);
    std::sort(files.begin(), files.end());
    std::string stamp;
    for (const auto& file : files) {
        Poco::File entry(file);
        stamp += file + "\t" + std::to_string(entry.getSize()) + "\t" +
                 std::to_string(entry.getLastModified().epochMicroseconds()) + "\n";
    }
    return stamp;
}

std::string canonical(const std::string& folder) {
    return Poco::Path(folder).makeAbsolute().makeDirectory().toString();
}

}  // namespace

bool writeCompiledMappings(const ProfileLibrary& library, const std::string& outDir) {
    if (library.diagnostics().hasErrors()) return false;
    Poco::File(outDir).createDirectories();
    Poco::JSON::Object::Ptr index = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    index->set("format", kFormat);
    index->set("mappings", canonical(library.folder()));
    index->set("stamp", stampOf(canonical(library.folder())));
    Poco::JSON::Array::Ptr profiles = new Poco::JSON::Array;
    for (const auto& summary : library.summaries()) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("id", summary.id);
        entry->set("epao", summary.epao);
        entry->set("epao_name", summary.epaoName);
        entry->set("option", summary.option);
        Poco::JSON::Array::Ptr components = new Poco::JSON::Array;
        for (const auto& name : summary.componentNames) components->add(name);
        entry->set("components", components);
        profiles->add(entry);
        writeFile(Poco::Path(Poco::Path(outDir).makeDirectory(), summary.id + ".json").toString(),
                  resolveProfile(*library.find(summary.id), Citations::Drop));
    }
    index->set("profiles", profiles);
    Poco::JSON::Array::Ptr epaos = new Poco::JSON::Array;
    for (const auto& epao : library.epaos()) epaos->add(epao);
    index->set("epaos", epaos);
    writeFile(Poco::Path(Poco::Path(outDir).makeDirectory(), kIndex).toString(), index);
    return true;
}

std::optional<CompiledMappings> CompiledMappings::open(const std::string& compiledDir, const std::string& mappingsDir) {
    const std::string text = readWholeFile(Poco::Path(Poco::Path(compiledDir).makeDirectory(), kIndex).toString()).value_or("");
    if (text.empty()) return std::nullopt;
    try {
        const auto index = Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
        if (json::string(index, "format") != kFormat || json::string(index, "mappings") != canonical(mappingsDir)) return std::nullopt;
        if (json::string(index, "stamp") != stampOf(canonical(mappingsDir))) return std::nullopt;
        CompiledMappings compiled;
        compiled.folder_ = compiledDir;
        for (const auto& entry : json::objects(json::array(index, "profiles"))) {
            compiled.summaries_.push_back({*json::string(entry, "id"), *json::string(entry, "epao"), *json::string(entry, "epao_name"),
                                           *json::string(entry, "option"), json::strings(json::array(entry, "components"))});
        }
        for (const auto& epao : json::strings(json::array(index, "epaos"))) compiled.epaos_.insert(epao);
        return compiled;
    } catch (const Poco::Exception&) {
        return std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

Poco::JSON::Object::Ptr CompiledMappings::resolved(const std::string& id) const {
    const bool known = std::any_of(summaries_.begin(), summaries_.end(), [&](const ProfileSummary& s) { return s.id == id; });
    if (!known) return nullptr;
    const std::string text = readWholeFile(Poco::Path(Poco::Path(folder_).makeDirectory(), id + ".json").toString()).value_or("");
    try {
        return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception&) {
        return nullptr;
    }
}

}  // namespace showcase::profiles
