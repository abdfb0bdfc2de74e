//! List pictures: an article's lead image, chosen among the images the offline pass stored for
//! it, and made small once (a JPEG of at most [`THUMB_WIDTH`] × [`THUMB_HEIGHT`], stored in the
//! image store like any picture), so the list never loads a remote picture nor scales a whole
//! photograph. The lead is the first picture in the article's order that is large enough to be
//! a photograph (at least [`MIN_WIDTH`] × [`MIN_HEIGHT`], not a strip or a column), and is not
//! named as what pages put beside a story: a tracking pixel, an icon, an avatar, a logo, a
//! button, a stand-in for a lazy picture. Made on first sight of the row (the list asks), not
//! in the refresh: only what someone scrolls to costs the work.
//!
//! Three steps so the caller can hold the store only for the first and the last:
//! [`plan`] (which stored pictures, store read), [`make`] (choose, decode, shrink, store the
//! file: no store), [`record`].

use std::collections::HashMap;
use std::io::Cursor;

use image::imageops::FilterType;
use image::{DynamicImage, GenericImageView, ImageReader};

use super::ImageStore;
use crate::error::Result;
use crate::model::Timestamp;
use crate::pages::lazy_images::is_stand_in;
use crate::store::{Store, ThumbState};

/// The thumbnail's largest size: twice the cards' and rows' picture boxes, for sharp pixels on
/// a high-density screen.
pub const THUMB_WIDTH: u32 = 480;
pub const THUMB_HEIGHT: u32 = 360;
/// The smallest picture that leads: icons (16–64 px), avatars (up to about 120 px) and
/// pixels are smaller.
pub const MIN_WIDTH: u32 = 200;
pub const MIN_HEIGHT: u32 = 120;
/// Width over height beyond which a picture is a strip (a banner, a divider) or a column.
const MAX_RATIO: f64 = 3.5;
const MIN_RATIO: f64 = 0.4;
/// Decoding bounds: a small file may claim a huge picture.
const MAX_SIDE: u32 = 16_384;
const MAX_DECODE_BYTES: u64 = 256 << 20;
const JPEG_QUALITY: u8 = 82;

/// Words of an image's address that say it is not the story's picture (whole words, so
/// `iconic-bridge.jpg` and `logos-of-the-world.jpg` still can be).
const NOT_THE_PICTURE: &[&str] = &[
    "avatar",
    "avatars",
    "gravatar",
    "icon",
    "icons",
    "favicon",
    "logo",
    "emoji",
    "emojis",
    "smiley",
    "badge",
    "sprite",
    "button",
    "share",
    "pixel",
    "tracking",
    "tracker",
    "beacon",
    "spacer",
    "feedburner",
    "doubleclick",
    "stats",
    "ads",
    "advert",
];

/// What [`plan`] found: the thumbnail's state, or the stored pictures to choose from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    Made(String),
    NoPicture,
    NotYet,
    /// The article's stored pictures in its order: (address, stored hash, the thumbnail
    /// already made from it for another article).
    Choose(Vec<Candidate>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub url: String,
    pub hash: String,
    pub thumb: Option<String>,
}

/// What [`make`] made: the picture chosen (its hash) and the thumbnail file, or nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Made {
    pub source: String,
    pub thumb: String,
    pub bytes: u64,
}

/// Step one (store read): where article `id`'s thumbnail stands, with the pictures to choose
/// from when it is to be made.
pub fn plan(store: &Store, id: i64) -> Result<Plan> {
    let job = match store.thumb_state(id)? {
        ThumbState::Made(hash) => return Ok(Plan::Made(hash)),
        ThumbState::NoPicture => return Ok(Plan::NoPicture),
        ThumbState::NotYet => return Ok(Plan::NotYet),
        ThumbState::ToMake(job) => job,
    };
    let urls = super::job_image_urls(&job);
    let stored: HashMap<String, String> = store.stored_images(&urls)?;
    let mut candidates = Vec::new();
    for url in urls {
        if let Some(hash) = stored.get(&url) {
            let thumb = store.thumb_of_picture(hash)?;
            candidates.push(Candidate {
                hash: hash.clone(),
                url,
                thumb,
            });
        }
    }
    Ok(Plan::Choose(candidates))
}

