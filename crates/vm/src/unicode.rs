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
    // ZWNJ/ZWJ joined XID_Continue in Unicode 15.1; CPython 3.11 has Unicode 14.
    !matches!(c, '\u{200C}' | '\u{200D}') && unicode_ident::is_xid_continue(c)
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

// ---------------------------------------------------------------------------
// The `unicodedata` module (a subset: category, name, lookup, decimal, digit,
// numeric, normalize, is_normalized, east_asian_width, mirrored, combining).
// `unicodedata_init` is a `ModuleInit`; it becomes importable once listed in a
// module registry.

use crate::object::{Payload, PyObjectRef};
use crate::types::function::Args;
use crate::vm::{PyResult, Vm};

/// Numeric_Type=Digit runs: (first, last, value of first).
const DIGIT_VALUES: &[(u32, u32, u32)] = &[
    (0xB2, 0xB3, 2), (0xB9, 0xB9, 1), (0x1369, 0x1371, 1), (0x19DA, 0x19DA, 1), (0x2070, 0x2070, 0), (0x2074, 0x2079, 4),
    (0x2080, 0x2089, 0), (0x2460, 0x2468, 1), (0x2474, 0x247C, 1), (0x2488, 0x2490, 1), (0x24EA, 0x24EA, 0),
    (0x24F5, 0x24FD, 1), (0x24FF, 0x24FF, 0), (0x2776, 0x277E, 1), (0x2780, 0x2788, 1), (0x278A, 0x2792, 1),
    (0x10A40, 0x10A43, 1), (0x10E60, 0x10E68, 1), (0x11052, 0x1105A, 1), (0x1F100, 0x1F100, 0), (0x1F101, 0x1F10A, 0),
];

pub fn digit_value(c: char) -> Option<u32> {
    if let Some(d) = decimal_value(c) {
        return Some(d);
    }
    let v = c as u32;
    DIGIT_VALUES.iter().find(|&&(a, b, _)| v >= a && v <= b).map(|&(a, _, f)| f + (v - a))
}

/// Numeric values of common non-digit numeric characters.
const NUMERIC_VALUES: &[(u32, f64)] = &[
    (0xBC, 0.25), (0xBD, 0.5), (0xBE, 0.75), (0x2150, 1.0 / 7.0), (0x2151, 1.0 / 9.0), (0x2152, 0.1), (0x2153, 1.0 / 3.0),
    (0x2154, 2.0 / 3.0), (0x2155, 0.2), (0x2156, 0.4), (0x2157, 0.6), (0x2158, 0.8), (0x2159, 1.0 / 6.0), (0x215A, 5.0 / 6.0),
    (0x215B, 0.125), (0x215C, 0.375), (0x215D, 0.625), (0x215E, 0.875), (0x215F, 1.0), (0x2189, 0.0), (0x3007, 0.0),
    (0x4E00, 1.0), (0x4E8C, 2.0), (0x4E09, 3.0), (0x56DB, 4.0), (0x4E94, 5.0), (0x516D, 6.0), (0x4E03, 7.0), (0x516B, 8.0),
    (0x4E5D, 9.0), (0x5341, 10.0), (0x767E, 100.0), (0x5343, 1000.0), (0x4E07, 10000.0), (0x5104, 1e8), (0x4EBF, 1e8),
    (0x5146, 1e12), (0x96F6, 0.0), (0x2469, 10.0), (0x246A, 11.0), (0x246B, 12.0), (0x246C, 13.0), (0x246D, 14.0),
    (0x246E, 15.0), (0x246F, 16.0), (0x2470, 17.0), (0x2471, 18.0), (0x2472, 19.0), (0x2473, 20.0),
];

pub fn numeric_value(c: char) -> Option<f64> {
    if let Some(d) = digit_value(c) {
        return Some(d as f64);
    }
    let v = c as u32;
    let roman = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 50.0, 100.0, 500.0, 1000.0];
    if (0x2160..=0x216F).contains(&v) {
        return Some(roman[(v - 0x2160) as usize]);
    }
    if (0x2170..=0x217F).contains(&v) {
        return Some(roman[(v - 0x2170) as usize]);
    }
    NUMERIC_VALUES.iter().find(|&&(x, _)| x == v).map(|&(_, f)| f)
}

