/// Every IPC command the app declares. build.rs turns this list into the app manifest, so a
/// command missing here cannot be called; capabilities/default.json grants each one.
pub const COMMANDS: &[&str] = &[
    "sidebar",
    "list_articles",
    "search",
    "open_article",
    "set_read",
    "set_bookmarked",
    "mark_view_read",
    "add_feed",
    "rename_feed",
    "move_feed",
    "remove_feed",
    "rename_folder",
    "delete_folder",
    "refresh",
    "open_external",
    "get_settings",
    "set_setting",
    "import_opml",
    "export_opml",
    "ui_ready",
];
