//! OPML import and export. Import keeps the folder tree (an outline without a feed address is
//! a folder, empty or not, nested up to `MAX_FOLDER_DEPTH`), skips duplicates, and writes
//! everything in one transaction. Export writes what import reads, so a round trip loses
//! nothing: the same tree, outline for outline.

use quick_xml::events::Event;
use serde::Serialize;

use crate::error::{Error, Result};
pub use crate::store::ImportSummary;
use crate::store::{Store, Subscription, MAX_FOLDER_DEPTH};

/// The subscriptions an OPML document lists, each with its folder's path. Read as a stream of
/// XML events with an explicit stack (no recursion), so outlines nested any number of levels
/// deep cost memory in proportion to the file and never the call stack.
pub fn read_opml(xml: &str) -> Result<Vec<Subscription>> {
    Ok(read_document(xml)?.subscriptions)
}

/// What an OPML file holds for Broadsheet.
struct Document {
    subscriptions: Vec<Subscription>,
    /// Every folder's path, parents first, empty folders too (duplicates left out).
    folders: Vec<Vec<String>>,
    /// Broadsheet's rules, as the `head`'s `broadsheet:rules` attribute (which other readers
    /// ignore) carries them.
    rules: Option<String>,
}

/// The subscriptions, the folder tree and the rules. An outline without a feed address that
/// has a name is a folder (with or without outlines inside); folders deeper than
/// [`MAX_FOLDER_DEPTH`] are read as their ancestor at that depth.
fn read_document(xml: &str) -> Result<Document> {
    let xml = crate::feeds::parse::to_utf8(xml.as_bytes(), None);
    let bad = |e: &dyn std::fmt::Display| Error::Opml(e.to_string());
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut doc = Document {
        subscriptions: Vec::new(),
        folders: Vec::new(),
        rules: None,
    };
    // each folder's index in `doc.folders`, by its path in lower case
    let mut known: std::collections::HashMap<String, usize> = Default::default();
    // one entry per open <outline>: the folder (index in `doc.folders`) its children are in
    let mut open: Vec<Option<usize>> = Vec::new();
    let mut elements = 0usize;
    let mut seen_root = false;
    loop {
        let (e, has_children) = match reader.read_event().map_err(|e| bad(&e))? {
            Event::Start(e) => (e, true),
            Event::Empty(e) => (e, false),
            Event::End(e) => {
                if e.local_name().as_ref() == b"outline" {
                    open.pop();
                }
                elements = elements.saturating_sub(1);
                continue;
            }
            Event::Eof if elements > 0 => return Err(bad(&"the file ends inside an element")),
            Event::Eof => break,
            _ => continue,
        };
        if !seen_root {
            if !e.local_name().as_ref().eq_ignore_ascii_case(b"opml") {
                return Err(bad(&"not an OPML file"));
            }
            seen_root = true;
        }
        if has_children {
            elements += 1;
        }
        if e.local_name().as_ref() == b"head" && doc.rules.is_none() {
            doc.rules = rules_attribute(&e).map_err(|e| bad(&e))?;
        }
        if e.local_name().as_ref() != b"outline" {
            continue;
        }
        let outline = OutlineAttrs::read(&e).map_err(|e| bad(&e))?;
        let folder = open.last().copied().flatten();
        let path_of = |folder: Option<usize>, doc: &Document| {
            folder.map(|i| doc.folders[i].clone()).unwrap_or_default()
        };
        if let Some(url) = outline.xml_url.as_deref().filter(|u| !u.is_empty()) {
            let path = path_of(folder, &doc);
            doc.subscriptions.push(Subscription {
                url: url.to_string(),
                title: (!outline.name().is_empty()).then(|| outline.name().to_string()),
                site_url: outline.html_url.clone().filter(|u| !u.trim().is_empty()),
                folder: path,
                full_text: outline.full_text,
                open_in: outline.open_in,
                page_scripts: outline.page_scripts,
            });
        }
        // a feed outline with children, or a nameless group, keeps the enclosing folder
        let is_folder =
            outline.xml_url.is_none() && !outline.name().is_empty() && outline.is_group();
        let inner = if is_folder {
            let mut path = path_of(folder, &doc);
            if path.len() < MAX_FOLDER_DEPTH {
                path.push(outline.name().to_string());
                let key = path.join("/").to_lowercase();
                Some(*known.entry(key).or_insert_with(|| {
                    doc.folders.push(path);
                    doc.folders.len() - 1
                }))
            } else {
                folder
            }
        } else {
            folder
        };
        if has_children {
            open.push(inner);
        }
    }
    if !seen_root {
        return Err(bad(&"not an OPML file"));
    }
    Ok(doc)
}

