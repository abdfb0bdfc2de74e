//! The window: the Tauri app (`app.rs`: window, navigation guard, single instance), the IPC
//! commands the page may call (`commands*.rs`, listed in `command_names.rs` for the app
//! manifest), the refresher that runs the engine's pipeline off the UI thread and the
//! scheduler (`refresher.rs`), the stored-image scheme (`image_scheme.rs`), the downloaded
//! episodes' scheme (`media_scheme.rs`; on Linux served over loopback HTTP by
//! `media_server.rs`), the web page a feed opens inside (`page_frame.rs`), the tray
//! (`tray.rs`), the first-run suggestions (`first_run.rs`) and the state they share
//! (`state.rs`).

pub mod app;
pub mod commands;
pub mod commands_accounts;
pub mod commands_episodes;
pub mod commands_feed_access;
pub mod commands_health;
pub mod commands_l10n;
pub mod commands_rules;
pub mod commands_stories;
pub mod commands_undo;
pub mod commands_window;
pub mod failure;
pub mod first_run;
pub mod image_scheme;
pub mod media_scheme;
pub mod media_server;
pub mod page_frame;
pub mod refresher;
pub mod state;
pub mod tray;
