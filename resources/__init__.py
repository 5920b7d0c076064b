"""Icons, styles and translations, loaded with importlib.resources (no generated files)."""
