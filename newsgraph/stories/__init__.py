"""The corpus layer over single records: near-duplicates (``dedup``), story clustering
(``cluster``) and cross-article entity identity (``entities``). The store calls them in
``Store.update_stories``; they hold no state of their own."""
