//! OPML import and export. Import keeps folders (an outline holding feeds is a folder; nested
//! folders take the innermost name), skips duplicates, and writes everything in one
//! transaction. Export writes what import reads, so a round trip loses nothing.

use opml::{Outline, OPML};
use quick_xml::events::Event;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::store::{Store, Subscription};

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportSummary {
    pub added: usize,
    pub skipped_duplicates: usize,
    pub skipped_invalid: usize,
    pub folders: usize,
}

/// The subscriptions an OPML document lists, with their folder names. Read as a stream of XML
/// events with an explicit stack (no recursion), so outlines nested any number of levels deep
/// cost memory in proportion to the file and never the call stack.
pub fn read_opml(xml: &str) -> Result<Vec<Subscription>> {
    let xml = crate::parse::to_utf8(xml.as_bytes(), None);
    let bad = |e: &dyn std::fmt::Display| Error::Opml(e.to_string());
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut out = Vec::new();
    // one entry per open <outline>: the folder its children belong to
    let mut open: Vec<Option<String>> = Vec::new();
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
        if e.local_name().as_ref() != b"outline" {
            continue;
        }
        let outline = OutlineAttrs::read(&e).map_err(|e| bad(&e))?;
        let folder = open.last().cloned().flatten();
        if let Some(url) = outline.xml_url.as_deref().filter(|u| !u.is_empty()) {
            out.push(Subscription {
                url: url.to_string(),
                title: (!outline.name().is_empty()).then(|| outline.name().to_string()),
                site_url: outline.html_url.clone().filter(|u| !u.trim().is_empty()),
                folder: folder.clone(),
            });
        }
        if has_children {
            // a feed outline with children, or a nameless group, keeps the enclosing folder
            let name = outline.name();
            open.push(if outline.xml_url.is_none() && !name.is_empty() {
                Some(name.to_string())
            } else {
                folder
            });
        }
    }
    if !seen_root {
        return Err(bad(&"not an OPML file"));
    }
    Ok(out)
}

/// The attributes of one `<outline>` that import reads.
#[derive(Default)]
struct OutlineAttrs {
    text: String,
    title: Option<String>,
    xml_url: Option<String>,
    html_url: Option<String>,
}

impl OutlineAttrs {
    fn read(e: &quick_xml::events::BytesStart) -> std::result::Result<Self, quick_xml::Error> {
        let mut o = OutlineAttrs::default();
        for attr in e.attributes().with_checks(false) {
            let attr = attr?;
            let value = attr
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)?
                .into_owned();
            match attr.key.local_name().as_ref() {
                b"text" => o.text = value,
                b"title" => o.title = Some(value),
                k if k.eq_ignore_ascii_case(b"xmlurl") => o.xml_url = Some(value.trim().into()),
                k if k.eq_ignore_ascii_case(b"htmlurl") => o.html_url = Some(value),
                _ => {}
            }
        }
        Ok(o)
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

/// Imports an OPML document into the store in one transaction.
pub fn import_opml(store: &mut Store, xml: &str) -> Result<ImportSummary> {
    let subs = read_opml(xml)?;
    store.import_subscriptions(&subs)
}

/// Every active subscription as OPML 2.0, grouped by folder.
pub fn export_opml(store: &Store) -> Result<String> {
    let mut doc = OPML {
        version: "2.0".into(),
        head: Some(opml::Head {
            title: Some("Broadsheet subscriptions".into()),
            date_created: Some(chrono::Utc::now().to_rfc2822()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let mut folders: Vec<Outline> = Vec::new();
    for feed in store.feeds()? {
        let outline = Outline {
            text: feed.title.clone(),
            title: Some(feed.title.clone()),
            r#type: Some("rss".into()),
            xml_url: Some(feed.url.clone()),
            html_url: feed.site_url.clone(),
            ..Default::default()
        };
        match feed.folder {
            None => doc.body.outlines.push(outline),
            Some(name) => match folders.iter_mut().find(|f| f.text == name) {
                Some(folder) => folder.outlines.push(outline),
                None => folders.push(Outline {
                    text: name.clone(),
                    title: Some(name),
                    outlines: vec![outline],
                    ..Default::default()
                }),
            },
        }
    }
    doc.body.outlines.extend(folders);
    let xml = doc.to_string().map_err(|e| Error::Opml(e.to_string()))?;
    Ok(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{xml}\n"
    ))
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
            .map(|s| (s.url.as_str(), s.folder.as_deref(), s.title.as_deref()))
            .collect();
        assert_eq!(
            summary,
            vec![
                ("http://a.example/feed", None, Some("Loose")),
                ("http://k.example/feed", Some("News"), Some("Khaama Press")),
                ("http://d.example/rss", Some("Deeper"), Some("D")),
                ("http://k.example/feed", Some("News"), Some("Dup")),
                ("not a url", None, Some("bad")),
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
                folders: 2
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
        assert_eq!(subs[0].folder.as_deref(), Some("level"));
        let err = read_opml("<rss><channel/></rss>").unwrap_err();
        assert!(err.to_string().contains("not an OPML file"), "{err}");
    }
}
