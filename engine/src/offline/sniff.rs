//! What an image or an episode really is, from its first bytes: the Content-Type header is
//! never trusted. Raster images only (SVG is refused: it is a document that can carry script),
//! and the sound and video formats webviews play.

/// The MIME type of `bytes` when they start like an image the reader shows, else `None`.
pub fn sniff_image(bytes: &[u8]) -> Option<&'static str> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    if starts(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if starts(b"\xFF\xD8\xFF") {
        Some("image/jpeg")
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        Some("image/gif")
    } else if bytes.len() >= 12 && starts(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else if bytes.len() >= 12
        && &bytes[4..8] == b"ftyp"
        && matches!(&bytes[8..12], b"avif" | b"avis")
    {
        Some("image/avif")
    } else if starts(b"BM") && bytes.len() > 26 {
        Some("image/bmp")
    } else {
        None
    }
}

/// The MIME type of `bytes` when they start like sound or video a webview plays, else `None`
/// (a page, a script, an image or an archive sent in an episode's place). Needs the first 12
/// bytes; the extension and Content-Type are never trusted.
pub fn sniff_media(bytes: &[u8]) -> Option<&'static str> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    if bytes.len() < 12 {
        return None;
    }
    if starts(b"ID3") {
        Some("audio/mpeg")
    } else if bytes[0] == 0xFF && bytes[1] & 0xE0 == 0xE0 {
        // a frame's sync word: layer bits 00 are AAC in ADTS, the others MPEG audio
        if bytes[1] & 0x06 == 0 {
            Some("audio/aac")
        } else {
            Some("audio/mpeg")
        }
    } else if &bytes[4..8] == b"ftyp" {
        match &bytes[8..12] {
            b"M4A " | b"M4B " | b"M4P " => Some("audio/mp4"),
            // still pictures in the same box format
            b"avif" | b"avis" | b"heic" | b"heix" | b"mif1" | b"msf1" => None,
            _ => Some("video/mp4"),
        }
    } else if starts(b"OggS") {
        Some("audio/ogg")
    } else if starts(b"\x1A\x45\xDF\xA3") {
        Some("video/webm")
    } else if starts(b"RIFF") && &bytes[8..12] == b"WAVE" {
        Some("audio/wav")
    } else if starts(b"fLaC") {
        Some("audio/flac")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sound_and_video_are_known_by_their_bytes() {
        let with = |head: &[u8]| {
            let mut b = head.to_vec();
            b.resize(16, 0);
            sniff_media(&b)
        };
        assert_eq!(with(b"ID3\x04\0\0"), Some("audio/mpeg"));
        assert_eq!(with(b"\xFF\xFB\x90\x64"), Some("audio/mpeg"));
        assert_eq!(with(b"\xFF\xF1\x50\x80"), Some("audio/aac"));
        assert_eq!(with(b"\0\0\0\x20ftypM4A "), Some("audio/mp4"));
        assert_eq!(with(b"\0\0\0\x18ftypisom"), Some("video/mp4"));
        assert_eq!(with(b"OggS\0\x02"), Some("audio/ogg"));
        assert_eq!(with(b"\x1A\x45\xDF\xA3\x9F"), Some("video/webm"));
        assert_eq!(with(b"RIFF\x24\0\0\0WAVEfmt "), Some("audio/wav"));
        assert_eq!(with(b"fLaC\0\0\0\x22"), Some("audio/flac"));
    }

    #[test]
    fn pages_pictures_and_scraps_are_not_media() {
        for not_media in [
            &b"<!doctype html><html><body>Not found</body></html>"[..],
            b"<?xml version=\"1.0\"?><rss></rss>",
            b"\0\0\0\x1cftypavif\0\0\0\0",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
            b"PK\x03\x04\x14\0\0\0\0\0\0\0",
            b"ID3",
            b"",
        ] {
            assert_eq!(sniff_media(not_media), None, "{not_media:?}");
        }
    }

    #[test]
    fn real_images_are_known_by_their_bytes() {
        let png = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../tests/fixtures/seed-story/images/csto-meeting.png"),
        )
        .unwrap();
        assert_eq!(sniff_image(&png), Some("image/png"));
        assert_eq!(
            sniff_image(b"\xFF\xD8\xFF\xE0\0\x10JFIF"),
            Some("image/jpeg")
        );
        assert_eq!(sniff_image(b"GIF89a\x01\0\x01\0"), Some("image/gif"));
        assert_eq!(sniff_image(b"RIFF\x24\0\0\0WEBPVP8 "), Some("image/webp"));
        assert_eq!(
            sniff_image(b"\0\0\0\x1cftypavif\0\0\0\0"),
            Some("image/avif")
        );
    }

    #[test]
    fn anything_else_is_refused_whatever_it_claims_to_be() {
        for not_image in [
            &b"<html><script>alert(1)</script>"[..],
            b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
            b"<?xml version=\"1.0\"?><svg/>",
            b"",
            b"\x89PN",
            b"RIFF\x24\0\0\0WAVEfmt ",
            b"%PDF-1.7",
            b"MZ\x90\0",
        ] {
            assert_eq!(sniff_image(not_image), None, "{not_image:?}");
        }
    }
}