/// Where Broadsheet's extension lives: a namespace other readers do not know, so they skip it.
pub const NAMESPACE: &str = "https://broadsheet.invalid/opml/1";

fn rules_attribute(
    e: &quick_xml::events::BytesStart,
) -> std::result::Result<Option<String>, quick_xml::Error> {
    for attr in e.attributes().with_checks(false) {
        let attr = attr?;
        let key = attr.key;
        if key.prefix().is_some() && key.local_name().as_ref() == b"rules" {
            let value = attr.normalized_value(quick_xml::XmlVersion::Implicit1_0)?;
            return Ok(Some(value.into_owned()));
        }
    }
    Ok(None)
}

/// A rule as an OPML file carries it: its feed by address and its folder by path, so it
/// finds them again in another store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
struct PortableRule {
    enabled: bool,
    fields: Vec<crate::feeds::rules::Field>,
    match_kind: crate::feeds::rules::MatchKind,
    pattern: String,
    #[serde(default)]
    case_sensitive: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    feed_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    folder: Option<String>,
    actions: Vec<crate::feeds::rules::Action>,
}

fn portable_rules(store: &Store) -> Result<Vec<PortableRule>> {
    let feeds = store.feeds()?;
    let folders = store.folders()?;
    Ok(store
        .rules()?
        .into_iter()
        .map(|r| PortableRule {
            enabled: r.enabled,
            fields: r.fields,
            match_kind: r.match_kind,
            pattern: r.pattern,
            case_sensitive: r.case_sensitive,
            feed_url: r
                .feed_id
                .and_then(|id| feeds.iter().find(|f| f.id == id).map(|f| f.url.clone())),
            folder: r
                .folder_id
                .and_then(|id| folders.iter().find(|f| f.id == id).map(|f| f.path.clone())),
            actions: r.actions,
        })
        .collect())
}

/// Adds the file's rules that this store does not have yet (same words, fields, actions and
/// place); a rule whose feed is not subscribed, or that does not check, is skipped.
fn import_rules(store: &mut Store, json: &str) -> Result<(usize, usize)> {
    let Ok(rules) = serde_json::from_str::<Vec<PortableRule>>(json) else {
        return Ok((0, 1));
    };
    let have = portable_rules(store)?;
    let (mut added, mut skipped) = (0, 0);
    for rule in rules {
        if have.iter().any(|h| h == &rule) {
            continue;
        }
        let feed_id = match &rule.feed_url {
            Some(url) => match store.feeds()?.into_iter().find(|f| &f.url == url) {
                Some(f) => Some(f.id),
                None => {
                    skipped += 1;
                    continue;
                }
            },
            None => None,
        };
        let folder_id = match &rule.folder {
            Some(name) => Some(store.folder_id(name)?),
            None => None,
        };
        let new = crate::feeds::rules::Rule {
            id: 0,
            enabled: rule.enabled,
            fields: rule.fields,
            match_kind: rule.match_kind,
            pattern: rule.pattern,
            case_sensitive: rule.case_sensitive,
            feed_id,
            folder_id,
            actions: rule.actions,
        };
        match store.add_rule(&new, crate::model::now()) {
            Ok(_) => added += 1,
            Err(Error::InvalidRule(_)) => skipped += 1,
            Err(e) => return Err(e),
        }
    }
    Ok((added, skipped))
}

