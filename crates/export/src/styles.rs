//! The cell formats shared by every exported workbook.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder};

/// The font every sheet uses (present on Windows, and substituted by WPS/LibreOffice).
const FONT: &str = "宋体";

/// Red for figures behind schedule.
pub const BEHIND: Color = Color::RGB(0xC0_00_00);

/// The formats of one workbook.
pub struct Styles {
    /// The merged title line.
    pub title: Format,
    /// A note line under the title (data date, units).
    pub note: Format,
    /// Header cells (both header rows).
    pub header: Format,
    /// Row labels.
    pub label: Format,
    /// Integer counts.
    pub count: Format,
    /// Money with 2 decimals.
    pub money: Format,
    /// Percentages with 2 decimals.
    pub percent: Format,
    /// Percentages behind schedule, in red.
    pub percent_behind: Format,
    /// The dash for no figure.
    pub none: Format,
}

impl Styles {
    /// The standard formats.
    pub fn new() -> Self {
        let cell = Format::new()
            .set_font_name(FONT)
            .set_font_size(11)
            .set_border(FormatBorder::Thin);
        let number = cell.clone().set_align(FormatAlign::Right);
        Styles {
            title: Format::new()
                .set_font_name(FONT)
                .set_font_size(16)
                .set_bold()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            note: Format::new().set_font_name(FONT).set_font_size(10),
            header: cell
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_background_color(Color::RGB(0xDD_EB_F7))
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            label: cell.clone(),
            count: number.clone().set_num_format("0"),
            money: number.clone().set_num_format("0.00"),
            percent: number.clone().set_num_format("0.00%"),
            percent_behind: number
                .clone()
                .set_num_format("0.00%")
                .set_font_color(BEHIND)
                .set_bold(),
            none: cell.set_align(FormatAlign::Center),
        }
    }
}
