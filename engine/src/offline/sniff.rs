//! What an image really is, from its first bytes: the Content-Type header is never trusted.
//! Raster formats only; SVG is refused (it is a document that can carry script).

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

#[cfg(test)]
mod tests {
    use super::*;

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
