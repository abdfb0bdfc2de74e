-- 0017: list pictures. Each article's thumbnail, made once from its lead image among the images
-- the offline pass stored: NULL not made yet, '' the article has no picture worth showing,
-- else the hash of the small JPEG in the image store. The file is also an `images` row
-- (url `thumb:<hash of the picture it was made from>`) linked to the article in
-- `article_images`, so retention and the storage view remove it with the article's images.
-- Shipped migrations are never edited: add a new numbered file instead.
ALTER TABLE articles ADD COLUMN thumb TEXT;
