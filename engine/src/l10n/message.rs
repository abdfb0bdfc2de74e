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

    /// Its arguments as [`super::Localizer::text`] takes them.
    pub fn arg_list(&self) -> Vec<(&str, Arg)> {
        self.args.iter().map(|(k, v)| (*k, v.clone())).collect()
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
