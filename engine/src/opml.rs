//! OPML import and export. Import keeps folders (an outline holding feeds is a folder; nested
//! folders take the innermost name), skips duplicates, and writes everything in one
//! transaction. Export writes what import reads, so a round trip loses nothing.

use opml::{Outline, OPML};
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

/// The subscriptions an OPML document lists, with their folder names.
pub fn read_opml(xml: &str) -> Result<Vec<Subscription>> {
    let xml = crate::parse::to_utf8(xml.as_bytes(), None);
    let doc = OPML::from_str(&xml).map_err(|e| Error::Opml(e.to_string()))?;
    let mut out = Vec::new();
    for outline in &doc.body.outlines {
        collect(outline, None, &mut out);
    }
    Ok(out)
}

/// An outline's `title`, else its `text`, trimmed.
fn outline_name(outline: &Outline) -> &str {
    outline
        .title
        .as_deref()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or(&outline.text)
        .trim()
}

fn collect(outline: &Outline, folder: Option<&str>, out: &mut Vec<Subscription>) {
    if let Some(url) = outline
        .xml_url
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty())
    {
        let title = outline_name(outline);
        out.push(Subscription {
            url: url.to_string(),
            title: (!title.is_empty()).then(|| title.to_string()),
            site_url: outline.html_url.clone().filter(|u| !u.trim().is_empty()),
            folder: folder.map(str::to_string),
        });
    }
    if !outline.outlines.is_empty() {
        let name = outline_name(outline);
        // a feed outline with children, or a nameless group, keeps the enclosing folder
        let inner = if outline.xml_url.is_none() && !name.is_empty() {
            Some(name)
        } else {
            folder
        };
        for child in &outline.outlines {
            collect(child, inner, out);
        }
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
}
