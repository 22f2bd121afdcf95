#include "docx_numbering.hpp"

#include <vector>

#include "docx_styles.hpp"
#include "xml_stream.hpp"

namespace showcase::readers::docx {

// Reads w:abstractNum and w:num. Elements are recognised by name and by what is open around
// them, not by depth, so numFmt inside mc:AlternateContent (Word's custom formats) is found too.
class NumberingHandler : public XmlHandler {
public:
    explicit NumberingHandler(Numbering& numbering) : numbering_(numbering) {}

    void startElement(const std::string& uri, const std::string& local,
                      const Poco::XML::Attributes& attrs) override {
        ++depth_;
        if (!isWordNamespace(uri)) return;
        if (depth_ == 2 && local == "abstractNum") {
            abstract_ = &numbering_.abstracts_[valueOf(attrs, "abstractNumId")];
        } else if (depth_ == 2 && local == "num") {
            instance_ = &numbering_.instances_[valueOf(attrs, "numId")];
        } else if (local == "lvl") {
            const int ilvl = intAttribute(attrs, "ilvl", -1);
            if (ilvl >= 0 && ilvl < kListLevels) {
                if (abstract_ != nullptr) level_ = &abstract_->levels[static_cast<std::size_t>(ilvl)];
                else if (instance_ != nullptr) level_ = &instance_->levelOverride[static_cast<std::size_t>(ilvl)];
                if (level_ != nullptr) {
                    *level_ = ListLevel();
                    level_->defined = true;
                    levelDepth_ = depth_;
                }
            }
        } else if (local == "lvlOverride" && instance_ != nullptr) {
            overrideLevel_ = intAttribute(attrs, "ilvl", -1);
        } else if (level_ != nullptr) {
            levelProperty(local, attrs);
        } else if (instance_ != nullptr) {
            if (local == "abstractNumId") {
                instance_->abstractId = valueOf(attrs, "val");
            } else if (local == "startOverride" && overrideLevel_ >= 0 && overrideLevel_ < kListLevels) {
                instance_->startOverride[static_cast<std::size_t>(overrideLevel_)] = intAttribute(attrs, "val", 1);
            }
        } else if (abstract_ != nullptr) {
            if (local == "styleLink") abstract_->styleLink = valueOf(attrs, "val");
            else if (local == "numStyleLink") abstract_->numStyleLink = valueOf(attrs, "val");
        }
    }

    void endElement(const std::string&, const std::string&) override {
        if (depth_ == levelDepth_) {
            level_ = nullptr;
            levelDepth_ = -1;
        }
        if (depth_ == 2) {
            abstract_ = nullptr;
            instance_ = nullptr;
            overrideLevel_ = -1;
        }
        --depth_;
    }

    void characters(std::string_view) override {}

private:
    static std::string valueOf(const Poco::XML::Attributes& attrs, std::string_view local) {
        const std::string* value = findAttribute(attrs, local);
        return value != nullptr ? *value : std::string();
    }

    void levelProperty(const std::string& local, const Poco::XML::Attributes& attrs) {
        if (local == "start") {
            level_->start = intAttribute(attrs, "val", 1);
        } else if (local == "numFmt") {
            // Word writes a "custom" format in mc:Choice and a plain one in mc:Fallback: keep the plain one.
            const std::string format = valueOf(attrs, "val");
            if (!format.empty() && format != "custom") level_->format = format;
        } else if (local == "lvlText") {
            level_->text = valueOf(attrs, "val");
        } else if (local == "lvlPicBulletId") {
            level_->pictureBullet = true;
        }
    }

