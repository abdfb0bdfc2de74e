//! Running the `broadsheet` binary as a user would, for the CLI tests: a temporary data
//! directory, `--json` parsed, stdout as text.

// each test program uses its part of this
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

pub struct Cli {
    data: PathBuf,
    _dir: tempfile::TempDir,
}

impl Cli {
    pub fn new() -> Cli {
        let dir = tempfile::tempdir().unwrap();
        Cli {
            data: dir.path().to_path_buf(),
            _dir: dir,
        }
    }
    /// The data directory at `place` inside a temporary one (made by the app, not here).
    pub fn under(place: &str) -> Cli {
        let dir = tempfile::tempdir().unwrap();
        Cli {
            data: dir.path().join(place),
            _dir: dir,
        }
    }
    pub fn data(&self) -> &Path {
        &self.data
    }
    /// Runs in English, whatever the machine's language.
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_in(&[("LANGUAGE", "en")], args)
    }
    /// Runs with the system's language set by `locale` (`LANG`, `LC_ALL`...) alone.
    pub fn run_in(&self, locale: &[(&str, &str)], args: &[&str]) -> Output {
        let mut command = Command::new(env!("CARGO_BIN_EXE_broadsheet"));
        command
            .arg("--data-dir")
            .arg(self.data())
            .args(args)
            .env_remove("BROADSHEET_DATA_DIR")
            .env("COLUMNS", "72");
        for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
            command.env_remove(name);
        }
        command.envs(locale.iter().copied());
        command.output().expect("run broadsheet")
    }
    /// Runs in English with `line` on standard input (a password for `--password-stdin`), and
    /// secrets kept in the data directory's file, not the system's credential store.
    pub fn with_password(&self, args: &[&str], line: &str) -> Output {
        use std::io::Write;
        use std::process::Stdio;
        let mut child = Command::new(env!("CARGO_BIN_EXE_broadsheet"))
            .arg("--data-dir")
            .arg(self.data())
            .args(args)
            .env("LANGUAGE", "en")
            .env("BROADSHEET_SECRETS", "file")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run broadsheet");
        writeln!(child.stdin.take().expect("stdin"), "{line}").expect("write stdin");
        child.wait_with_output().expect("wait for broadsheet")
    }

    /// Runs with --json, expects success, returns the parsed output.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.run(&all);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "{args:?} printed no JSON ({e}): {}",
                String::from_utf8_lossy(&out.stdout)
            )
        })
    }
}

pub fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}
