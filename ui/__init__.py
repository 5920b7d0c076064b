"""The PySide6 wizard on top of the Qt-free core (:mod:`jogg_desktop`).

Layers: ``widgets/`` know nothing of the app; ``pages/`` compose widgets and talk to core
services handed in through :class:`ui.context.AppContext`; ``wizard.py``/``app.py`` wire them.
"""
