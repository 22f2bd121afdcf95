#include "support/run_process.hpp"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include <filesystem>
#include <sstream>
#include <thread>

#include "support/test_paths.hpp"

namespace showcase::test {

ProcessResult runShowcase(const std::vector<std::string>& arguments,
                          const std::map<std::string, std::string>& environment) {
    Poco::Pipe outPipe;
    Poco::Pipe errPipe;
    Poco::Process::Env env(environment.begin(), environment.end());
    env["NO_COLOR"] = "1";
    auto handle = Poco::Process::launch(buildPath("bin/showcase"), arguments, std::string(), nullptr, &outPipe,
                                        &errPipe, env);
    ProcessResult result;
    // Read standard error on its own thread so neither pipe can fill up and stall the child.
    std::thread errReader([&errPipe, &result] {
        Poco::PipeInputStream err(errPipe);
        Poco::StreamCopier::copyToString(err, result.err);
    });
    Poco::PipeInputStream out(outPipe);
    Poco::StreamCopier::copyToString(out, result.out);
    errReader.join();
    result.exitCode = handle.wait();
    return result;
}

ScratchFolder::ScratchFolder(const std::string& name) : path_(buildPath("tests/scratch/" + name)) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
}

ScratchFolder::~ScratchFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::vector<std::string> ScratchFolder::contents() const {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path_)) {
        names.push_back(entry.path().lexically_relative(path_).string());
    }
    return names;
}

}  // namespace showcase::test
