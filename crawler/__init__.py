"""newsarchive: crawl regional news sites into a searchable SQLite archive."""
