//! Bringing workspace documents of older format versions up to the current one.

use crate::{WorkspaceError, FORMAT, VERSION};
use serde_json::Value;

/// Checks the format marker and version and migrates the document step by step to
/// [`VERSION`]. Each older version gets one step function here when the format changes.
pub fn to_current(mut value: Value) -> Result<Value, WorkspaceError> {
    let object = value.as_object().ok_or(WorkspaceError::NotAWorkspace)?;
    if object.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(WorkspaceError::NotAWorkspace);
    }
    let version = object
        .get("version")
        .and_then(Value::as_u64)
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
    // Version 1 is the first: nothing to migrate yet. A future version 2 adds
    // `if version < 2 { value = v1_to_v2(value); }` here.
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), Value::from(VERSION));
    }
    Ok(value)
}
