// The non-ASCII characters that word segmentation (plain_text_words) and case folding
// (case_folding) handle without ICU: what reports are mostly made of besides ASCII.
#pragma once

#include <cstddef>
#include <string_view>

namespace showcase::text {

/// Which plain character a UTF-8 sequence is; the users decide what each means to them.
enum class PlainCharacter {
    NotPlain,          ///< anything else, including malformed UTF-8: left to ICU
    Ascii,             ///< one byte below 0x80
    Latin1Letter,      ///< U+00C0..U+00FF but × and ÷ (ß included)
    NoBreakSpace,      ///< U+00A0
    Ellipsis,          ///< U+2026 …
    RightSingleQuote,  ///< U+2019 ’, the apostrophe Word types
    LeftSingleQuote,   ///< U+2018 ‘
    Symbol,            ///< × ÷ £ © ® ° – — “ ” • ▪ ■ ◦ ● ○ ✓ ✔ →: neither letters nor joiners
};

/// A plain character and its length in bytes.
struct PlainCharacterAt {
    PlainCharacter what = PlainCharacter::NotPlain;
    std::size_t length = 1;
};

/// The character starting at byte `at` of `text`.
inline PlainCharacterAt plainCharacterAt(std::string_view text, std::size_t at) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80) return {PlainCharacter::Ascii, 1};
    auto next = [&](std::size_t offset) { return at + offset < text.size() ? static_cast<unsigned char>(text[at + offset]) : 0U; };
    if (byte == 0xC3 && next(1) >= 0x80 && next(1) <= 0xBF) {
        return {next(1) == 0x97 || next(1) == 0xB7 ? PlainCharacter::Symbol : PlainCharacter::Latin1Letter, 2};
    }
    if (byte == 0xC2) {
        switch (next(1)) {
            case 0xA0: return {PlainCharacter::NoBreakSpace, 2};
            case 0xA3:                                         // £
            case 0xA9:                                         // ©
            case 0xAE:                                         // ®
            case 0xB0: return {PlainCharacter::Symbol, 2};     // °
            default: return {};
        }
    }
    if (byte != 0xE2) return {};
    switch ((next(1) << 8U) | next(2)) {
        case 0x80A6: return {PlainCharacter::Ellipsis, 3};
        case 0x8099: return {PlainCharacter::RightSingleQuote, 3};
        case 0x8098: return {PlainCharacter::LeftSingleQuote, 3};
        case 0x8093:  // – en dash
        case 0x8094:  // — em dash
        case 0x809C:  // “
        case 0x809D:  // ”
        case 0x80A2:  // • bullet
        case 0x96AA:  // ▪
        case 0x96A0:  // ■
        case 0x97A6:  // ◦
        case 0x978F:  // ●
        case 0x978B:  // ○
        case 0x9C93:  // ✓
        case 0x9C94:  // ✔
        case 0x8692:  // →
            return {PlainCharacter::Symbol, 3};
        default:
            return {};
    }
}

}  // namespace showcase::text