const WIDE: &[(u32, u32)] = &[
    (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3),
    (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1),
    (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA),
    (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B),
    (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
    (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x2E80, 0x303E),
    (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xA960, 0xA97F), (0xAC00, 0xD7A3),
    (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F), (0x16FE0, 0x16FE4), (0x17000, 0x18CFF), (0x1B000, 0x1B2FF),
    (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F200, 0x1F251),
    (0x1F300, 0x1F320), (0x1F32D, 0x1F335), (0x1F337, 0x1F37C), (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA),
    (0x1F3CF, 0x1F3D3), (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E), (0x1F440, 0x1F440),
    (0x1F442, 0x1F4FC), (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567), (0x1F57A, 0x1F57A),
    (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F), (0x1F680, 0x1F6C5), (0x1F6CC, 0x1F6CC),
    (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6D7), (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC), (0x1F7E0, 0x1F7EB),
    (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF), (0x1FA70, 0x1FAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
];

/// `unicodedata.east_asian_width` (W/F/H/Na/N; ambiguous characters report N).
pub fn east_asian_width(c: char) -> &'static str {
    let v = c as u32;
    if (0xFF01..=0xFF60).contains(&v) || (0xFFE0..=0xFFE6).contains(&v) || v == 0x3000 {
        return "F";
    }
    if (0xFF61..=0xFFDC).contains(&v) || (0xFFE8..=0xFFEE).contains(&v) || v == 0x20A9 {
        return "H";
    }
    if (0x20..=0x7E).contains(&v) || matches!(v, 0xA2 | 0xA3 | 0xA5 | 0xA6 | 0xAC | 0xAF | 0x27E6..=0x27ED | 0x2985 | 0x2986) {
        return "Na";
    }
    if WIDE.iter().any(|&(a, b)| v >= a && v <= b) {
        return "W";
    }
    "N"
}

fn ud_char(vm: &Vm, o: &PyObjectRef, fname: &str) -> PyResult<char> {
    match &o.payload {
        Payload::Str(s) if s.char_len() == 1 => Ok(s.as_str().chars().next().unwrap_or('\0')),
        Payload::Str(_) => Err(vm.new_type_error(format!("{}() argument must be a unicode character, not str", fname))),
        _ => Err(vm.new_type_error(format!("{}() argument must be a unicode character, not {}", fname, vm.type_name(o)))),
    }
}

fn ud_category(vm: &Vm, args: Args) -> PyResult {
    let [c] = args.exact::<1>(vm, "category")?;
    Ok(vm.new_str(category_name(ud_char(vm, c, "category")?)))
}

fn ud_name(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "name", 1, 2)?;
    let c = ud_char(vm, &pos[0], "name")?;
    match char_name(c) {
        Some(n) => Ok(vm.new_string(n)),
        None => match pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.new_value_error("no such name")),
        },
    }
}

fn ud_lookup(vm: &Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "lookup")?;
    let name = match &n.payload {
        Payload::Str(s) => s.as_str().to_string(),
        _ => return Err(vm.new_type_error(format!("lookup() argument must be str, not {}", vm.type_name(n)))),
    };
    match unicode_names2::character(&name) {
        Some(c) => Ok(vm.new_char(c)),
        None => Err(vm.new_key_error(vm.new_string(format!("undefined character name '{}'", name)))),
    }
}

fn ud_value(vm: &Vm, args: Args, fname: &str, msg: &str, f: &dyn Fn(char) -> Option<PyObjectRef>) -> PyResult {
    let pos = args.range(vm, fname, 1, 2)?;
    let c = ud_char(vm, &pos[0], fname)?;
    match f(c) {
        Some(v) => Ok(v),
        None => match pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.new_value_error(msg.to_string())),
        },
    }
}

fn ud_decimal(vm: &Vm, args: Args) -> PyResult {
    ud_value(vm, args, "decimal", "not a decimal", &|c| decimal_value(c).map(|d| vm.new_int(d as i64)))
}

