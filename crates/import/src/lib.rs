//! Reads the Excel workbooks sub-districts really send into the planboard model, accounting
//! for every row. Knows the model, never the GUI.

pub mod open;
