// Runs the built `showcase` program as a user would, capturing what it prints and its exit code.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace showcase::test {

/// What one run of the program produced.
struct ProcessResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// Runs build/bin/showcase with `arguments`; `environment` entries are added to the child's.
ProcessResult runShowcase(const std::vector<std::string>& arguments,
                          const std::map<std::string, std::string>& environment = {});

/// A fresh empty folder under the build tree, removed when the object goes.
class ScratchFolder {
public:
    explicit ScratchFolder(const std::string& name);
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    const std::string& path() const { return path_; }
    /// Names of everything inside, recursively.
    std::vector<std::string> contents() const;

private:
    std::string path_;
};

}  // namespace showcase::test
