"""Compare looks (issue #14): short previews of one video in several visual styles, side by side.

``chooser`` picks the styles and says the cost; ``entry`` is the settings page's button;
``window`` shows the previews as tiles (``tile``) and renders the chosen one in full.
"""
