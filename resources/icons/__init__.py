"""The app icon (jogg-desktop.svg), loaded with importlib.resources; PNG/ICO/ICNS are generated."""
