//! `broadsheet stories FILE.jsonl`: the seed story sent by three sources is one story, other
//! stories of the same days stay apart, the file's order does not matter, and a line that is
//! not an article is refused with its number.

#[path = "../engine/tests/support/mod.rs"]
mod support;

#[path = "cli_support/mod.rs"]
mod cli_support;

use std::path::Path;

use cli_support::Cli;
use serde_json::{json, Value};

fn seed(file: &str) -> String {
    let path = support::seed_dir().join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

const TITLE: &str =
    "CSTO expresses concern over increasing threats from Northern Afghanistan provinces";

fn articles() -> Vec<Value> {
    vec![
        json!({"id": "khaama-full", "source": "Khaama Press", "date": "2024-04-16T08:00:00Z",
               "title": TITLE, "text": seed("expected-body.txt")}),
        json!({"id": "khaama-mirror", "source": "Afghan digest", "date": "2024-04-16T11:30:00Z",
               "title": TITLE,
               "text": "CSTO officials are concerned about the rising threats from northern \
                        Afghanistan provinces, particularly related to terrorism, extremism, \
                        and drug crimes."}),
        json!({"id": "wire", "source": "Wire", "date": 1713290400,
               "title": "Russia-led CSTO bloc warns of threats from Afghanistan's north",
               "text": "The Collective Security Treaty Organization said on Tuesday that \
                        terrorism, extremism and drug crimes in Afghanistan's northern provinces \
                        threaten the region. CSTO spokesperson Natalia Kharitonova told Izvestia \
                        the bloc is watching the border with Tajikistan."}),
        json!({"id": "panj", "source": "Khaama Press", "date": "2024-04-16T09:00:00Z",
               "title": "Tajikistan to strengthen border posts along the Panj river",
               "text": "Dushanbe plans new border posts as part of a five-year program to \
                        modernise the guard on the Panj river, Tajik officials said."}),
        json!({"id": "rail", "source": "Wire", "date": "2024-04-17T07:00:00Z",
               "title": "Uzbekistan and Afghanistan sign rail transit memorandum",
               "text": "Tashkent and Kabul signed a memorandum on rail transit through Termez \
                        and Hairatan, the Uzbek transport ministry said, to carry cargo to \
                        Pakistan's ports."}),
    ]
    .into_iter()
    .chain(other_news())
    .collect()
}

/// The rest of a day's list: stories no other article reports.
fn other_news() -> Vec<Value> {
    let items = [
        ("Storm closes the Salang pass", "Heavy snow and avalanches closed the Salang pass north of Kabul on Monday, stranding hundreds of trucks, the public works ministry said."),
        ("Cricket board names squad for Ireland series", "The Afghanistan Cricket Board named a sixteen-man squad for the T20 series against Ireland in Sharjah, with Rashid Khan as captain."),
        ("Wheat prices fall in Herat markets", "Flour and wheat prices fell in Herat this week as imports from Kazakhstan resumed, traders in the city's main bazaar said."),
        ("Kabul university reopens its library", "Kabul University reopened its central library after repairs funded by donors, with new reading rooms and a digital catalogue."),
        ("Solar farm opens in Kandahar", "A ten-megawatt solar farm began supplying electricity to homes and workshops in Kandahar, the power utility Breshna said."),
        ("Polio vaccination campaign begins", "Health workers began a four-day polio vaccination campaign across twenty provinces, aiming to reach nine million children."),
    ];
    items
        .iter()
        .enumerate()
        .map(|(n, (title, text))| {
            json!({"id": format!("other-{n}"), "source": format!("Paper {n}"),
                   "date": "2024-04-16T12:00:00Z", "title": title, "text": text})
        })
        .collect()
}

fn write(dir: &Path, name: &str, lines: &[Value]) -> String {
    let path = dir.join(name);
    let text: Vec<String> = lines.iter().map(Value::to_string).collect();
    std::fs::write(&path, text.join("\n") + "\n").unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn the_seed_story_from_three_sources_is_one_story_in_any_order() {
    let cli = Cli::new();
    let dir = tempfile::tempdir().unwrap();
    let mut lines = articles();
    let got = cli.json(&["stories", &write(dir.path(), "a.jsonl", &lines)]);
    let group = |id: &str| {
        got[id]
            .as_str()
            .unwrap_or_else(|| panic!("{id}: {got}"))
            .to_string()
    };
    assert_eq!(group("khaama-full"), "khaama-full", "{got}");
    assert_eq!(group("khaama-mirror"), "khaama-full", "{got}");
    assert_eq!(group("wire"), "khaama-full", "{got}");
    assert_eq!(group("panj"), "panj", "{got}");
    assert_eq!(group("rail"), "rail", "{got}");
    for n in 0..other_news().len() {
        let id = format!("other-{n}");
        assert_eq!(group(&id), id, "{got}");
    }

    lines.reverse();
    let reversed = cli.json(&["stories", &write(dir.path(), "b.jsonl", &lines)]);
    assert_eq!(reversed, got, "the order of the lines must not matter");

    // as a person reads it: "ID GROUP" lines, the form score_stories.py also reads
    let out = cli.run(&["stories", &write(dir.path(), "b.jsonl", &lines)]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.lines().any(|l| l == "wire khaama-full"), "{text}");
}

#[test]
fn the_same_story_a_week_later_is_another_story() {
    let cli = Cli::new();
    let dir = tempfile::tempdir().unwrap();
    let mut lines = articles();
    lines[2]["date"] = json!("2024-04-23T08:00:00Z");
    let got = cli.json(&["stories", &write(dir.path(), "a.jsonl", &lines)]);
    assert_eq!(got["khaama-mirror"], "khaama-full", "{got}");
    assert_eq!(got["wire"], "wire", "{got}");
}

#[test]
fn a_line_that_is_not_an_article_is_refused_with_its_number() {
    let cli = Cli::new();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.jsonl");
    std::fs::write(
        &path,
        "{\"id\": \"a\", \"text\": \"x\"}\n\n{\"title\": \"no id\"}\n",
    )
    .unwrap();
    let out = cli.run(&["stories", &path.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(6));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 3 of") && err.contains("no \"id\""),
        "{err}"
    );
    let missing = cli.run(&["stories", &dir.path().join("none.jsonl").to_string_lossy()]);
    assert_eq!(missing.status.code(), Some(6));
}

#[test]
fn the_seed_story_sent_by_two_feeds_is_one_row_of_a_grouped_list() {
    let server = support::Server::start();
    let feed = seed("feed.xml").replace("BASE", &server.url(""));
    let mirror = feed.replace(
        "<title>Khaama Press</title>",
        "<title>Afghan digest</title>",
    );
    server.file("/khaama.xml", "application/rss+xml", feed);
    server.file("/digest.xml", "application/rss+xml", mirror);
    let cli = Cli::new();
    cli.json(&["add", &server.url("/khaama.xml")]);
    cli.json(&["add", &server.url("/digest.xml")]);

    let all = cli.json(&["list"]);
    assert_eq!(all.as_array().map(Vec::len), Some(6), "{all}");
    let grouped = cli.json(&["list", "--grouped"]);
    let rows = grouped.as_array().expect("a list");
    assert_eq!(rows.len(), 3, "each story once: {grouped}");
    let csto = rows
        .iter()
        .find(|r| r["title"] == TITLE)
        .expect("the CSTO story");
    // the first subscribed leads (the same time: the lower id), the other is named
    assert_eq!(csto["feed_title"], "Khaama Press");
    assert_eq!(csto["other_sources"], json!(["Afghan digest"]));
    assert_eq!(csto["story_id"], csto["id"]);

    let out = cli.run(&["list", "--grouped"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("and one more source: Afghan digest"),
        "{text}"
    );
    // a feed's own list is never grouped
    let feed_id = csto["feed_id"].to_string();
    let own = cli.json(&["list", "--grouped", "--feed", &feed_id]);
    assert_eq!(own.as_array().map(Vec::len), Some(3));
    assert!(own
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["other_sources"] == json!([])));
}
