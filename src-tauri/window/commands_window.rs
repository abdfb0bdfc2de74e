//! IPC commands about the window itself: the zoom of the whole UI (the page remembers the
//! level and asks for it again at every launch).

use crate::window::failure::{failure, CmdResult};

/// The zoom levels the page may ask for; anything else is brought within them.
const ZOOM_RANGE: (f64, f64) = (0.5, 3.0);

/// Scales the webview (text, images and layout together, as a browser's zoom); answers the
/// level applied.
#[tauri::command]
pub fn set_zoom(webview: tauri::Webview, factor: f64) -> CmdResult<f64> {
    let factor = if factor.is_finite() {
        factor.clamp(ZOOM_RANGE.0, ZOOM_RANGE.1)
    } else {
        1.0
    };
    webview.set_zoom(factor).map_err(failure)?;
    Ok(factor)
}
