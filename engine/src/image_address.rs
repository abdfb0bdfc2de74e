//! The address of a stored image as the reading view writes it: the app's own URI scheme, in
//! the form each OS's webview reaches it. The sanitizer lets this scheme through, the reader
//! and the offline pass write it, and the app registers it; none of them owns it.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scheme_url_has_each_webviews_form() {
        assert_eq!(image_url_prefix(false), "bsimg://localhost/");
        assert_eq!(image_url_prefix(true), "http://bsimg.localhost/");
        assert!(IMAGE_URL_PREFIX.contains(IMAGE_SCHEME));
    }
}
