//! The command line against pathological input (issues 14 and 16): each run ends with one of
//! the app's own exit codes, never by a crash (a signal on Unix; on Windows a status such as
//! 0xC00000FD, a stack overflow, in a 1 MiB main-thread stack rather than Linux's 8 MiB), and
//! says what happened. Inputs are generated here, not committed.

#[path = "../engine/tests/support/mod.rs"]
mod support;

use std::process::{Command, Output};

use support::Server;

fn run(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_broadsheet"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("BROADSHEET_DATA_DIR")
        .env("LANGUAGE", "en")
        .output()
        .expect("run broadsheet")
}

fn no_signal(out: &Output, what: &str) -> i32 {
    #[cfg(unix)]
    assert_eq!(
        std::os::unix::process::ExitStatusExt::signal(&out.status),
        None,
        "{what} died by a signal: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let code = out.status.code().expect("an exit code");
    // the app's codes are small (cli::common::ExitCode); a crash's status is not
    assert!(
        (0..=16).contains(&code),
        "{what} crashed with status {code:#x}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    code
}

#[test]
fn a_page_of_forty_thousand_nested_lists_does_not_kill_the_refresh_nor_come_back() {
    let server = Server::start();
    server.file(
        "/trap.html",
        "text/html",
        support::nested_lists_page(40_000),
    );
    server.file(
        "/trap.xml",
        "application/rss+xml",
        format!(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Trap</title><item>\
             <title>A quiet story</title><link>{}</link><guid>t1</guid>\
             <description>The feed's own short text.</description></item></channel></rss>",
            server.url("/trap.html")
        ),
    );
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert_eq!(
        no_signal(&run(d, &["add", &server.url("/trap.xml")]), "add"),
        0
    );
    assert_eq!(
        no_signal(&run(d, &["full-text", "1", "always"]), "full-text"),
        0
    );
    let refresh = run(d, &["refresh"]);
    let code = no_signal(&refresh, "refresh");
    assert!(matches!(code, 0 | 4), "exit {code}");
    assert!(
        String::from_utf8_lossy(&refresh.stdout).contains("0 full articles (1 failed)"),
        "{}",
        String::from_utf8_lossy(&refresh.stdout)
    );
    let read = run(d, &["read", "1"]);
    assert_eq!(no_signal(&read, "read"), 0);
    let text = String::from_utf8_lossy(&read.stdout);
    assert!(text.contains("The feed's own short text."), "{text}");
    // the next refresh does not fetch the page again
    no_signal(&run(d, &["refresh"]), "second refresh");
    assert_eq!(server.requests_to("/trap.html").len(), 1);
}

#[test]
fn outlines_fifty_thousand_deep_import_and_a_deep_article_exports_as_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let n = 50_000;
    let opml = d.join("deep.opml");
    std::fs::write(
        &opml,
        format!(
            "<?xml version=\"1.0\"?><opml version=\"2.0\"><body>{}\
             <outline text=\"Deep\" xmlUrl=\"http://127.0.0.1:9/deep.xml\"/>{}</body></opml>",
            "<outline text=\"level\">".repeat(n),
            "</outline>".repeat(n)
        ),
    )
    .unwrap();
    let import = run(d, &["import", opml.to_str().unwrap()]);
    assert_eq!(no_signal(&import, "import"), 0);
    assert!(String::from_utf8_lossy(&import.stdout).contains("Imported 1 feed into"));

    // an article whose HTML nests 100,000 divs, bookmarked and exported as Markdown
    let server = Server::start();
    let deep = format!(
        "{}deep words{}",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    server.file(
        "/deep.xml",
        "application/rss+xml",
        format!(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deep</title><item>\
             <title>Deep story</title><guid>d1</guid><description><![CDATA[{deep}]]></description>\
             </item></channel></rss>"
        ),
    );
    assert_eq!(
        no_signal(&run(d, &["add", &server.url("/deep.xml")]), "add"),
        0
    );
    let list = run(d, &["--json", "list"]);
    let rows: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let id = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["title"] == "Deep story")
        .unwrap()["id"]
        .to_string();
    assert_eq!(no_signal(&run(d, &["bookmark", &id]), "bookmark"), 0);
    let out = d.join("bookmarks.md");
    let export = run(
        d,
        &[
            "export-bookmarks",
            out.to_str().unwrap(),
            "--format",
            "markdown",
        ],
    );
    assert_eq!(no_signal(&export, "export"), 0);
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.contains("deep words"), "{}", &md[..md.len().min(500)]);
}
