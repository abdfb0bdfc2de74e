//! An item's own picture, as feeds give it beside the text: Media RSS (`media:content` of an
//! image type, `media:thumbnail`), an image enclosure, JSON Feed's `image`. When the item's HTML
//! shows no picture of its own, this one is put at its head, so the offline pass stores it, the
//! reader shows it and the list has it for its thumbnail.

use feed_rs::model::Entry;
use url::Url;

/// The address of `entry`'s picture: the widest image the feed gives as its media, else its
/// widest thumbnail.
pub fn feed_picture(entry: &Entry, base: Option<&Url>) -> Option<String> {
    let media = entry.media.iter().flat_map(|m| &m.content).filter_map(|c| {
        let url = c.url.as_ref()?;
        let image = match &c.content_type {
            Some(t) => t.to_string().to_ascii_lowercase().starts_with("image/"),
            None => looks_like_an_image_file(url.path()),
        };
        image.then(|| (c.width.unwrap_or(0), url.to_string()))
    });
    let thumbnails = entry
        .media
        .iter()
        .flat_map(|m| &m.thumbnails)
        .map(|t| (t.image.width.unwrap_or(0), t.image.uri.clone()));
    let widest = |(w, _): &(u32, String)| *w;
    media
        .max_by_key(widest)
        .or_else(|| thumbnails.max_by_key(widest))
        .and_then(|(_, href)| super::parse::resolve(base, &href))
}

fn looks_like_an_image_file(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    [".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

/// `summary` and `content` with `picture` at the head of the one the reader shows (the content,
/// else the summary), unless that HTML has a picture of its own.
pub fn with_feed_picture(
    summary: Option<String>,
    content: Option<String>,
    picture: Option<String>,
) -> (Option<String>, Option<String>) {
    let Some(picture) = picture else {
        return (summary, content);
    };
    let shown = content.as_deref().or(summary.as_deref()).unwrap_or("");
    if shown.to_ascii_lowercase().contains("<img") {
        return (summary, content);
    }
    let figure = format!(
        "<figure><img src=\"{}\" alt=\"\"></figure>",
        html_escape::encode_double_quoted_attribute(&picture)
    );
    match (summary, content) {
        (summary, Some(content)) => (summary, Some(format!("{figure}{content}"))),
        (Some(summary), None) => (Some(format!("{figure}{summary}")), None),
        (None, None) => (Some(figure), None),
    }
}

#[cfg(test)]
mod tests {
    use crate::feeds::parse::parse_feed;

    fn parsed(items: &str) -> Vec<crate::model::NewArticle> {
        let rss = format!(
            r#"<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title>{items}</channel></rss>"#
        );
        parse_feed(
            rss.as_bytes(),
            None,
            "https://news.example/feed.xml",
            1_800_000_000,
        )
        .unwrap()
        .articles
    }

    #[test]
    fn the_feeds_picture_heads_an_item_without_one() {
        let items = parsed(
            r#"<item><guid>1</guid><title>Media</title><description>Words.</description>
                 <media:content url="https://cdn.example/small.jpg" medium="image" type="image/jpeg" width="300"/>
                 <media:content url="https://cdn.example/large.jpg" type="image/jpeg" width="1200"/></item>
               <item><guid>2</guid><title>Enclosure</title><description>Words.</description>
                 <enclosure url="/pics/kabul.png" type="image/png" length="1000"/></item>
               <item><guid>3</guid><title>Thumbnail</title>
                 <media:thumbnail url="https://cdn.example/thumb.jpg" width="640"/></item>
               <item><guid>4</guid><title>Own picture</title><description>&lt;img src="https://news.example/own.jpg"&gt;</description>
                 <media:content url="https://cdn.example/other.jpg" type="image/jpeg"/></item>
               <item><guid>5</guid><title>Sound</title><description>Listen.</description>
                 <enclosure url="https://cdn.example/show.mp3" type="audio/mpeg" length="1000"/></item>"#,
        );
        let summary = |i: usize| items[i].summary.clone().unwrap_or_default();
        assert!(
            summary(0).starts_with(r#"<figure><img src="https://cdn.example/large.jpg""#),
            "{}",
            summary(0)
        );
        assert!(summary(0).ends_with("Words."));
        assert!(
            summary(1).contains(r#"src="https://news.example/pics/kabul.png""#),
            "{}",
            summary(1)
        );
        assert!(
            summary(2).contains("https://cdn.example/thumb.jpg"),
            "{}",
            summary(2)
        );
        assert!(
            !summary(3).contains("other.jpg"),
            "its own picture stays the only one"
        );
        assert_eq!(summary(4), "Listen.", "a sound is no picture");
    }
}
