"""Child process for the Secret Service integration test: save, reload, forget through keyring."""

from __future__ import annotations

import asyncio
import json
import sys

from jogg_desktop.secrets import KeyStore


async def main(key: str) -> dict[str, object]:
    store = KeyStore()
    location = await store.save(key)
    reloaded = await KeyStore().load()
    forgetting = KeyStore()
    await forgetting.forget()
    after = await KeyStore().load()
    return {
        "location": location.value,
        "description": location.description,
        "backend": store.backend_name,
        "reloaded_matches": reloaded == key,
        "after_forget": after,
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(sys.stdin.read().strip()))))
