"""Thumbnails: fetched concurrently with a bounded pool, cached on disk, decoded off the GUI thread."""
