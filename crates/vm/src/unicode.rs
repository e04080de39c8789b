//! Unicode character properties needed by str methods and repr, following
//! CPython's `Objects/unicodectype.c` definitions. General categories come
//! from `unicode-properties`, identifier classes from `unicode-ident`, case
//! mappings from Rust's std (full SpecialCasing mappings); the few places
//! where CPython uses data std does not expose (titlecase, case folding,
//! digit/numeric values) are small tables here. Tables are newer than
//! CPython 3.11's Unicode 14: characters assigned since then differ.

use unicode_properties::{GeneralCategory as G, UnicodeGeneralCategory};

pub fn category(c: char) -> G {
    c.general_category()
}

/// Two-letter category name (`unicodedata.category`).
pub fn category_name(c: char) -> &'static str {
    match category(c) {
        G::UppercaseLetter => "Lu",
        G::LowercaseLetter => "Ll",
        G::TitlecaseLetter => "Lt",
        G::ModifierLetter => "Lm",
        G::OtherLetter => "Lo",
        G::NonspacingMark => "Mn",
        G::SpacingMark => "Mc",
        G::EnclosingMark => "Me",
        G::DecimalNumber => "Nd",
        G::LetterNumber => "Nl",
        G::OtherNumber => "No",
        G::ConnectorPunctuation => "Pc",
        G::DashPunctuation => "Pd",
        G::OpenPunctuation => "Ps",
        G::ClosePunctuation => "Pe",
        G::InitialPunctuation => "Pi",
        G::FinalPunctuation => "Pf",
        G::OtherPunctuation => "Po",
        G::MathSymbol => "Sm",
        G::CurrencySymbol => "Sc",
        G::ModifierSymbol => "Sk",
        G::OtherSymbol => "So",
        G::SpaceSeparator => "Zs",
        G::LineSeparator => "Zl",
        G::ParagraphSeparator => "Zp",
        G::Control => "Cc",
        G::Format => "Cf",
        G::Surrogate => "Cs",
        G::PrivateUse => "Co",
        G::Unassigned => "Cn",
    }
}

/// `str.isprintable()` for one character (CPython's `Py_UNICODE_ISPRINTABLE`):
/// false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than space.
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if (c as u32) < 0x7f {
        return (c as u32) >= 0x20;
    }
    !matches!(
        category(c),
        G::Control | G::Format | G::Surrogate | G::PrivateUse | G::Unassigned | G::LineSeparator | G::ParagraphSeparator | G::SpaceSeparator
    )
}

/// `Py_UNICODE_ISSPACE`: bidirectional class WS/B/S or category Zs.
pub fn is_space(c: char) -> bool {
    if (c as u32) < 128 {
        return matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c' | '\x1d' | '\x1e' | '\x1f');
    }
    c.is_whitespace()
}

/// `Py_UNICODE_ISALPHA`: categories Lu, Ll, Lt, Lm, Lo.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    matches!(category(c), G::UppercaseLetter | G::LowercaseLetter | G::TitlecaseLetter | G::ModifierLetter | G::OtherLetter)
}

pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    category(c) == G::DecimalNumber
}

/// Characters with Numeric_Type=Digit (not decimal): superscripts, circled
/// digits and the like.
const DIGIT_RANGES: &[(u32, u32)] = &[
    (0xB2, 0xB3), (0xB9, 0xB9), (0x1369, 0x1371), (0x19DA, 0x19DA), (0x2070, 0x2070), (0x2074, 0x2079),
    (0x2080, 0x2089), (0x2460, 0x2468), (0x2474, 0x247C), (0x2488, 0x2490), (0x24EA, 0x24EA), (0x24F5, 0x24FD),
    (0x24FF, 0x24FF), (0x2776, 0x277E), (0x2780, 0x2788), (0x278A, 0x2792), (0x10A40, 0x10A43), (0x10E60, 0x10E68),
    (0x11052, 0x1105A), (0x1F100, 0x1F10A),
];

pub fn is_digit(c: char) -> bool {
    if is_decimal(c) {
        return true;
    }
    let v = c as u32;
    DIGIT_RANGES.iter().any(|&(a, b)| v >= a && v <= b)
}

/// CJK ideographs (category Lo) that carry a numeric value.
const CJK_NUMERIC: &[u32] = &[
    0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96, 0x4EBF, 0x4EC0,
    0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341, 0x5343, 0x5344, 0x5345, 0x534C,
    0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E, 0x5F10,
    0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E, 0x8086, 0x842C, 0x8CAE, 0x8CB3, 0x8D30, 0x9621, 0x9646, 0x964C,
    0x9678, 0x96F6, 0xF96B, 0xF973, 0xF978, 0xF9B2, 0xF9D1, 0xF9D3, 0xF9FD, 0x2F890,
];

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    match category(c) {
        G::DecimalNumber | G::LetterNumber | G::OtherNumber => true,
        G::OtherLetter => CJK_NUMERIC.contains(&(c as u32)),
        _ => false,
    }
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// The decimal value of a character in category Nd.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if !is_decimal(c) {
        return None;
    }
    // Decimal digits come in contiguous runs of ten starting at a code
    // point ending in 0 (or 6 for a few scripts); find the run's zero.
    let v = c as u32;
    let mut z = v;
    while z > 0 && z > v.saturating_sub(9) {
        match char::from_u32(z - 1) {
            Some(p) if category(p) == G::DecimalNumber => z -= 1,
            _ => break,
        }
    }
    Some((v - z) % 10)
}

