"""The wizard's pages; each composes widgets and gets an AppContext through its constructor."""