/// Step two (no store): the lead among `candidates` and its thumbnail, stored in `images`
/// unless one was made from that picture before. `None`: no picture worth showing.
pub fn make(images: &ImageStore, candidates: &[Candidate]) -> Option<Made> {
    for candidate in candidates {
        if !could_be_the_picture(&candidate.url) {
            continue;
        }
        // made before from this picture, for another article: that file, as it is
        let made_before = candidate.thumb.as_ref().and_then(|thumb| {
            let bytes = images.size_of(thumb)?;
            Some((thumb, bytes))
        });
        if let Some((thumb, bytes)) = made_before {
            return Some(Made {
                source: candidate.hash.clone(),
                thumb: thumb.clone(),
                bytes,
            });
        }
        let Some(stored) = images.read(&candidate.hash) else {
            continue;
        };
        let Some((width, height)) = dimensions(&stored.bytes) else {
            continue;
        };
        if !large_enough(width, height) {
            continue;
        }
        let Some(jpeg) = shrink(&stored.bytes) else {
            continue;
        };
        if let Ok(saved) = images.save(&jpeg) {
            return Some(Made {
                source: candidate.hash.clone(),
                thumb: saved.hash,
                bytes: saved.bytes,
            });
        }
    }
    None
}

/// Step three (store write): records what [`make`] found for article `id`.
pub fn record(store: &mut Store, id: i64, made: Option<&Made>, now: Timestamp) -> Result<()> {
    store.set_thumb(
        id,
        made.map(|m| (m.source.as_str(), m.thumb.as_str(), m.bytes)),
        now,
    )
}

/// What follows [`plan`]: the thumbnail's hash, `Some("")` for none, `None` when the images are
/// not stored yet. A picture to choose is made here and handed to `record_made` (the caller's
/// [`record`], with the store taken again only then).
pub fn finish(
    plan: Plan,
    images: &ImageStore,
    record_made: impl FnOnce(Option<&Made>) -> Result<()>,
) -> Result<Option<String>> {
    match plan {
        Plan::Made(hash) => Ok(Some(hash)),
        Plan::NoPicture => Ok(Some(String::new())),
        Plan::NotYet => Ok(None),
        Plan::Choose(candidates) => {
            let made = make(images, &candidates);
            record_made(made.as_ref())?;
            Ok(Some(made.map(|m| m.thumb).unwrap_or_default()))
        }
    }
}

/// The three steps with the store held throughout (the tests): as [`finish`] answers.
pub fn thumbnail(
    store: &mut Store,
    images: &ImageStore,
    id: i64,
    now: Timestamp,
) -> Result<Option<String>> {
    let plan = plan(store, id)?;
    finish(plan, images, |made| record(store, id, made, now))
}

/// An address that may be the story's picture: not named as a pixel, an icon, an avatar, a
/// logo or a lazy loader's stand-in.
pub fn could_be_the_picture(url: &str) -> bool {
    if is_stand_in(url) {
        return false;
    }
    let lower = url.to_ascii_lowercase();
    let without_query = lower.split(['?', '#']).next().unwrap_or(&lower);
    let address = without_query
        .split_once("://")
        .map_or(without_query, |(_, rest)| rest);
    !address
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|word| NOT_THE_PICTURE.contains(&word))
}

/// A picture's size, read from its header alone.
pub fn dimensions(bytes: &[u8]) -> Option<(u32, u32)> {
    ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .ok()?
        .into_dimensions()
        .ok()
}

/// Large enough to be a photograph, and not a strip or a column.
pub fn large_enough(width: u32, height: u32) -> bool {
    let ratio = f64::from(width) / f64::from(height.max(1));
    width >= MIN_WIDTH && height >= MIN_HEIGHT && (MIN_RATIO..=MAX_RATIO).contains(&ratio)
}

/// The picture made small: within [`THUMB_WIDTH`] × [`THUMB_HEIGHT`] (never enlarged), on white
/// where it was transparent, as a JPEG.
fn shrink(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .ok()?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let picture = reader.decode().ok()?;
    let (width, height) = picture.dimensions();
    let small = if width > THUMB_WIDTH || height > THUMB_HEIGHT {
        picture.resize(THUMB_WIDTH, THUMB_HEIGHT, FilterType::Triangle)
    } else {
        picture
    };
    let rgb = on_white(small);
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
        .encode_image(&rgb)
        .ok()?;
    Some(out)
}