    Numbering& numbering_;
    int depth_ = 0;
    Numbering::AbstractList* abstract_ = nullptr;
    Numbering::Instance* instance_ = nullptr;
    ListLevel* level_ = nullptr;
    int levelDepth_ = -1;
    int overrideLevel_ = -1;
};

void Numbering::parse(const std::string& xml, const ReadContext& context, const std::string& partName) {
    present_ = true;
    NumberingHandler handler(*this);
    parseXml(xml, handler, context, partName);
}

const Numbering::Instance* Numbering::instance(const std::string& numId) const {
    const auto found = instances_.find(numId);
    return found == instances_.end() ? nullptr : &found->second;
}

const Numbering::AbstractList* Numbering::levelsOf(const Instance& list) const {
    const auto found = abstracts_.find(list.abstractId);
    if (found == abstracts_.end()) return nullptr;
    const AbstractList* definition = &found->second;
    if (!definition->numStyleLink.empty()) {
        // A list that uses a list style: the levels live in the definition that style links to.
        for (const auto& [id, candidate] : abstracts_) {
            if (candidate.styleLink == definition->numStyleLink) return &candidate;
        }
    }
    return definition;
}

namespace {

std::string letters(int value, bool upper) {
    // Word's alphabetic numbering repeats the letter: a..z, aa..zz, aaa...
    const int repeat = (value - 1) / 26 + 1;
    const char letter = static_cast<char>((upper ? 'A' : 'a') + (value - 1) % 26);
    return std::string(static_cast<std::size_t>(repeat), letter);
}

std::string roman(int value, bool upper) {
    static constexpr std::pair<int, const char*> kNumerals[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
        {50, "l"},   {40, "xl"},  {10, "x"},  {9, "ix"},   {5, "v"},   {4, "iv"}, {1, "i"}};
    std::string text;
    for (const auto& [amount, numeral] : kNumerals) {
        while (value >= amount) {
            text += numeral;
            value -= amount;
        }
    }
    if (upper) {
        for (char& c : text) c = static_cast<char>(c - 'a' + 'A');
    }
    return text;
}

// Symbol-font bullets are stored as private-use code points (U+F0B7 ...): show a plain bullet.
bool isPrivateUse(const std::string& text) {
    return text.size() == 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
           static_cast<unsigned char>(text[1]) >= 0x80 && static_cast<unsigned char>(text[1]) <= 0xA3;
}

}  // namespace

std::string formatListNumber(int value, const std::string& format) {
    if (format == "none" || format == "bullet") return {};
    if (value <= 0) return std::to_string(value);
    if (format == "lowerLetter" || format == "upperLetter") return letters(value, format == "upperLetter");
    if (format == "lowerRoman" || format == "upperRoman") return roman(value, format == "upperRoman");
    if (format == "decimalZero" && value < 10) return "0" + std::to_string(value);
    return std::to_string(value);
}

std::string ListCounters::next(const std::string& numId, int level) {
    const Numbering::Instance* list = numbering_.instance(numId);
    if (list == nullptr || level < 0 || level >= kListLevels) return {};
    const Numbering::AbstractList* definition = numbering_.levelsOf(*list);
    if (definition == nullptr) return {};
    const auto levelAt = [&](int at) -> const ListLevel& {
        const auto index = static_cast<std::size_t>(at);
        return list->levelOverride[index].defined ? list->levelOverride[index] : definition->levels[index];
    };
    const auto startAt = [&](int at) {
        const int overridden = list->startOverride[static_cast<std::size_t>(at)];
        return overridden >= 0 ? overridden : levelAt(at).start;
    };

    Counters& counters = byAbstract_[list->abstractId];
    auto& applied = overrideApplied_[numId];
    const auto index = static_cast<std::size_t>(level);
    const bool restart = list->startOverride[index] >= 0 && !applied[index];
    applied[index] = true;
    counters.value[index] = (counters.value[index] == 0 || restart) ? startAt(level) : counters.value[index] + 1;
    for (std::size_t deeper = index + 1; deeper < counters.value.size(); ++deeper) counters.value[deeper] = 0;

    const ListLevel& shown = levelAt(level);
    if (shown.format == "bullet") {
        if (shown.pictureBullet || shown.text.empty() || isPrivateUse(shown.text)) return "\u2022";
        return shown.text;
    }
    if (shown.format == "none") return {};
    std::string label;
    const std::string& pattern = shown.text;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const int referenced = pattern[i + 1] - '1';
            int value = counters.value[static_cast<std::size_t>(referenced)];
            if (value == 0) value = startAt(referenced);  // a level skipped over shows its start
            label += formatListNumber(value, levelAt(referenced).format);
            ++i;
        } else {
            label += pattern[i];
        }
    }
    return label;
}

}  // namespace showcase::readers::docx
