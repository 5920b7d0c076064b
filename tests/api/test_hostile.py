"""#10 items 9 (answer sizes), 10 (key and escapes), 11 (addresses, system CAs) and the messages
that sent the user the wrong way, against a hostile server on 127.0.0.1 (and one with its own CA)."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
import os
import shutil
import ssl
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from jogg_desktop import cli
from jogg_desktop.api.client import JoggClient
from jogg_desktop.api.retry import RetryPolicy
from jogg_desktop.api.throttle import LEDGER_FILE, PostLedger, PostThrottle, account_of
from jogg_desktop.api.transport import MAX_ANSWER_BYTES
from jogg_desktop.errors import (
    CertificateError,
    InputError,
    InsecureAddressError,
    ProtocolError,
    RenderOutcomeUnknownError,
)
from jogg_desktop.models import VideoSettings
from tests.api.hostile import Answer, HostileServer
from tests.api.simtools import SleepLog

KEY = "hostile-key-0123456789abcdef"
MB = 1024 * 1024
ESCAPES = "\x1b]0;owned\x07\x1b[2J\x9b31m"


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    server = HostileServer().start()
    yield server
    server.stop()


def client_for(base: str, **kw: object) -> JoggClient:
    return JoggClient(KEY, base, retry=RetryPolicy(random=lambda: 0.0), sleep=SleepLog(), **kw)  # type: ignore[arg-type]


def call(client: JoggClient, coro_of: object) -> object:
    async def go() -> object:
        try:
            return await coro_of(client)  # type: ignore[operator]
        finally:
            await client.aclose()

    return asyncio.run(go())


# -- item 9: answer sizes ------------------------------------------------------------------------


@pytest.mark.parametrize("announced", [True, False], ids=["content-length", "no-length"])
def test_a_50_mb_answer_is_refused(hostile: HostileServer, announced: bool) -> None:
    hostile.script["/v1/visual_styles"] = Answer(body=b" " * MB, repeat=50, announce_length=announced)
    with pytest.raises(ProtocolError) as caught:
        call(client_for(hostile.base_url), lambda c: c.list_visual_styles())
    assert f"{MAX_ANSWER_BYTES}" in caught.value.details()


def test_a_huge_answer_to_the_render_is_never_resent(hostile: HostileServer) -> None:
    hostile.script["/v1/create_video_from_url"] = Answer(body=b" " * MB, repeat=50)
    with pytest.raises(RenderOutcomeUnknownError):  # it may have been charged: never resent
        call(client_for(hostile.base_url), lambda c: c.start_render("p1", VideoSettings()))
    assert [s.path for s in hostile.seen] == ["/v1/create_video_from_url"]


# -- item 10: the key and escape sequences on the terminal ---------------------------------------


def test_a_key_and_escapes_echoed_by_the_server_never_reach_stderr(
    hostile: HostileServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = json.dumps({"code": 10105, "msg": f"key {KEY} is wrong {ESCAPES}"}).encode()
    hostile.script["/v1/whoami"] = Answer(status=401, body=body)
    monkeypatch.setenv("JOGG_API_KEY", KEY)
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["whoami", "--api-base", hostile.base_url], out=out, err=err) == cli.EXIT_AUTH
    text = out.getvalue() + err.getvalue()
    assert "is wrong" in text and KEY not in text
    assert not any(ch in text for ch in "\x1b\x07\x9b")
    assert hostile.seen[0].headers["x-api-key"] == KEY  # it was sent, to the API only


# -- item 11: plain http only to this computer; a blank address is refused; system CAs ----------


class NoNetwork(httpx.AsyncBaseTransport):
    """Fails the test if anything is sent at all."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        raise AssertionError(f"sent {request.url}")


@pytest.mark.parametrize("base", ["http://api.example.com/v1", "http://10.0.0.7:8000/v1", "ftp://x/v1"])
def test_the_key_never_travels_in_clear(base: str) -> None:
    network = NoNetwork()
    with pytest.raises(InputError) as caught:
        call(client_for(base, transport=network), lambda c: c.check_key())
    assert network.sent == []
    if base.startswith("http:"):
        assert isinstance(caught.value, InsecureAddressError) and "https://" in caught.value.message


def test_loopback_http_is_fine_and_blank_is_refused(
    hostile: HostileServer, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile.script["/v1/whoami"] = Answer(body=b'{"code": 0, "data": {"username": "x"}}')
    call(client_for(hostile.base_url.replace("127.0.0.1", "localhost")), lambda c: c.check_key())
    with pytest.raises(InputError, match="empty"):
        JoggClient.from_environment(KEY, api_base="  ")
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["whoami", "--api-base", ""], out=out, err=err) == cli.EXIT_USAGE
    assert "empty" in capsys.readouterr().err  # argparse's own usage message
    assert cli.main(["whoami", "--api-base", "http://api.example.com/v1"], out=out, err=err) == cli.EXIT_USAGE
    assert "https://" in capsys.readouterr().err