/// Identifier start (`XID_Start` or '_'), as `str.isidentifier`.
pub fn is_id_start(c: char) -> bool {
    c == '_' || unicode_ident::is_xid_start(c)
}

pub fn is_id_continue(c: char) -> bool {
    unicode_ident::is_xid_continue(c)
}

pub fn is_titlecase(c: char) -> bool {
    category(c) == G::TitlecaseLetter
}

/// CPython's "cased": Lowercase, Uppercase or titlecase letters.
pub fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// Case-ignorable (Word_Break MidLetter/MidNumLet/Single_Quote, Mn, Me, Cf,
/// Lm, Sk), used by the final-sigma rule.
pub fn is_case_ignorable(c: char) -> bool {
    if matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{b7}' | '\u{2018}' | '\u{2019}' | '\u{2024}' | '\u{fe13}' | '\u{fe52}' | '\u{fe55}' | '\u{ff07}' | '\u{ff0e}' | '\u{ff1a}' | '\u{ad}' | '\u{2027}') {
        return true;
    }
    matches!(category(c), G::NonspacingMark | G::EnclosingMark | G::Format | G::ModifierLetter | G::ModifierSymbol)
}

/// Full titlecase mapping of `c` (SpecialCasing + UnicodeData titlecase).
pub fn push_title(c: char, out: &mut String) {
    let v = c as u32;
    let s: Option<&str> = match v {
        0x01C4..=0x01C6 => Some("\u{01C5}"),
        0x01C7..=0x01C9 => Some("\u{01C8}"),
        0x01CA..=0x01CC => Some("\u{01CB}"),
        0x01F1..=0x01F3 => Some("\u{01F2}"),
        0x00DF => Some("Ss"),
        0xFB00 => Some("Ff"),
        0xFB01 => Some("Fi"),
        0xFB02 => Some("Fl"),
        0xFB03 => Some("Ffi"),
        0xFB04 => Some("Ffl"),
        0xFB05 | 0xFB06 => Some("St"),
        0x0587 => Some("\u{0535}\u{0582}"),
        0xFB13 => Some("\u{0544}\u{0576}"),
        0xFB14 => Some("\u{0544}\u{0565}"),
        0xFB15 => Some("\u{0544}\u{056B}"),
        0xFB16 => Some("\u{054E}\u{0576}"),
        0xFB17 => Some("\u{0544}\u{056D}"),
        0x1FB2 => Some("\u{1FBA}\u{0345}"),
        0x1FB4 => Some("\u{0386}\u{0345}"),
        0x1FB7 => Some("\u{0391}\u{0342}\u{0345}"),
        0x1FC2 => Some("\u{1FCA}\u{0345}"),
        0x1FC4 => Some("\u{0389}\u{0345}"),
        0x1FC7 => Some("\u{0397}\u{0342}\u{0345}"),
        0x1FF2 => Some("\u{1FFA}\u{0345}"),
        0x1FF4 => Some("\u{038F}\u{0345}"),
        0x1FF7 => Some("\u{03A9}\u{0342}\u{0345}"),
        _ => None,
    };
    if let Some(s) = s {
        out.push_str(s);
        return;
    }
    let single = match v {
        0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7 => char::from_u32(v + 8),
        0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC => Some(c),
        0x1FB3 => Some('\u{1FBC}'),
        0x1FC3 => Some('\u{1FCC}'),
        0x1FF3 => Some('\u{1FFC}'),
        _ => None,
    };
    if let Some(t) = single {
        out.push(t);
        return;
    }
    out.extend(c.to_uppercase());
}

/// Full case folding of `c` (CaseFolding.txt C+F), derived from the case
/// mappings with the exceptions where folding is not lower(upper(c)).
pub fn push_casefold(c: char, out: &mut String) {
    let v = c as u32;
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match v {
        0x0131 => out.push(c),
        0x1E9E => out.push_str("ss"),
        0x13A0..=0x13F5 => out.push(c),
        0x13F8..=0x13FD => out.push(char::from_u32(v - 8).unwrap_or(c)),
        0xAB70..=0xABBF => out.push(char::from_u32(v - 0xAB70 + 0x13A0).unwrap_or(c)),
        _ => {
            for u in c.to_uppercase() {
                out.extend(u.to_lowercase());
            }
        }
    }
}

/// The character's name (for `namereplace` and `\N{...}`), if known.
pub fn char_name(c: char) -> Option<String> {
    unicode_names2::name(c).map(|n| n.to_string())
}
