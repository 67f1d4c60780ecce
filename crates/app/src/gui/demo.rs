//! The demo workbooks (`resources/demo`), built into the program so that 打开示例数据 works on
//! every install: written to a folder of their own and imported like any others.

use std::path::{Path, PathBuf};

/// A demo workbook: its file name and bytes.
macro_rules! file {
    ($name:literal) => {
        (
            $name,
            include_bytes!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../resources/demo/",
                $name
            ))
            .as_slice(),
        )
    };
}

/// Every demo workbook.
pub const FILES: &[(&str, &[u8])] = &[
    file!("2016-2025年招商引资目标任务分解表.xlsx"),
    file!("2026年招商引资目标任务分解表.xlsx"),
    file!("全区招商引资工作完成情况（2016-2026年）.xlsx"),
    file!("北山镇项目台账.xlsx"),
    file!("南湖街道招商完成情况.xlsx"),
    file!("南湖街道项目台账.xls"),
    file!("城东街道招商项目台账.xlsx"),
    file!("城西街道招商引资项目台账（2016-2026）.xlsx"),
    file!("工业园区招商引资工作完成情况表.xlsx"),
    file!("工业园区重点项目台账.xlsx"),
    file!("河口镇项目台账.ods"),
    file!("石桥镇招商引资工作完成情况.xls"),
    file!("石桥镇项目台账.xls"),
    file!("高新区招商项目台账.xlsx"),
];

/// Writes the demo workbooks into `folder/示例数据` (replacing what an earlier run wrote) and
/// returns that folder.
pub fn write_into(folder: &Path) -> std::io::Result<PathBuf> {
    let dir = folder.join("示例数据");
    std::fs::create_dir_all(&dir)?;
    for (name, bytes) in FILES {
        std::fs::write(dir.join(name), bytes)?;
    }
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_demo_workbook_is_built_in() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../resources/demo");
        let mut on_disk: Vec<String> = std::fs::read_dir(folder)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().to_string())
                    .filter(|n| n != "expected.json")
                    .collect()
            })
            .unwrap_or_default();
        on_disk.sort();
        let built_in: Vec<String> = FILES.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(built_in, on_disk);
    }
}
