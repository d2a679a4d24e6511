"""Search: the stage after storage (spider → extraction → storage → search).

What a person types becomes a query (:mod:`crawler.search.query`): its words,
phrases and exclusions, written as safe FTS5 for either index; results are
shown with snippets cut around the first hit (:mod:`crawler.search.snippet`).
Nothing here talks SQL: the archive is read through :mod:`crawler.storage`.
"""
