// showcase_render_fixture REPORT.json OUT.html: the HTML report of a JSON report on disk, for the
// end-to-end test and the screenshot, which need evidence-ksb metrics before that plugin exists.
#include <fstream>
#include <iostream>

#include "report/html_fixture_report.hpp"
#include "report/html_report.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: showcase_render_fixture REPORT.json OUT.html\n";
        return 64;
    }
    try {
        const auto fixture = showcase::test::reportFromJsonFile(argv[1]);
        std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
        out << showcase::report::toHtml(fixture.report);
        if (!out) throw std::runtime_error(std::string("cannot write ") + argv[2]);
    } catch (const std::exception& error) {
        std::cerr << "showcase_render_fixture: " << error.what() << "\n";
        return 70;
    }
    return 0;
}
