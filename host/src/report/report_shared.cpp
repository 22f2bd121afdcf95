#include "report_shared.hpp"

#include <algorithm>

namespace showcase::report {

std::string thousands(long long number) {
    std::string digits = std::to_string(number < 0 ? -number : number);
    for (std::size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, ",");
    return (number < 0 ? "-" : "") + digits;
}

std::string plural(long long count, const std::string& noun) {
    return thousands(count) + " " + noun + (count == 1 ? "" : "s");
}

std::string listed(const std::vector<std::string>& items) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) text += i + 1 == items.size() ? " and " : ", ";
        text += items[i];
    }
    return text;
}

std::vector<const Finding*> sortedFindings(const std::vector<Finding>& findings) {
    std::vector<const Finding*> sorted;
    for (const auto& finding : findings) sorted.push_back(&finding);
    // Stable: within a severity, the order the checks found them in is the reader's order too.
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding* a, const Finding* b) {
        return static_cast<int>(a->severity) < static_cast<int>(b->severity);
    });
    return sorted;
}

const CriterionStatus* findCriterionStatus(const std::string& id) {
    for (const auto& status : kCriterionStatuses) {
        if (id == status.id) return &status;
    }
    return nullptr;
}

}  // namespace showcase::report
