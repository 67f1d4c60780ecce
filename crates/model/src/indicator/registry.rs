//! The process-wide table of indicator keys and their latest definitions. Each distinct key
//! and each distinct definition is leaked once, so handles and names are `&'static`.

use super::{Catalogue, Indicator, IndicatorDef};
use std::collections::HashMap;
use std::sync::{OnceLock, RwLock};

#[derive(Default)]
struct Registry {
    keys: HashMap<String, &'static str>,
    defs: HashMap<&'static str, &'static IndicatorDef>,
}

fn registry() -> &'static RwLock<Registry> {
    static REGISTRY: OnceLock<RwLock<Registry>> = OnceLock::new();
    REGISTRY.get_or_init(|| {
        let mut registry = Registry::default();
        for def in Catalogue::builtin().defs() {
            registry.put(def);
        }
        RwLock::new(registry)
    })
}

impl Registry {
    fn intern(&mut self, key: &str) -> &'static str {
        if let Some(k) = self.keys.get(key) {
            return k;
        }
        let leaked: &'static str = Box::leak(key.to_string().into_boxed_str());
        self.keys.insert(key.to_string(), leaked);
        leaked
    }

    fn put(&mut self, def: &IndicatorDef) {
        let key = self.intern(def.key.key());
        if self.defs.get(key).is_some_and(|d| *d == def) {
            return;
        }
        self.defs.insert(key, Box::leak(Box::new(def.clone())));
    }
}

/// The `'static` copy of a key.
pub(super) fn intern(key: &str) -> &'static str {
    if let Some(k) = read().keys.get(key) {
        return k;
    }
    write().intern(key)
}

/// The definition registered for a key.
pub(super) fn lookup(key: &str) -> Option<&'static IndicatorDef> {
    read().defs.get(key).copied()
}

/// The definition of an indicator, or a placeholder reported count named by its key.
pub(super) fn def(indicator: Indicator) -> &'static IndicatorDef {
    if let Some(d) = lookup(indicator.key()) {
        return d;
    }
    let mut registry = write();
    let placeholder = IndicatorDef::placeholder(indicator);
    registry.put(&placeholder);
    registry.defs[indicator.key()]
}

/// Makes a catalogue's definitions the ones handles show.
pub(super) fn register(catalogue: &Catalogue) {
    let mut registry = write();
    for def in catalogue.defs() {
        registry.put(def);
    }
}

fn read() -> std::sync::RwLockReadGuard<'static, Registry> {
    registry().read().unwrap_or_else(|e| e.into_inner())
}

fn write() -> std::sync::RwLockWriteGuard<'static, Registry> {
    registry().write().unwrap_or_else(|e| e.into_inner())
}
