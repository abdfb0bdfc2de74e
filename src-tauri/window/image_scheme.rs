//! The `bsimg:` URI scheme: the reading view's and the list's only source of images. It
//! answers with a file from the image store when the path is exactly a stored image's hash, or
//! `thumb/<article id>` (the list's picture of an article, made on first sight by `thumb_of`),
//! and with 404 for anything else; it never fetches, never reads outside the store.

use broadsheet_engine::offline::ImageStore;
use tauri::http::{header, Method, Request, Response, StatusCode};

/// Answers `request`; `thumb_of` gives an article's thumbnail (its hash), making it if need be.
pub fn respond(
    images: &ImageStore,
    request: &Request<Vec<u8>>,
    thumb_of: impl FnOnce(i64) -> Option<String>,
) -> Response<Vec<u8>> {
    if request.method() != Method::GET {
        return plain(StatusCode::METHOD_NOT_ALLOWED, "only GET");
    }
    let path = request.uri().path().trim_start_matches('/');
    let thumb;
    let name = match path.strip_prefix("thumb/") {
        Some(id) => {
            let Some(hash) = id.parse::<i64>().ok().and_then(thumb_of) else {
                return plain(StatusCode::NOT_FOUND, "no picture");
            };
            thumb = hash;
            thumb.as_str()
        }
        None => path,
    };
    match images.serve(name) {
        Ok(image) => Response::builder()
            .status(StatusCode::OK)
            .header(header::CONTENT_TYPE, image.mime)
            .header(header::CACHE_CONTROL, "max-age=31536000, immutable")
            .header("X-Content-Type-Options", "nosniff")
            .header(header::CONTENT_SECURITY_POLICY, "default-src 'none'")
            .body(image.bytes)
            .unwrap_or_else(|_| plain(StatusCode::INTERNAL_SERVER_ERROR, "")),
        Err(refused) => plain(StatusCode::NOT_FOUND, &refused.to_string()),
    }
}

/// A short plain-text answer (the schemes' refusals).
pub(crate) fn plain(status: StatusCode, text: &str) -> Response<Vec<u8>> {
    let mut response = Response::new(text.as_bytes().to_vec());
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An image store in `dir` holding the seed story's picture: the store, its bytes, its record.
    fn stored_picture(
        dir: &std::path::Path,
    ) -> (ImageStore, Vec<u8>, broadsheet_engine::offline::SavedImage) {
        let images = ImageStore::in_data_dir(dir);
        let png = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/seed-story/images/csto-meeting.png"),
        )
        .unwrap();
        let saved = images.save(&png).unwrap();
        (images, png, saved)
    }

    fn get(images: &ImageStore, uri: &str) -> Response<Vec<u8>> {
        respond(images, &Request::get(uri).body(Vec::new()).unwrap(), |_| {
            None
        })
    }

    #[test]
    fn serves_stored_images_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("broadsheet.db"), b"private").unwrap();
        let (images, png, saved) = stored_picture(dir.path());

        let ok = get(&images, &format!("bsimg://localhost/{}", saved.hash));
        assert_eq!(ok.status(), StatusCode::OK);
        assert_eq!(ok.headers()[header::CONTENT_TYPE], "image/png");
        assert_eq!(ok.body(), &png);
        let windows = get(&images, &format!("http://bsimg.localhost/{}", saved.hash));
        assert_eq!(windows.status(), StatusCode::OK);

        for uri in [
            "bsimg://localhost/",
            "bsimg://localhost/../broadsheet.db",
            "bsimg://localhost/%2e%2e/broadsheet.db",
            "bsimg://localhost/broadsheet.db",
            "bsimg://localhost/https://evil.example/x.png",
            &format!("bsimg://localhost/{}/x", saved.hash),
            &format!("bsimg://localhost/{}", "0".repeat(64)),
        ] {
            let r = get(&images, uri);
            assert_eq!(r.status(), StatusCode::NOT_FOUND, "{uri}");
            assert!(!r.body().starts_with(b"private"), "{uri}");
        }
        let post = respond(
            &images,
            &Request::post(format!("bsimg://localhost/{}", saved.hash))
                .body(Vec::new())
                .unwrap(),
            |_| None,
        );
        assert_eq!(post.status(), StatusCode::METHOD_NOT_ALLOWED);
    }

    #[test]
    fn an_articles_picture_is_its_thumbnail_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let (images, png, saved) = stored_picture(dir.path());
        let thumb_of = |id: i64| (id == 7).then(|| saved.hash.clone());
        let ask = |uri: &str| {
            respond(
                &images,
                &Request::get(uri).body(Vec::new()).unwrap(),
                thumb_of,
            )
        };
        let ok = ask("bsimg://localhost/thumb/7");
        assert_eq!(ok.status(), StatusCode::OK);
        assert_eq!(ok.body(), &png);
        for uri in [
            "bsimg://localhost/thumb/8",
            "bsimg://localhost/thumb/",
            "bsimg://localhost/thumb/7/x",
            "bsimg://localhost/thumb/../broadsheet.db",
        ] {
            assert_eq!(ask(uri).status(), StatusCode::NOT_FOUND, "{uri}");
        }
    }
}
