"""Reusable widgets that know nothing of the app (no AppContext, no API)."""