/// `s` as an XML attribute value between double quotes.
fn xml_attribute(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

/// The attributes of one `<outline>` that import reads.
#[derive(Default)]
struct OutlineAttrs {
    text: String,
    title: Option<String>,
    xml_url: Option<String>,
    html_url: Option<String>,
    /// `type`: "rss" for a feed, "link" or "include" for what is not a folder.
    kind: Option<String>,
    /// Broadsheet's own (`broadsheet:fullText`, `broadsheet:openIn`): how the feed is read.
    full_text: Option<bool>,
    open_in: Option<crate::model::OpenIn>,
    /// `broadsheet:pageScripts="allow"`: the page shown inside may run its scripts.
    page_scripts: bool,
}

impl OutlineAttrs {
    fn read(e: &quick_xml::events::BytesStart) -> std::result::Result<Self, quick_xml::Error> {
        let mut o = OutlineAttrs::default();
        for attr in e.attributes().with_checks(false) {
            let attr = attr?;
            let value = attr
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)?
                .into_owned();
            if attr.key.prefix().is_some() {
                match attr.key.local_name().as_ref() {
                    b"fullText" => o.full_text = full_text_of(&value),
                    b"openIn" => o.open_in = crate::model::OpenIn::parse(&value),
                    b"pageScripts" => o.page_scripts = value.trim() == "allow",
                    _ => {}
                }
                continue;
            }
            match attr.key.local_name().as_ref() {
                b"text" => o.text = value,
                b"title" => o.title = Some(value),
                k if k.eq_ignore_ascii_case(b"xmlurl") => o.xml_url = Some(value.trim().into()),
                k if k.eq_ignore_ascii_case(b"htmlurl") => o.html_url = Some(value),
                b"type" => o.kind = Some(value.trim().to_ascii_lowercase()),
                _ => {}
            }
        }
        Ok(o)
    }

    /// Whether an outline without a feed address groups others: a folder, or a category as
    /// some readers type it, not a link or an included file.
    fn is_group(&self) -> bool {
        !matches!(
            self.kind.as_deref(),
            Some("link" | "include" | "rss" | "atom")
        )
    }

    /// The outline's `title`, else its `text`, trimmed.
    fn name(&self) -> &str {
        self.title
            .as_deref()
            .filter(|t| !t.trim().is_empty())
            .unwrap_or(&self.text)
            .trim()
    }
}

/// "Download full articles" as OPML carries it: always, never (automatic is no attribute).
fn full_text_of(value: &str) -> Option<bool> {
    match value.trim() {
        "always" => Some(true),
        "never" => Some(false),
        _ => None,
    }
}

/// Imports an OPML document into the store in one transaction.
pub fn import_opml(store: &mut Store, xml: &str) -> Result<ImportSummary> {
    let doc = read_document(xml)?;
    let mut summary = store.import_subscriptions(&doc.folders, &doc.subscriptions)?;
    if let Some(json) = doc.rules {
        (summary.rules, summary.skipped_rules) = import_rules(store, &json)?;
    }
    Ok(summary)
}

/// Every active subscription as OPML 2.0, grouped by folder. How each feed is read rides on
/// its outline as Broadsheet's own attributes (`broadsheet:fullText`, `broadsheet:openIn`),
/// and the rules on `<head>` (`broadsheet:rules`): other readers skip a namespace they do not
/// know.
pub fn export_opml(store: &Store) -> Result<String> {
    let feeds = store.feeds()?;
    let folders = store.folders()?;
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.push_str(&format!(
        "<opml version=\"2.0\" xmlns:broadsheet=\"{NAMESPACE}\">\n"
    ));
    let rules = portable_rules(store)?;
    let rules = if rules.is_empty() {
        String::new()
    } else {
        let json = serde_json::to_string(&rules).map_err(|e| Error::Opml(e.to_string()))?;
        format!(" broadsheet:rules=\"{}\"", xml_attribute(&json))
    };
    xml.push_str(&format!(
        "  <head{rules}>\n    <title>Broadsheet subscriptions</title>\n    <dateCreated>{}</dateCreated>\n  </head>\n  <body>\n",
        chrono::Utc::now().to_rfc2822()
    ));
    write_level(&mut xml, None, 2, &feeds, &folders);
    xml.push_str("  </body>\n</opml>\n");
    Ok(xml)
}

