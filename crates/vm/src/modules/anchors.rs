//! Caret anchors for traceback lines (CPython 3.11's
//! `_extract_caret_anchors_from_line_segment`): for a binary operation the
//! operator gets `^` and the operands `~`; for a subscript, the brackets and
//! index get `^`. Offsets are in characters within the segment.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

fn char_off(seg: &str, byte: usize) -> usize {
    let mut b = byte.min(seg.len());
    while b > 0 && !seg.is_char_boundary(b) {
        b -= 1;
    }
    seg[..b].chars().count()
}

/// (left_end, right_start) in characters, or None when no anchors apply.
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    if segment.len() > 10_000 || segment.contains('\n') {
        return None;
    }
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let body = &parsed.syntax().body;
    if body.len() != 1 {
        return None;
    }
    let expr = match &body[0] {
        Stmt::Expr(e) => &*e.value,
        _ => return None,
    };
    let bytes = segment.as_bytes();
    match expr {
        Expr::BinOp(b) => {
            let left_end = b.left.range().end().to_usize();
            let right_start = b.right.range().start().to_usize();
            let op_str = segment.get(left_end..right_start)?;
            let op_offset = op_str.len() - op_str.trim_start().len();
            let mut left = left_end + op_offset;
            let mut right = left + 1;
            if op_offset + 1 < op_str.len() && !op_str.as_bytes()[op_offset + 1].is_ascii_whitespace() {
                right += 1;
            }
            while left < bytes.len() && (bytes[left].is_ascii_whitespace() || bytes[left] == b')' || bytes[left] == b'#') {
                left += 1;
                right += 1;
            }
            Some((char_off(segment, left), char_off(segment, right)))
        }
        Expr::Subscript(s) => {
            let mut left = s.value.range().end().to_usize();
            let mut right = s.slice.range().end().to_usize() + 1;
            while left < bytes.len() && (bytes[left].is_ascii_whitespace() || bytes[left] != b'[') {
                left += 1;
            }
            while right < bytes.len() && (bytes[right].is_ascii_whitespace() || bytes[right] != b']') {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            Some((char_off(segment, left), char_off(segment, right)))
        }
        _ => None,
    }
}
