//! The programs a test borrows from the machine: bash for `freshrss-up.sh`, curl, php and
//! kill. Run directly where the tests run on the machine itself; under Wine (the Windows test
//! run, `scripts/test-windows.sh`) a Windows program cannot start Linux's, so they are asked
//! of `scripts/windows/host-bridge.py`, whose loopback port `BROADSHEET_TEST_HOST` names.

#![allow(dead_code)]

/// What a program printed, and whether it succeeded.
pub struct Ran {
    pub ok: bool,
    pub stdout: String,
    pub stderr: String,
}

/// A program left running in the background, stopped by [`Background::stop`].
pub struct Background {
    #[cfg(not(windows))]
    child: std::process::Child,
    #[cfg(windows)]
    pid: u64,
}

#[cfg(not(windows))]
mod direct {
    use super::{Background, Ran};
    use std::process::Command;

    pub fn freshrss_up(script: &std::path::Path, dir: &std::path::Path) -> Ran {
        let out = Command::new("bash")
            .arg(script)
            .arg(dir)
            .output()
            .expect("run freshrss-up.sh");
        ran(out)
    }

    pub fn run(argv: &[&str]) -> Ran {
        let out = Command::new(argv[0])
            .args(&argv[1..])
            .output()
            .unwrap_or_else(|e| panic!("run {}: {e}", argv[0]));
        ran(out)
    }

    fn ran(out: std::process::Output) -> Ran {
        Ran {
            ok: out.status.success(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    pub fn spawn(argv: &[&str], log: &str) -> Background {
        let log = std::fs::File::create(log).expect("create the log");
        let child = Command::new(argv[0])
            .args(&argv[1..])
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("start {}: {e}", argv[0]));
        Background { child }
    }

    impl Background {
        pub fn stop(&mut self) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

#[cfg(windows)]
mod bridged {
    use super::{Background, Ran};
    use std::io::{BufRead, BufReader, Write};

    fn ask(request: serde_json::Value) -> serde_json::Value {
        let address = std::env::var("BROADSHEET_TEST_HOST").expect(
            "BROADSHEET_TEST_HOST: the host bridge's address (scripts/test-windows.sh starts it)",
        );
        let mut stream = std::net::TcpStream::connect(&address).expect("reach the host bridge");
        let mut line = serde_json::to_vec(&request).expect("JSON");
        line.push(b'\n');
        stream.write_all(&line).expect("ask the host bridge");
        let mut reply = String::new();
        BufReader::new(stream)
            .read_line(&mut reply)
            .expect("the host bridge's answer");
        serde_json::from_str(&reply).unwrap_or_else(|_| panic!("host bridge: {reply}"))
    }

    fn ran(reply: serde_json::Value) -> Ran {
        Ran {
            ok: reply["code"] == 0,
            stdout: reply["stdout"].as_str().unwrap_or_default().to_string(),
            stderr: reply["stderr"].as_str().unwrap_or_default().to_string(),
        }
    }

    /// The bridge starts the server in a directory of its own: `_dir` is a Windows path.
    pub fn freshrss_up(_script: &std::path::Path, _dir: &std::path::Path) -> Ran {
        ran(ask(serde_json::json!({ "verb": "freshrss-up" })))
    }

    pub fn run(argv: &[&str]) -> Ran {
        ran(ask(serde_json::json!({ "verb": "run", "argv": argv })))
    }

    pub fn spawn(argv: &[&str], log: &str) -> Background {
        let reply = ask(serde_json::json!({ "verb": "spawn", "argv": argv, "log": log }));
        let pid = reply["pid"]
            .as_u64()
            .unwrap_or_else(|| panic!("host bridge: {reply}"));
        Background { pid }
    }

    impl Background {
        pub fn stop(&mut self) {
            run(&["kill", &self.pid.to_string()]);
        }
    }
}

#[cfg(not(windows))]
pub use direct::{freshrss_up, run, spawn};

#[cfg(windows)]
pub use bridged::{freshrss_up, run, spawn};
