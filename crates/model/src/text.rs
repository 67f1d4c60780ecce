//! Text normalization shared by the model and the importer.

use std::borrow::Cow;

/// Folds full-width ASCII forms (Ａ-Ｚ, ０-９, （）, ，…) and the ideographic space to their
/// half-width counterparts; every other character is kept.
pub fn fold_width(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// Folds one character the way [`fold_width`] does.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// Folds width and removes all white space (including non-breaking spaces): the form used to
/// compare names such as units and header words.
pub fn compact(text: &str) -> String {
    compacted(text).into_owned()
}

/// [`compact`] without a copy when the text is already compact (the common case for the
/// cells of large sheets).
pub fn compacted(text: &str) -> Cow<'_, str> {
    let changes = |c: char| c.is_whitespace() || c == '\u{a0}' || fold_char(c) != c;
    if !text.chars().any(changes) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(fold_char)
            .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_full_width_digits_and_parentheses() {
        assert_eq!(fold_width("１２３（万元）"), "123(万元)");
        assert_eq!(compact(" 城东\u{3000}街道 \n"), "城东街道");
        assert_eq!(fold_width("计划总投资"), "计划总投资");
    }
}