fn ud_digit(vm: &Vm, args: Args) -> PyResult {
    ud_value(vm, args, "digit", "not a digit", &|c| digit_value(c).map(|d| vm.new_int(d as i64)))
}

fn ud_numeric(vm: &Vm, args: Args) -> PyResult {
    ud_value(vm, args, "numeric", "not a numeric character", &|c| numeric_value(c).map(|d| vm.new_float(d)))
}

fn norm_args(vm: &Vm, args: &Args, fname: &str) -> PyResult<(String, String)> {
    let pos = args.range(vm, fname, 2, 2)?;
    let form = match &pos[0].payload {
        Payload::Str(s) => s.as_str().to_string(),
        _ => return Err(vm.new_type_error(format!("{}() argument 1 must be str, not {}", fname, vm.type_name(&pos[0])))),
    };
    let s = match &pos[1].payload {
        Payload::Str(s) => s.as_str().to_string(),
        _ => return Err(vm.new_type_error(format!("{}() argument 2 must be str, not {}", fname, vm.type_name(&pos[1])))),
    };
    if !matches!(form.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(vm.new_value_error("invalid normalization form"));
    }
    Ok((form, s))
}

fn normalize_str(form: &str, s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    match form {
        "NFC" => s.nfc().collect(),
        "NFD" => s.nfd().collect(),
        "NFKC" => s.nfkc().collect(),
        _ => s.nfkd().collect(),
    }
}

fn ud_normalize(vm: &Vm, args: Args) -> PyResult {
    let (form, s) = norm_args(vm, &args, "normalize")?;
    Ok(vm.new_string(normalize_str(&form, &s)))
}

fn ud_is_normalized(vm: &Vm, args: Args) -> PyResult {
    let (form, s) = norm_args(vm, &args, "is_normalized")?;
    Ok(vm.new_bool(normalize_str(&form, &s) == s))
}

fn ud_east_asian_width(vm: &Vm, args: Args) -> PyResult {
    let [c] = args.exact::<1>(vm, "east_asian_width")?;
    Ok(vm.new_str(east_asian_width(ud_char(vm, c, "east_asian_width")?)))
}

fn ud_combining(vm: &Vm, args: Args) -> PyResult {
    let [c] = args.exact::<1>(vm, "combining")?;
    let c = ud_char(vm, c, "combining")?;
    Ok(vm.new_int(unicode_normalization::char::canonical_combining_class(c) as i64))
}

fn ud_mirrored(vm: &Vm, args: Args) -> PyResult {
    let [c] = args.exact::<1>(vm, "mirrored")?;
    let c = ud_char(vm, c, "mirrored")?;
    let m = matches!(c, '(' | ')' | '<' | '>' | '[' | ']' | '{' | '}' | '«' | '»' | '\u{2039}' | '\u{203A}' | '\u{2045}' | '\u{2046}'
        | '\u{207D}' | '\u{207E}' | '\u{208D}' | '\u{208E}' | '\u{2208}'..='\u{220D}' | '\u{2264}'..='\u{226B}' | '\u{3008}'..='\u{3011}'
        | '\u{3014}'..='\u{301B}');
    Ok(vm.new_int(m as i64))
}

/// `import unicodedata`.
pub fn unicodedata_init(vm: &Vm) -> PyResult<PyObjectRef> {
    let m = vm.new_module("unicodedata", Some("This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters."));
    crate::modules::sys::add_functions(vm, &m, "unicodedata", &[
        ("category", ud_category), ("name", ud_name), ("lookup", ud_lookup), ("decimal", ud_decimal), ("digit", ud_digit),
        ("numeric", ud_numeric), ("normalize", ud_normalize), ("is_normalized", ud_is_normalized),
        ("east_asian_width", ud_east_asian_width), ("combining", ud_combining), ("mirrored", ud_mirrored),
    ]);
    crate::modules::sys::set_attr(vm, &m, "unidata_version", vm.new_str("14.0.0"));
    Ok(m)
}
