//! Article HTML, from a page or a feed to what the reader may show: every input bounded first
//! (`html_bounds.rs`), the readable article taken out of a page (`extract.rs`, with a second
//! try in `densest.rs` and the boilerplate it leaves trimmed in `boilerplate.rs`, its lazily
//! loaded pictures given their real address in `lazy_images.rs`), made safe
//! (`sanitize.rs`), and split into blocks of text for a terminal (`text_blocks.rs`).

pub mod boilerplate;
pub mod densest;
pub mod extract;
pub mod failures;
pub mod html_bounds;
pub mod lazy_images;
pub mod sanitize;
pub mod text_blocks;
