//! Bringing workspace documents of older format versions up to the current one.

use crate::{WorkspaceError, FORMAT, VERSION};
use serde::Deserialize;
use serde_json::Value;

/// The format marker and version, read before the rest.
#[derive(Deserialize)]
pub struct Header {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<u64>,
}

/// Checks the marker and version: `Ok(true)` when the document is of the current version,
/// `Ok(false)` when it must be migrated first.
pub fn check(header: &Header) -> Result<bool, WorkspaceError> {
    if header.format.as_deref() != Some(FORMAT) {
        return Err(WorkspaceError::NotAWorkspace);
    }
    let version = header
        .version
        .and_then(|v| u32::try_from(v).ok())
        .ok_or_else(|| WorkspaceError::Invalid("缺少格式版本号".into()))?;
    if version > VERSION {
        return Err(WorkspaceError::TooNew {
            found: version,
            supported: VERSION,
        });
    }
    if version == 0 {
        return Err(WorkspaceError::Invalid("格式版本号无效".into()));
    }
    Ok(version == VERSION)
}

/// Migrates an older document step by step to [`VERSION`].
pub fn to_current(mut value: Value, header: &Header) -> Result<Value, WorkspaceError> {
    check(header)?;
    let version = header.version.unwrap_or(u64::from(VERSION));
    if version < 2 {
        v1_to_v2(&mut value);
    }
    if version < 3 {
        v2_to_v3(&mut value);
    }
    if version < 4 {
        v3_to_v4(&mut value)?;
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), Value::from(VERSION));
    }
    Ok(value)
}

/// Version 3 had no indicator catalogue: the dataset gets the built-in one.
fn v3_to_v4(value: &mut Value) -> Result<(), WorkspaceError> {
    let builtin = serde_json::to_value(planboard_model::Catalogue::builtin())
        .map_err(|e| WorkspaceError::Invalid(e.to_string()))?;
    if let Some(dataset) = value.get_mut("dataset").and_then(Value::as_object_mut) {
        dataset.entry("catalogue").or_insert(builtin);
    }
    Ok(())
}

/// Version 1 stored each problem's message as two texts; version 2 stores its kind. The
/// texts of version 1 become a kind of their own (`text`), shown as they were written.
fn v1_to_v2(value: &mut Value) {
    match value {
        Value::Object(object) => {
            let texts = object
                .get("message")
                .and_then(Value::as_str)
                .zip(object.get("message_en").and_then(Value::as_str))
                .map(|(zh, en)| (zh.to_string(), en.to_string()));
            if let (Some((zh, en)), true) = (texts, object.contains_key("severity")) {
                object.remove("message");
                object.remove("message_en");
                object.insert(
                    "kind".into(),
                    serde_json::json!({"kind": "text", "zh": zh, "en": en}),
                );
                return;
            }
            object.values_mut().for_each(v1_to_v2);
        }
        Value::Array(items) => items.iter_mut().for_each(v1_to_v2),
        _ => {}
    }
}

/// Version 2 stored a failed file's error as two texts (`error`, `error_en`) in each report of
/// the import log; version 3 stores its kind. The texts become a kind of their own (`text`).
fn v2_to_v3(value: &mut Value) {
    let reports = value
        .pointer_mut("/workspace/import_log")
        .and_then(Value::as_array_mut);
    for report in reports.into_iter().flatten() {
        let Some(report) = report.as_object_mut() else {
            continue;
        };
        let english = report.remove("error_en");
        let Some(Value::String(zh)) = report.get("error").cloned() else {
            continue;
        };
        let en = english
            .and_then(|e| e.as_str().map(str::to_string))
            .unwrap_or_else(|| zh.clone());
        report.insert(
            "error".into(),
            serde_json::json!({"kind": "text", "zh": zh, "en": en}),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_1_problems_keep_their_texts() {
        let mut v1 = serde_json::json!({"workspace": {"import_log": [{"sheets": [{"problems": [{
            "severity": "warning",
            "message": "日期晚于今天",
            "message_en": "the date is after today",
        }]}]}]}});
        v1_to_v2(&mut v1);
        let problem = &v1["workspace"]["import_log"][0]["sheets"][0]["problems"][0];
        assert_eq!(
            problem["kind"],
            serde_json::json!({"kind": "text", "zh": "日期晚于今天", "en": "the date is after today"})
        );
        assert!(problem.get("message").is_none());
    }

    #[test]
    fn version_2_file_errors_keep_their_texts() {
        let mut v2 = serde_json::json!({"workspace": {"import_log": [
            {"file": "a.xlsx", "error": "a.xlsx：文件不存在", "error_en": "a.xlsx: the file does not exist",
             "sheets": [], "needs_unit": false},
            {"file": "b.xlsx", "error": null, "error_en": null, "sheets": [], "needs_unit": false},
        ]}});
        v2_to_v3(&mut v2);
        let log = &v2["workspace"]["import_log"];
        assert_eq!(
            log[0]["error"],
            serde_json::json!({"kind": "text", "zh": "a.xlsx：文件不存在", "en": "a.xlsx: the file does not exist"})
        );
        assert!(log[0].get("error_en").is_none());
        assert_eq!(log[1]["error"], Value::Null);
        let report: planboard_import::FileReport =
            serde_json::from_value(log[0].clone()).expect("a version-3 report");
        assert!(report
            .error
            .is_some_and(|e| e.message_en().contains("does not exist")));
    }
}