/// The feeds of folder `parent` (`None`: the top), then its folders, each with what it holds,
/// indented `indent` levels. Folders go at most [`MAX_FOLDER_DEPTH`] deep, so neither does this.
fn write_level(
    xml: &mut String,
    parent: Option<i64>,
    indent: usize,
    feeds: &[crate::model::Feed],
    folders: &[crate::model::Folder],
) {
    let pad = "  ".repeat(indent);
    for feed in feeds.iter().filter(|f| f.folder_id == parent) {
        xml.push_str(&pad);
        xml.push_str(&feed_outline(feed));
    }
    for folder in folders.iter().filter(|f| f.parent_id == parent) {
        let name = xml_attribute(&folder.name);
        xml.push_str(&format!(
            "{pad}<outline text=\"{name}\" title=\"{name}\">\n"
        ));
        write_level(xml, Some(folder.id), indent + 1, feeds, folders);
        xml.push_str(&format!("{pad}</outline>\n"));
    }
}

/// One feed's `<outline>` line.
fn feed_outline(feed: &crate::model::Feed) -> String {
    let mut line = format!(
        "<outline text=\"{title}\" title=\"{title}\" type=\"rss\" xmlUrl=\"{}\"",
        xml_attribute(&feed.url),
        title = xml_attribute(&feed.title)
    );
    if let Some(site) = &feed.site_url {
        line.push_str(&format!(" htmlUrl=\"{}\"", xml_attribute(site)));
    }
    if let Some(full) = feed.full_text {
        let said = if full { "always" } else { "never" };
        line.push_str(&format!(" broadsheet:fullText=\"{said}\""));
    }
    if let Some(open_in) = feed.open_in {
        line.push_str(&format!(" broadsheet:openIn=\"{}\"", open_in.as_str()));
    }
    if feed.page_scripts {
        line.push_str(" broadsheet:pageScripts=\"allow\"");
    }
    line.push_str("/>\n");
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"<?xml version="1.0"?>
<opml version="2.0"><head><title>x</title></head><body>
  <outline text="Loose" xmlUrl="http://a.example/feed" htmlUrl="http://a.example/"/>
  <outline text="News" title="News">
    <outline text="Khaama" title="Khaama Press" type="rss" xmlUrl="http://k.example/feed"/>
    <outline text="Deeper"><outline text="D" xmlUrl="http://d.example/rss"/></outline>
  </outline>
  <outline text="News"><outline text="Dup" xmlUrl="http://k.example/feed"/></outline>
  <outline text="bad" xmlUrl="not a url"/>
</body></opml>"#;

    #[test]
    fn reads_folders_and_titles() {
        let subs = read_opml(SAMPLE).unwrap();
        let summary: Vec<_> = subs
            .iter()
            .map(|s| (s.url.as_str(), s.folder.join("/"), s.title.as_deref()))
            .collect();
        assert_eq!(
            summary,
            vec![
                ("http://a.example/feed", "".into(), Some("Loose")),
                ("http://k.example/feed", "News".into(), Some("Khaama Press")),
                ("http://d.example/rss", "News/Deeper".into(), Some("D")),
                ("http://k.example/feed", "News".into(), Some("Dup")),
                ("not a url", "".into(), Some("bad")),
            ]
        );
    }

    #[test]
    fn import_skips_duplicates_and_invalid_then_round_trips() {
        let (_d, mut store) = crate::store::test_store();
        let s = import_opml(&mut store, SAMPLE).unwrap();
        assert_eq!(
            s,
            ImportSummary {
                added: 3,
                skipped_duplicates: 1,
                skipped_invalid: 1,
                folders: 2,
                ..Default::default()
            }
        );
        let again = import_opml(&mut store, SAMPLE).unwrap();
        assert_eq!(again.added, 0);
        assert_eq!(again.skipped_duplicates, 4);

        let exported = export_opml(&store).unwrap();
        let (_d2, mut other) = crate::store::test_store();
        import_opml(&mut other, &exported).unwrap();
        let shape = |s: &Store| {
            s.feeds()
                .unwrap()
                .into_iter()
                .map(|f| (f.url, f.title, f.folder, f.site_url))
                .collect::<Vec<_>>()
        };
        assert_eq!(shape(&store), shape(&other));
    }

    #[test]
    fn rules_travel_with_the_subscriptions_and_other_readers_ignore_them() {
        use crate::feeds::rules::{Action, Field, MatchKind, Rule};
        let (_d, mut store) = crate::store::test_store();
        import_opml(&mut store, SAMPLE).unwrap();
        let khaama = store
            .feeds()
            .unwrap()
            .into_iter()
            .find(|f| f.url == "http://k.example/feed")
            .unwrap();
        let news = store.folder_id("News").unwrap();
        let rules = [
            Rule {
                id: 0,
                enabled: true,
                fields: vec![Field::Title, Field::Text],
                match_kind: MatchKind::Regex,
                pattern: r#"sport|"football" & <b>\d+"#.into(),
                case_sensitive: false,
                feed_id: None,
                folder_id: None,
                actions: vec![Action::Read, Action::Hide],
            },
            Rule {
                id: 0,
                enabled: false,
                fields: vec![Field::Author],
                match_kind: MatchKind::All,
                pattern: "طالبان Kabul\nnews".into(),
                case_sensitive: true,
                feed_id: Some(khaama.id),
                folder_id: None,
                actions: vec![Action::Bookmark, Action::NoFullText],
            },
            Rule {
                id: 0,
                enabled: true,
                fields: vec![Field::Feed],
                match_kind: MatchKind::Any,
                pattern: "wire".into(),
                case_sensitive: false,
                feed_id: None,
                folder_id: Some(news),
                actions: vec![Action::Notify],
            },
        ];
        for r in &rules {
            store.add_rule(r, 1).unwrap();
        }
        let exported = export_opml(&store).unwrap();
        assert!(
            exported.contains(&format!("xmlns:broadsheet=\"{NAMESPACE}\"")),
            "{exported}"
        );
        // another reader's parser reads the same subscriptions and nothing else
        let parsed = opml::OPML::from_str(&exported).unwrap();
        assert_eq!(parsed.body.outlines.len(), 2, "Loose, News (Deeper inside)");

        let (_d2, mut other) = crate::store::test_store();
        let summary = import_opml(&mut other, &exported).unwrap();
        assert_eq!((summary.rules, summary.skipped_rules), (3, 0));
        let described = |s: &Store| {
            s.rules()
                .unwrap()
                .into_iter()
                .map(|r| {
                    let feed = r.feed_id.map(|id| s.feed(id).unwrap().url);
                    let folder = r.folder_id.map(|id| {
                        s.folders()
                            .unwrap()
                            .into_iter()
                            .find(|f| f.id == id)
                            .unwrap()
                            .name
                    });
                    (r.enabled, r.case_sensitive, r.describe(), feed, folder)
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(described(&store), described(&other));
        // importing again adds no rule twice
        assert_eq!(import_opml(&mut other, &exported).unwrap().rules, 0);
        assert_eq!(other.rules().unwrap().len(), 3);
    }

    #[test]
    fn how_each_feed_is_read_travels_and_other_readers_still_read_the_file() {
        use crate::model::OpenIn;
        let (_d, mut store) = crate::store::test_store();
        import_opml(&mut store, SAMPLE).unwrap();
        let feeds = store.feeds().unwrap();
        let id_of = |url: &str| feeds.iter().find(|f| f.url == url).unwrap().id;
        store
            .set_feed_open_in(id_of("http://a.example/feed"), Some(OpenIn::Browser))
            .unwrap();
        store
            .set_feed_open_in(id_of("http://k.example/feed"), Some(OpenIn::Inside))
            .unwrap();
        store
            .set_feed_full_text(id_of("http://k.example/feed"), Some(false))
            .unwrap();
        store
            .set_feed_full_text(id_of("http://d.example/rss"), Some(true))
            .unwrap();
        store
            .set_feed_page_scripts(id_of("http://k.example/feed"), true)
            .unwrap();
        let exported = export_opml(&store).unwrap();
        assert!(
            exported.contains("broadsheet:openIn=\"inside\"")
                && exported.contains("broadsheet:fullText=\"never\"")
                && exported.contains("broadsheet:pageScripts=\"allow\""),
            "{exported}"
        );
        assert_eq!(
            outlines_of(&exported)
                .iter()
                .filter(|(_, _, url)| url.is_some())
                .count(),
            3,
            "another reader sees every feed"
        );
        let (_d2, mut other) = crate::store::test_store();
        import_opml(&mut other, &exported).unwrap();
        type How = (String, Option<bool>, Option<OpenIn>, bool);
        let read: Vec<How> = other
            .feeds()
            .unwrap()
            .into_iter()
            .map(|f| (f.url, f.full_text, f.open_in, f.page_scripts))
            .collect();
        let mut want: Vec<How> = store
            .feeds()
            .unwrap()
            .into_iter()
            .map(|f| (f.url, f.full_text, f.open_in, f.page_scripts))
            .collect();
        want.sort();
        let mut read = read;
        read.sort();
        assert_eq!(read, want);
        assert!(read.iter().any(|r| r.2 == Some(OpenIn::Browser)));
        assert_eq!(
            read.iter().filter(|r| r.3).count(),
            1,
            "one page may run scripts"
        );
    }

    #[test]
    fn broken_opml_is_a_clear_error() {
        let (_d, mut store) = crate::store::test_store();
        let err = import_opml(&mut store, "<opml><body><outline").unwrap_err();
        assert!(err.to_string().starts_with("could not read the OPML file"));
        assert!(store.feeds().unwrap().is_empty());
    }

    #[test]
    fn outlines_nested_fifty_thousand_deep_import_without_overflow() {
        let n = 50_000;
        let xml = format!(
            "<?xml version=\"1.0\"?><opml version=\"2.0\"><body>{}<outline text=\"f\" \
             xmlUrl=\"http://deep.example/feed\"/>{}</body></opml>",
            "<outline text=\"level\">".repeat(n),
            "</outline>".repeat(n)
        );
        // on a small stack, as a recursive reader would overflow it
        let subs = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || read_opml(&xml))
            .unwrap()
            .join()
            .unwrap()
            .unwrap();
        assert_eq!(subs.len(), 1);
        assert_eq!(
            subs[0].folder.len(),
            MAX_FOLDER_DEPTH,
            "held at the deepest folder"
        );
        assert!(subs[0].folder.iter().all(|n| n == "level"));
        // and imported so, one folder a level
        let (_d, mut store) = crate::store::test_store();
        let xml = format!(
            "<opml version=\"2.0\"><body>{}<outline text=\"f\" \
             xmlUrl=\"http://deep.example/feed\"/>{}</body></opml>",
            "<outline text=\"level\">".repeat(n),
            "</outline>".repeat(n)
        );
        let summary = import_opml(&mut store, &xml).unwrap();
        assert_eq!((summary.added, summary.folders), (1, MAX_FOLDER_DEPTH));
        let feed = &store.feeds().unwrap()[0];
        assert_eq!(
            feed.folder.as_deref(),
            Some(["level"; MAX_FOLDER_DEPTH].join("/").as_str())
        );
        let err = read_opml("<rss><channel/></rss>").unwrap_err();
        assert!(err.to_string().contains("not an OPML file"), "{err}");
    }

    /// Every outline as (depth, text, xmlUrl), in document order, as the opml crate reads it.
    fn outlines_of(xml: &str) -> Vec<(usize, String, Option<String>)> {
        let parsed = opml::OPML::from_str(xml).unwrap();
        let mut out = Vec::new();
        let mut todo: Vec<(usize, &opml::Outline)> =
            parsed.body.outlines.iter().rev().map(|o| (0, o)).collect();
        while let Some((depth, o)) = todo.pop() {
            out.push((depth, o.text.clone(), o.xml_url.clone()));
            todo.extend(o.outlines.iter().rev().map(|c| (depth + 1, c)));
        }
        out
    }

    const TREE: &str = r#"<?xml version="1.0"?>
<opml version="2.0"><head><title>tree</title></head><body>
  <outline text="Top" xmlUrl="http://top.example/feed"/>
  <outline text="News">
    <outline text="Wire" xmlUrl="http://wire.example/feed"/>
    <outline text="Asia">
      <outline text="Afghanistan">
        <outline text="Khaama" xmlUrl="http://k.example/feed">
          <outline text="Inside a feed" xmlUrl="http://inside.example/feed"/>
        </outline>
      </outline>
      <outline text="Empty for now"/>
    </outline>
  </outline>
  <outline text="Travel">
    <outline text="Asia"><outline text="Lonely" xmlUrl="http://lonely.example/feed"/></outline>
  </outline>
  <outline text="Nothing here"></outline>
  <outline text="A link" type="link" url="http://link.example/"/>
</body></opml>"#;

    #[test]
    fn a_tree_of_folders_imports_as_a_tree_and_exports_outline_for_outline() {
        let (_d, mut store) = crate::store::test_store();
        let summary = import_opml(&mut store, TREE).unwrap();
        assert_eq!(summary.added, 5);
        let paths = crate::store::test_folder_paths(&store);
        assert_eq!(
            paths,
            [
                "News",
                "News/Asia",
                "News/Asia/Afghanistan",
                "News/Asia/Empty for now",
                "Nothing here",
                "Travel",
                "Travel/Asia"
            ],
            "the same name at two places, empty folders kept, a link is no folder"
        );
        let folder_of = |url: &str| {
            store
                .feeds()
                .unwrap()
                .into_iter()
                .find(|f| f.url == url)
                .unwrap()
                .folder
        };
        assert_eq!(folder_of("http://top.example/feed"), None);
        assert_eq!(
            folder_of("http://lonely.example/feed").as_deref(),
            Some("Travel/Asia")
        );
        // an outline both a feed and a folder: what is inside it is in the feed's folder
        assert_eq!(
            folder_of("http://inside.example/feed").as_deref(),
            Some("News/Asia/Afghanistan")
        );

        // out and in again: the same tree, outline for outline, read by another parser too
        let exported = export_opml(&store).unwrap();
        let (_d2, mut other) = crate::store::test_store();
        import_opml(&mut other, &exported).unwrap();
        let again = export_opml(&other).unwrap();
        let body = |xml: &str| xml[xml.find("<body>").unwrap()..].to_string();
        assert_eq!(body(&exported), body(&again));
        let outlines = outlines_of(&exported);
        assert_eq!(outlines, outlines_of(&again));
        assert!(
            outlines.contains(&(2, "Afghanistan".into(), None))
                && outlines.contains(&(3, "Khaama".into(), Some("http://k.example/feed".into())))
                && outlines.contains(&(2, "Empty for now".into(), None))
                && outlines.contains(&(1, "Asia".into(), None)),
            "{outlines:?}"
        );
        // what the opml crate writes of it reads back the same
        let rewritten = opml::OPML::from_str(&exported)
            .unwrap()
            .to_string()
            .unwrap();
        let (_d3, mut third) = crate::store::test_store();
        import_opml(&mut third, &rewritten).unwrap();
        assert_eq!(body(&export_opml(&third).unwrap()), body(&exported));
    }
}
