-- 0015: why a page gave no full article is stored as a catalog message (`{"id": …, "args": …}`)
-- instead of an English sentence, so the reader's note is said in the reader's language and
-- follows a change of language. The English sentences earlier versions stored become their
-- messages here; one this list does not know stays as it was and is shown as it was
-- (`as-stored`). The CASE's order matters: the longer forms of a prefix come first.
-- Shipped migrations are never edited: add a new numbered file instead.
UPDATE articles SET full_error = CASE
    WHEN full_error = 'the page could not be processed'
        THEN json_object('id', 'page-unprocessed', 'args', json_object())
    WHEN full_error = 'the server sent no page'
        THEN json_object('id', 'page-no-page', 'args', json_object())
    WHEN full_error = 'no article found on the page'
        THEN json_object('id', 'page-no-article-found', 'args', json_object())
    WHEN full_error = 'the extractor failed on this page'
        THEN json_object('id', 'page-extractor-failed', 'args', json_object())
    WHEN full_error = 'the page is not this article'
        THEN json_object('id', 'page-not-this-article', 'args', json_object())
    WHEN full_error = 'the page is a list of links, not an article'
        THEN json_object('id', 'page-links', 'args', json_object())
    WHEN full_error = 'redirect without a valid Location'
        THEN json_object('id', 'net-bad-redirect', 'args', json_object())
    WHEN full_error LIKE 'the page is not this article (it reads “%' AND full_error LIKE '%”)'
        THEN json_object('id', 'page-not-this-article-titled', 'args', json_object('title', substr(full_error, 41, length(full_error) - 40 - 2)))
    WHEN full_error LIKE 'the page took longer than %' AND full_error LIKE '% s to read'
        THEN json_object('id', 'page-too-slow', 'args', json_object('seconds', CAST(substr(full_error, 27, length(full_error) - 26 - 10) AS INTEGER)))
    WHEN full_error LIKE 'the page holds no article, only %' AND full_error LIKE '% words (a sign-in or cookie wall, a gallery?)'
        THEN json_object('id', 'page-too-short', 'args', json_object('count', CAST(substr(full_error, 33, length(full_error) - 32 - 45) AS INTEGER)))
    WHEN full_error LIKE 'the page is a list of short lines (the longest has %' AND full_error LIKE '% words), not an article'
        THEN json_object('id', 'page-short-lines', 'args', json_object('count', CAST(substr(full_error, 52, length(full_error) - 51 - 23) AS INTEGER)))
    WHEN full_error LIKE 'the link leads to %' AND full_error LIKE '%, not a page'
        THEN json_object('id', 'page-not-html', 'args', json_object('type', substr(full_error, 19, length(full_error) - 18 - 12)))
    WHEN full_error LIKE 'timed out after %' AND full_error LIKE '% s'
        THEN json_object('id', 'net-timeout', 'args', json_object('seconds', CAST(substr(full_error, 17, length(full_error) - 16 - 2) AS INTEGER)))
    WHEN full_error LIKE 'response larger than the %' AND full_error LIKE '%-byte limit'
        THEN json_object('id', 'net-too-large', 'args', json_object('bytes', CAST(substr(full_error, 26, length(full_error) - 25 - 11) AS INTEGER)))
    WHEN full_error LIKE 'more than %' AND full_error LIKE '% redirects'
        THEN json_object('id', 'net-redirects', 'args', json_object('count', CAST(substr(full_error, 11, length(full_error) - 10 - 10) AS INTEGER)))
    WHEN full_error LIKE 'redirect loop at %'
        THEN json_object('id', 'net-redirect-loop', 'args', json_object('url', substr(full_error, 18, length(full_error) - 17 - 0)))
    WHEN full_error LIKE 'unsupported address: %'
        THEN json_object('id', 'net-unsupported', 'args', json_object('url', substr(full_error, 22, length(full_error) - 21 - 0)))
    WHEN full_error LIKE 'network error: %'
        THEN json_object('id', 'net-other', 'args', json_object('why', substr(full_error, 16, length(full_error) - 15 - 0)))
    WHEN full_error LIKE 'could not connect: %'
        THEN json_object('id', 'net-unreachable', 'args', json_object('why', substr(full_error, 20, length(full_error) - 19 - 0)))
    WHEN full_error GLOB 'HTTP [0-9][0-9][0-9]: server asks to wait * s'
        THEN json_object('id', 'net-later', 'args', json_object('code', CAST(substr(full_error, 6, 3) AS INTEGER), 'seconds', CAST(substr(full_error, 31, length(full_error) - 30 - 2) AS INTEGER)))
    WHEN full_error GLOB 'HTTP [0-9][0-9][0-9]*'
        THEN json_object('id', 'net-http', 'args', json_object('code', CAST(substr(full_error, 6, 3) AS INTEGER)))
    WHEN full_error LIKE 'could not extract an article: %'
        THEN json_object('id', 'page-no-article-found', 'args', json_object())
    WHEN full_error LIKE 'could not start extracting: %'
        THEN json_object('id', 'page-extractor-failed', 'args', json_object())
    ELSE full_error END
WHERE full_error IS NOT NULL AND full_error NOT LIKE '{%';
