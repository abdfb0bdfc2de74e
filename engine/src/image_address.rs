//! The address of a stored image as the reading view writes it: the app's own URI scheme, in
//! the form each OS's webview reaches it. The sanitizer lets this scheme through, the reader
//! and the offline pass write it, and the app registers it; none of them owns it. And, the
//! same way, the address the player finds a downloaded episode at (`bsmedia`).

/// The URI scheme the app registers for stored images.
pub const IMAGE_SCHEME: &str = "bsimg";

/// Where the reading view finds a stored image on this OS.
pub const IMAGE_URL_PREFIX: &str = image_url_prefix(cfg!(windows));

/// Where the reading view finds a stored image: the app's own scheme. Windows' webview
/// (WebView2) reaches custom schemes as `http://<scheme>.localhost`; WebKit (Linux, macOS)
/// as `<scheme>://localhost`. A function so both forms are tested on any OS.
pub const fn image_url_prefix(windows: bool) -> &'static str {
    if windows {
        "http://bsimg.localhost/"
    } else {
        "bsimg://localhost/"
    }
}

/// The URI scheme the app registers for downloaded episodes.
pub const MEDIA_SCHEME: &str = "bsmedia";

/// Where downloaded episodes are served instead of the scheme, when the app says so.
static MEDIA_BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Downloaded episodes are served from `base` (an address prefix the article id follows):
/// on Linux, whose webview cannot play media from an app's own scheme, the window's loopback
/// server. Said once, at start; later calls change nothing.
pub fn serve_media_from(base: String) {
    let _ = MEDIA_BASE.set(base);
}

/// Where the player finds article `id`'s downloaded episode on this OS.
pub fn media_url(id: i64) -> String {
    match MEDIA_BASE.get() {
        Some(base) => format!("{base}{id}"),
        None => media_url_for(cfg!(windows), id),
    }
}

/// Where the player finds article `id`'s downloaded episode (the two forms as for images).
pub fn media_url_for(windows: bool, id: i64) -> String {
    if windows {
        format!("http://{MEDIA_SCHEME}.localhost/{id}")
    } else {
        format!("{MEDIA_SCHEME}://localhost/{id}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scheme_url_has_each_webviews_form() {
        assert_eq!(image_url_prefix(false), "bsimg://localhost/");
        assert_eq!(image_url_prefix(true), "http://bsimg.localhost/");
        assert!(IMAGE_URL_PREFIX.contains(IMAGE_SCHEME));
        assert_eq!(media_url_for(false, 7), "bsmedia://localhost/7");
        assert_eq!(media_url_for(true, 7), "http://bsmedia.localhost/7");
    }
}
