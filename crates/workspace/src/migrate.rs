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

/// Migrates an older document step by step to [`VERSION`]. Version 1 is the first, so there
/// is no step yet; a version 2 adds `if version < 2 { value = v1_to_v2(value) }` here.
pub fn to_current(mut value: Value, header: &Header) -> Result<Value, WorkspaceError> {
    check(header)?;
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), Value::from(VERSION));
    }
    Ok(value)
}