@pytest.mark.parametrize("port", ["99999", "-1"])
def test_a_bad_port_is_a_typed_error_not_an_exception_group(port: str) -> None:
    with pytest.raises(InputError, match="port"):
        call(client_for(f"http://127.0.0.1:{port}/v1"), lambda c: c.check_key())


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[HostileServer, Path]]:
    """A server whose certificate is signed by a CA of its own (a company TLS proxy's)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Corporate Proxy CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(1)
          .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=9))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False,
                                       data_encipherment=False, key_agreement=False,
                                       encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    import ipaddress

    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(2)
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=9))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    ca_file, cert_file, key_file = tmp_path / "ca.pem", tmp_path / "cert.pem", tmp_path / "key.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server = HostileServer(tls=context).start()
    server.script["/v1/whoami"] = Answer(body=b'{"code": 0, "data": {"username": "seller"}}')
    yield server, ca_file
    server.stop()


def test_an_unknown_ca_says_so_and_is_not_retried(tls_server: tuple[HostileServer, Path]) -> None:
    server, _ca = tls_server
    with pytest.raises(CertificateError) as caught:
        call(client_for(server.base_url), lambda c: c.check_key())
    assert "internet connection" not in caught.value.message and "IT" in caught.value.message
    assert server.seen == []  # nothing was sent, nothing retried into the void


ROOT = Path(__file__).resolve().parents[2]
SYSTEM_BUNDLE = Path("/etc/ssl/certs/ca-certificates.crt")
CHECK_KEY = (
    "import asyncio, sys\n"
    "from jogg_desktop.api.client import JoggClient\n"
    "async def go():\n"
    "    c = JoggClient('k-123456', sys.argv[1])\n"
    "    try: print((await c.check_key()).name)\n"
    "    finally: await c.aclose()\n"
    "asyncio.run(go())\n"
)


def _can_bind_mount() -> bool:
    if not SYSTEM_BUNDLE.is_file() or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_bind_mount(), reason="needs a private mount namespace (root, util-linux)")
def test_the_systems_certificate_store_is_trusted(
    tls_server: tuple[HostileServer, Path], tmp_path: Path, code_root: Path = ROOT
) -> None:
    """The corporate CA is in the operating system's store (here: the Debian bundle, with the CA
    appended, bind-mounted in a private mount namespace) and in no environment variable: the
    client trusts it (truststore), where certifi's bundle alone did not ("check your internet")."""
    server, ca = tls_server
    bundle = tmp_path / "ca-certificates.crt"
    bundle.write_bytes(SYSTEM_BUNDLE.read_bytes() + b"\n" + ca.read_bytes())
    unset = ("SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE", "PYTHONPATH")
    env = {k: v for k, v in os.environ.items() if k not in unset}
    env["JOGG_DESKTOP_HOME"] = str(tmp_path / "home")
    command = (f"mount --bind {bundle} {SYSTEM_BUNDLE} && exec {sys.executable} -c \"$0\" {server.base_url}")
    done = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", command, CHECK_KEY],
                          capture_output=True, text=True, env=env, cwd=code_root, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "seller" in done.stdout


# -- item 6: one POST budget per key across processes --------------------------------------------


class FakeTime:
    def __init__(self) -> None:
        self.now = 1_000_000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_two_processes_share_one_budget(tmp_path: Path) -> None:
    ledger_path = tmp_path / LEDGER_FILE
    clock = FakeTime()
    # Another process (the app, a batch) has used 3 POSTs of this key just now.
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from jogg_desktop.api.throttle import PostLedger\n"
        "ledger = PostLedger(Path(sys.argv[1]), sys.argv[2], clock=lambda: float(sys.argv[3]))\n"
        "print([ledger.take(3, 60.0) for _ in range(4)])\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(ledger_path), account_of(KEY), str(clock.now)],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2], timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[0.0, 0.0, 0.0, 60.0]"
    assert KEY not in ledger_path.read_text()
    throttle = PostThrottle(limit=3, clock=clock, sleep=clock.sleep,
                            ledger=PostLedger(ledger_path, account_of(KEY), clock=clock))
    assert asyncio.run(throttle.acquire()) == pytest.approx(60.0)  # waited for the other's window
    other_key = PostThrottle(limit=3, clock=clock, sleep=clock.sleep,
                             ledger=PostLedger(ledger_path, account_of("another-key-xyz"), clock=clock))
    assert asyncio.run(other_key.acquire()) == 0.0  # each key has its own budget
