from __future__ import annotations

from jogg_desktop import logs
from jogg_desktop.diagnostics import diagnostics_text
from jogg_desktop.errors import ServerError
from jogg_desktop.jobs.types import JobStage
from jogg_desktop.store import Store
from tests.store.samples import PRODUCT, SETTINGS

KEY = "diag-key-0c7d9e41"


def test_report_has_versions_jobs_and_errors_with_rid_but_no_key(store: Store) -> None:
    logs.register_secret(KEY)
    done = store.jobs.create(PRODUCT, SETTINGS, None)
    store.jobs.update(done.id, stage=JobStage.DONE)
    failed = store.jobs.create(PRODUCT, SETTINGS, None)
    err = ServerError(rid="rid-1234", server_message=f"echoed {KEY}", http_status=502)
    store.jobs.update(failed.id, stage=JobStage.FAILED, error_details=err.details(), project_id="p-9")

    text = diagnostics_text(
        api_base="http://127.0.0.1:1/v1",
        jobs=store.jobs,
        keyring_backend="keyring.backends.SecretService.Keyring",
        key_location="Saved in GNOME Keyring / Secret Service",
        qt_version="6.11.3",
    )
    assert "Jogg Desktop 0.1.0" in text
    assert "Python 3." in text and "Qt 6.11.3" in text and "OS " in text
    assert "keyring.backends.SecretService.Keyring" in text
    assert "API base: http://127.0.0.1:1/v1" in text
    assert "done 1" in text and "failed 1" in text
    assert "request id rid-1234" in text and "project p-9" in text
    assert KEY not in text
