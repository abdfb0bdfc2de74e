//! The catalogs, built into the program: `locales/<language>/<part>.ftl` at the workspace's
//! root, one folder per language, one file per part of the program.

/// A part of the program with a catalog of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The command-line reader's messages.
    Cli,
    /// The window's words (the page makes its text from it; the app hands it over).
    Window,
    /// What the engine says (a feed's trouble, what to do): both the window and the CLI
    /// show these.
    Engine,
}

impl Part {
    pub const ALL: &'static [Part] = &[Part::Cli, Part::Window, Part::Engine];

    /// The catalog's file name in a language's folder.
    pub fn file_name(self) -> &'static str {
        match self {
            Part::Cli => "cli.ftl",
            Part::Window => "window.ftl",
            Part::Engine => "engine.ftl",
        }
    }
}

macro_rules! catalogs {
    ($($code:literal),* $(,)?) => {
        /// The FTL text of `part` in the language `code`.
        pub fn source(code: &str, part: Part) -> Option<&'static str> {
            match (code, part) {
                $(
                    ($code, Part::Cli) => Some(include_str!(concat!("../../../locales/", $code, "/cli.ftl"))),
                    ($code, Part::Window) => Some(include_str!(concat!("../../../locales/", $code, "/window.ftl"))),
                    ($code, Part::Engine) => Some(include_str!(concat!("../../../locales/", $code, "/engine.ftl"))),
                )*
                _ => None,
            }
        }
    };
}

catalogs!("en", "fa-AF", "ps", "ar", "fa", "fr", "es", "ru", "zh-CN");
