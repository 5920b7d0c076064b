"""The JoggAI client: transport (httpx), wire adapters (v1), poller and downloader.

Import :class:`jogg_desktop.api.client.JoggClient` for the implementation of
:class:`jogg_desktop.api.protocol.JoggApi`.
"""
