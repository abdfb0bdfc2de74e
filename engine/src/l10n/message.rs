//! A sentence for a person that is not in any language yet: a catalog id and its arguments.
//! The engine returns these (a feed's trouble, what to do about it); the window and the CLI
//! make the text in the reader's language when they show it, so that changing the language
//! changes what is already on screen. Serialized as `{"id": "…", "args": {"name": value}}`:
//! `--json` carries the id, the same in every language.

use std::collections::BTreeMap;

use serde::{Serialize, Serializer};

use super::Arg;

/// A catalog message with its arguments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    /// The id in `locales/<language>/engine.ftl`.
    pub id: &'static str,
    pub args: BTreeMap<&'static str, Arg>,
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: BTreeMap::new(),
        }
    }

    /// The message with one more argument.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.insert(name, value.into());
        self
    }

    /// A message stored as JSON (`{"id": …, "args": …}`) by [`Message::to_stored`], if its id
    /// is in one of the lists `known`; anything else (an English sentence an older version
    /// stored) is kept whole as the argument of `fallback` (whose catalog text is `{ $text }`).
    pub fn from_stored(stored: &str, known: &[&[&'static str]], fallback: &'static str) -> Message {
        let parsed: Option<serde_json::Value> = serde_json::from_str(stored).ok();
        let id = parsed
            .as_ref()
            .and_then(|v| v["id"].as_str())
            .and_then(|id| {
                known
                    .iter()
                    .flat_map(|list| list.iter())
                    .find(|k| **k == id)
            });
        let (Some(id), Some(value)) = (id, parsed.as_ref()) else {
            return Message::new(fallback).with("text", stored);
        };
        let mut message = Message::new(id);
        if let Some(args) = value["args"].as_object() {
            for (name, arg) in args {
                // the argument names a catalog uses are the id's own: kept only when known
                let Some(name) = ARG_NAMES.iter().find(|n| **n == name.as_str()) else {
                    continue;
                };
                match arg {
                    serde_json::Value::Number(n) => {
                        message = message.with(name, n.as_f64().unwrap_or(0.0))
                    }
                    serde_json::Value::String(s) => message = message.with(name, s.as_str()),
                    _ => {}
                }
            }
        }
        message
    }

    /// The message as JSON, to store and read back with [`Message::from_stored`].
    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Its arguments as [`super::Localizer::text`] takes them.
    pub fn arg_list(&self) -> Vec<(&str, Arg)> {
        self.args.iter().map(|(k, v)| (*k, v.clone())).collect()
    }
}

/// The argument names a stored message may carry (messages name theirs from this list).
const ARG_NAMES: &[&str] = &[
    "count", "title", "name", "text", "seconds", "why", "code", "bytes", "url", "type", "path",
    "found", "known", "kind", "id", "key", "value", "choices", "format", "at", "error", "from",
];

thread_local! {
    /// English, for `Display`: logs, `--json`'s `error` and tests read the source language.
    static ENGLISH: super::Localizer = super::Localizer::new(super::SOURCE, &[super::Part::Engine]);
}

/// `f` with the engine's messages in English, made once per thread.
pub fn in_english<R>(f: impl FnOnce(&super::Localizer) -> R) -> R {
    ENGLISH.with(f)
}

/// The message in English (the catalogs' source language): what logs and `--json` carry.
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&in_english(|english| english.message(self)))
    }
}

impl Serialize for Arg {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Text(s) => serializer.serialize_str(s),
            Arg::Number(n) => serializer.serialize_f64(*n),
            // a tenth, as it is shown
            Arg::OneDecimal(n) => serializer.serialize_f64((n * 10.0).round() / 10.0),
        }
    }
}