/// Transparent parts painted white (a JPEG has no transparency; black would show instead).
fn on_white(picture: DynamicImage) -> image::RgbImage {
    if !picture.color().has_alpha() {
        return picture.to_rgb8();
    }
    let rgba = picture.to_rgba8();
    image::RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let a = u16::from(a);
        let blend = |c: u8| ((u16::from(c) * a + 255 * (255 - a)) / 255) as u8;
        image::Rgb([blend(r), blend(g), blend(b)])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let picture = image::RgbaImage::from_fn(width, height, |x, y| {
            image::Rgba([
                (x % 256) as u8,
                (y % 256) as u8,
                90,
                if x < 5 { 0 } else { 255 },
            ])
        });
        let mut out = Vec::new();
        DynamicImage::ImageRgba8(picture)
            .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn addresses_named_as_page_furniture_never_lead() {
        for url in [
            "https://example.com/wp-content/uploads/avatar-96.jpg",
            "https://secure.gravatar.com/avatar/abc?s=96",
            "https://example.com/static/icons/share.png",
            "https://example.com/logo.png",
            "https://feeds.feedburner.com/~r/x/~4/abc",
            "https://pixel.wp.com/g.gif?v=1",
            "https://example.com/img/lazy_placeholder.gif",
            "https://s.w.org/images/core/emoji/14.0.0/72x72/1f600.png",
        ] {
            assert!(!could_be_the_picture(url), "{url}");
        }
        for url in [
            "https://example.com/2024/04/csto-meeting.jpg",
            "https://example.com/iconic-bridge.jpg",
            "https://example.com/logos-of-the-world.jpg",
            "https://cdn.example.com/images/kabul-market-1200x800.webp?w=1200",
        ] {
            assert!(could_be_the_picture(url), "{url}");
        }
    }

    #[test]
    fn only_photograph_sized_pictures_lead() {
        assert!(!large_enough(1, 1), "a tracking pixel");
        assert!(!large_enough(64, 64), "an icon");
        assert!(!large_enough(120, 120), "an avatar");
        assert!(!large_enough(728, 90), "a banner");
        assert!(!large_enough(200, 900), "a column");
        assert!(large_enough(640, 360));
        assert!(large_enough(300, 400));
    }

    #[test]
    fn the_first_large_picture_leads_and_is_made_small_once() {
        let dir = tempfile::tempdir().unwrap();
        let images = ImageStore::in_data_dir(dir.path());
        let candidate = |url: &str, bytes: &[u8]| Candidate {
            url: url.into(),
            hash: images.save(bytes).unwrap().hash,
            thumb: None,
        };
        let candidates = [
            candidate("https://example.com/a/pixel.gif", &png(1, 1)),
            candidate("https://example.com/a/author.png", &png(96, 96)),
            candidate("https://example.com/a/wide.png", &png(1000, 100)),
            candidate("https://example.com/a/photo.png", &png(1200, 800)),
            candidate("https://example.com/a/second.png", &png(800, 600)),
        ];
        let made = make(&images, &candidates).expect("a lead");
        assert_eq!(made.source, candidates[3].hash);
        let thumb = images.read(&made.thumb).unwrap();
        assert_eq!(thumb.mime, "image/jpeg");
        assert_eq!(dimensions(&thumb.bytes), Some((THUMB_WIDTH, 320)));
        // transparent parts are white, not black
        let decoded = image::load_from_memory(&thumb.bytes).unwrap().to_rgb8();
        assert!(decoded.get_pixel(0, 100).0.iter().all(|&c| c > 200));
        // made before from that picture: nothing is decoded again
        let again = [Candidate {
            thumb: Some(made.thumb.clone()),
            ..candidates[3].clone()
        }];
        let reused = make(&images, &again).unwrap();
        assert_eq!(
            (reused.thumb, reused.bytes),
            (made.thumb.clone(), made.bytes)
        );
        // small pictures are never enlarged; nothing large enough: no picture
        assert!(make(&images, &candidates[..3]).is_none());
        let small = make(
            &images,
            &[candidate("https://example.com/s.png", &png(300, 200))],
        )
        .unwrap();
        let small = images.read(&small.thumb).unwrap();
        assert_eq!(dimensions(&small.bytes), Some((300, 200)));
        // a file that claims a picture it is not: skipped, not a crash
        let mut broken = png(900, 600);
        broken.truncate(60);
        assert!(make(&images, &[candidate("https://example.com/b.png", &broken)]).is_none());
    }
}
