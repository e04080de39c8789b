//! Unicode character properties needed by str methods and repr.

/// `str.isprintable()` for one character (CPython's `Py_UNICODE_ISPRINTABLE`):
/// false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than space.
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    let v = c as u32;
    // Format characters (Cf) commonly met, private use (Co), noncharacters.
    if matches!(v, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E
        | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF
        | 0xFDD0..=0xFDEF | 0xE0001 | 0xE0020..=0xE007F)
    {
        return false;
    }
    if v & 0xFFFE == 0xFFFE {
        return false;
    }
    true
}
