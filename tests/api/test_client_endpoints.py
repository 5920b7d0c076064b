"""Every endpoint the wizard needs, against the simulator over real sockets (docs/joggai-api.md §9)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from jogg_desktop.api.client import JoggClient
from jogg_desktop.api.generation import ApiGeneration, Endpoint, resolve_endpoint
from jogg_desktop.api.retry import RetryPolicy
from jogg_desktop.api.transport import USER_AGENT
from jogg_desktop.errors import AuthError, CrawlFailedError, JoggError, ProtocolError
from jogg_desktop.models import (
    AspectRatio,
    Media,
    MediaKind,
    Ownership,
    ProductDraft,
    TemplateLook,
    VideoLength,
    VideoSettings,
    VisualStyleLook,
)
from jogg_desktop.sim import SimServer
from tests.api.simtools import make_client, run


def test_check_key_uses_whoami_with_key_and_user_agent(sim: SimServer, sim_key: str) -> None:
    account = run(make_client(sim.base_url), lambda c: c.check_key())
    assert account.name or account.email
    [request] = sim.requests_to("GET", "/whoami")
    assert request.headers["x-api-key"] == sim_key
    assert request.headers["user-agent"] == USER_AGENT and USER_AGENT.startswith("JoggDesktop/0.1.0")


def test_check_key_falls_back_to_a_cheap_list_call_when_whoami_is_missing(sim: SimServer) -> None:
    sim.set_whoami(False)
    run(make_client(sim.base_url), lambda c: c.check_key())
    assert len(sim.requests_to("GET", "/whoami")) == 1  # a 404 is not retried
    assert len(sim.requests_to("GET", "/visual_styles")) == 1


def test_a_wrong_api_address_is_said_plainly(sim: SimServer) -> None:
    with pytest.raises(ProtocolError) as info:
        run(make_client(sim.origin + "/v9"), lambda c: c.check_key())
    assert "API address" in info.value.message and info.value.http_status == 404


def test_wrong_key_is_an_auth_error_and_the_key_is_never_shown(sim: SimServer) -> None:
    client = make_client(sim.base_url, key="wrong-key-abcdef")
    assert "wrong-key-abcdef" not in repr(client)
    sim.set_whoami(False)
    with pytest.raises(AuthError) as info:
        run(client, lambda c: c.check_key())
    err = info.value
    assert err.code == 10105 and len(err.rid) == 32 and err.server_message
    assert "wrong-key-abcdef" not in f"{err} {err.details()} {err!r}"


def test_product_from_a_demo_shop_page_then_update(sim: SimServer) -> None:
    url = sim.demo_product_urls()[0]

    async def work(c: JoggClient) -> None:
        product = await c.create_product_from_url(url)
        assert product.id and product.name and product.media
        assert product.url == url
        edited = type(product)(id=product.id, url=url, name="Better name", description="New words",
                               target_audience="hikers", media=product.media[:1])
        await c.update_product(edited)

    run(make_client(sim.base_url), work)
    [post] = sim.requests_to("POST", "/product")
    assert post.json == {"url": url}
    [put] = sim.requests_to("PUT", "/product")
    assert put.json["name"] == "Better name" and put.json["target_audience"] == "hikers"
    assert len(put.json["media"]) == 1 and isinstance(put.json["product_id"], str)


def test_a_page_without_a_product_is_a_crawl_failure(sim: SimServer) -> None:
    with pytest.raises(CrawlFailedError) as info:
        run(make_client(sim.base_url),
            lambda c: c.create_product_from_url(sim.origin + "/shop/products/no-such-thing"))
    assert "Failed to extract" in info.value.server_message
    assert len(sim.requests_to("POST", "/product")) == 1  # not retried: the same page fails again


def test_manual_product(sim: SimServer) -> None:
    draft = ProductDraft("Bamboo toothbrush", "Soft, compostable", "families",
                         (Media(MediaKind.IMAGE, sim.demo_product_urls()[0], "x.jpg"),))
    product = run(make_client(sim.base_url), lambda c: c.create_product_manual(draft))
    assert product.id and product.name == "Bamboo toothbrush"


@pytest.mark.parametrize("mode", ["visual_style", "template"])
def test_render_in_both_modes_then_project_status(sim: SimServer, mode: str) -> None:
    async def work(c: JoggClient) -> tuple[str, str]:
        product = await c.create_product_from_url(sim.demo_product_urls()[1])
        templates = await c.list_templates(AspectRatio.LANDSCAPE)
        look = (VisualStyleLook("FullScreen") if mode == "visual_style"
                else TemplateLook(templates[0].id, Ownership.PUBLIC))
        settings = VideoSettings(aspect=AspectRatio.LANDSCAPE, length=VideoLength.SHORT, avatar_id=127,
                                 voice_id="en-US-ChristopherNeural", look=look, name="Launch")
        project_id = await c.start_render(product.id, settings)
        status = await c.get_project(project_id)
        assert status.project_id == project_id and not status.state.terminal
        return project_id, product.id

    project_id, product_id = run(make_client(sim.base_url), work)
    assert sim.wait_for_render(project_id)  # let the sim's render child finish before it stops
    assert len(project_id) == 32  # a hex string although the spec says integer (docs/joggai-api.md §13 #11)
    [request] = sim.requests_to("POST", "/create_video_from_url")
    body = request.json
    assert body["product_id"] == product_id and body["aspect_ratio"] == 1 and body["video_length"] == "15"
    assert body["template_type"] == "public"
    assert ("visual_style" in body) == (mode == "visual_style")
    assert ("template_id" in body) == (mode == "template")
    [poll] = sim.requests_to("GET", "/project")
    assert poll.query == {"project_id": project_id}


def test_avatar_catalogs_with_filters(sim: SimServer) -> None:
    async def work(c: JoggClient) -> None:
        filtered = await c.list_avatars(AspectRatio.PORTRAIT, gender="female", age="adult", style="social")
        assert all(a.age == "adult" and a.style == "social" for a in filtered)
        portrait = await c.list_avatars(AspectRatio.PORTRAIT, gender="female")
        assert portrait and all(a.aspect is AspectRatio.PORTRAIT and a.gender == "female" for a in portrait)
        assert all(a.ownership is Ownership.PUBLIC for a in portrait)
        everything = await c.list_avatars()
        assert {a.aspect for a in everything} == set(AspectRatio) and len(everything) >= 30
        custom = await c.list_custom_avatars()
        assert custom and all(a.ownership is Ownership.CUSTOM for a in custom)
        ready = {a.id: a.ready for a in custom}
        assert ready[100266] and not ready[100269] and not ready[100270]  # status 1 / 0 / 2

    run(make_client(sim.base_url), work)
    first = sim.requests_to("GET", "/avatars")[0]
    assert first.query == {"aspect_ratio": "0", "gender": "female", "age": "adult", "style": "social"}


def test_voices_are_paged_until_complete(sim: SimServer) -> None:
    async def work(c: JoggClient) -> None:
        voices = await c.list_voices()
        ids = [v.id for v in voices]
        assert len(ids) == len(set(ids)) >= 20
        assert all(v.sample_url for v in voices)
        french = await c.list_voices(language="french", gender="female")
        assert french and all(v.language == "french" and v.gender == "female" for v in french)
        custom = await c.list_custom_voices()
        assert custom and all(v.ownership is Ownership.CUSTOM for v in custom)

    run(make_client(sim.base_url), work)
    pages = sim.requests_to("GET", "/voices")
    assert pages[0].query["page"] == "1" and pages[0].query["page_size"] == "100"


def test_voice_paging_follows_total_across_small_pages(make_sim: Callable[..., SimServer]) -> None:
    sim = make_sim()
    client = make_client(sim.base_url)

    async def work(c: JoggClient) -> int:
        from jogg_desktop.api import v1

        v1_page_size = v1.VOICE_PAGE_SIZE
        try:
            v1.VOICE_PAGE_SIZE = 5  # small pages: the client must follow `total` across pages
            return len(await c.list_voices())
        finally:
            v1.VOICE_PAGE_SIZE = v1_page_size

    count = run(client, work)
    pages = sim.requests_to("GET", "/voices")
    assert len(pages) > 1 and [p.query["page"] for p in pages] == [str(n) for n in range(1, len(pages) + 1)]
    assert count >= 20


@pytest.mark.parametrize("list_key", ["avatars", "music", "musics"])
def test_music_lists_under_any_key(make_sim: Callable[..., SimServer], list_key: str) -> None:
    sim = make_sim(music_list_key=list_key)

    async def work(c: JoggClient) -> None:
        musics = await c.list_musics()
        assert len(musics) >= 10 and all(m.url and m.id for m in musics)
        assert all(m.ownership is Ownership.CUSTOM for m in await c.list_custom_musics())

    run(make_client(sim.base_url), work)


def test_visual_styles_and_templates_by_aspect(sim: SimServer) -> None:
    async def work(c: JoggClient) -> None:
        for aspect in AspectRatio:
            styles = await c.list_visual_styles(aspect)
            assert styles and all(s.aspect is aspect for s in styles)
        assert await c.list_visual_styles()
        square = await c.list_templates(AspectRatio.SQUARE)
        assert all(t.aspect is AspectRatio.SQUARE for t in square)
        custom = await c.list_custom_templates()
        assert all(t.ownership is Ownership.CUSTOM for t in custom)

    run(make_client(sim.base_url), work)
    queries = [r.query for r in sim.requests_to("GET", "/visual_styles")]
    assert [q["aspect_ratio"] for q in queries] == ["0", "1", "2", "-1"]
    assert sim.requests_to("GET", "/templates/custom")[0].query == {"aspect_ratio": "-1"}


def test_upload_asset_signed_put_without_the_key(sim: SimServer, sim_key: str, tmp_path: Path) -> None:
    picture = tmp_path / "my photo.jpg"
    picture.write_bytes(bytes(range(256)) * 1000)
    progress: list[tuple[int, int | None]] = []

    async def work(c: JoggClient) -> bytes:
        url = await c.upload_asset(picture, progress=lambda done, total: progress.append((done, total)))
        return await c.fetch_bytes(url)

    assert run(make_client(sim.base_url), work) == picture.read_bytes()
    [sign] = sim.requests_to("POST", "/upload/asset")
    assert sign.json == {"filename": "my photo.jpg"}
    [put] = [r for r in sim.requests if r.method == "PUT" and r.path.startswith("/upload/")]
    assert "x-api-key" not in put.headers and put.headers["content-type"] == "application/octet-stream"
    assert put.body == picture.read_bytes()
    # Signed storage URLs reject chunked uploads: the length is announced up front.
    assert put.headers["content-length"] == "256000" and "transfer-encoding" not in put.headers
    assert progress[-1] == (256_000, 256_000)
    media = [r for r in sim.requests if r.path.startswith("/media/")]
    assert media and all("x-api-key" not in r.headers for r in media)


def test_base_url_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOGG_API_BASE", raising=False)
    monkeypatch.delenv("JOGG_API_VERSION", raising=False)
    assert resolve_endpoint() == Endpoint("https://api.jogg.ai", ApiGeneration.V2)
    settings_v1 = Endpoint("http://settings", ApiGeneration.V1)
    assert resolve_endpoint(settings_base="http://settings/v1") == settings_v1
    monkeypatch.setenv("JOGG_API_BASE", "http://env/v1/")
    assert resolve_endpoint(settings_base="http://settings/v1").host == "http://env"
    assert resolve_endpoint(settings_base="http://s", base_option="http://option/v2") == Endpoint(
        "http://option", ApiGeneration.V2)
    client = JoggClient.from_environment("k", settings_base="http://settings/v1")
    assert client.base_url == "http://env/v1" and "k'" not in repr(client)


@pytest.mark.parametrize("key", ["", " padded ", "two\nlines", "kéy", "k€y"])
def test_a_key_that_cannot_be_a_header_is_an_auth_error_and_never_sent(sim: SimServer, key: str) -> None:
    with pytest.raises(AuthError) as info:
        run(make_client(sim.base_url, key=key), lambda c: c.start_render("p", VideoSettings()))
    assert "Copy it again" in info.value.message
    assert sim.requests == []


def test_odd_arguments_give_typed_errors_only(sim: SimServer, tmp_path: Path) -> None:
    async def work(c: JoggClient) -> list[str]:
        outcomes = []
        attempts = [
            lambda: c.download("not a url", tmp_path / "a.mp4"),
            lambda: c.download("http://[bad", tmp_path / "b.mp4"),
            lambda: c.download(sim.origin + "/media/renders/none.mp4", tmp_path / "no" / "such" / "c.mp4"),
            lambda: c.fetch_bytes("ftp://example.invalid/x"),
            lambda: c.get_project("../../etc/passwd?x=1&y=€"),
            lambda: c.create_product_from_url("javascript:alert(1)"),
            lambda: c.upload_asset(tmp_path),
            lambda: c.upload_asset(tmp_path / "missing.jpg"),
        ]
        for attempt in attempts:
            try:
                await attempt()
                outcomes.append("ok")
            except JoggError as err:
                outcomes.append(type(err).__name__)
        return outcomes

    outcomes = run(make_client(sim.base_url, retry=RetryPolicy(max_attempts=1)), work)
    assert "ok" not in outcomes[:4] and len(outcomes) == 8


def test_text_with_lone_surrogates_is_sent_escaped(sim: SimServer) -> None:
    async def work(c: JoggClient) -> None:
        product = await c.create_product_from_url(sim.demo_product_urls()[4])
        odd = type(product)(id=product.id, name="Mug \ud83d half an emoji", description="ok")
        await c.update_product(odd)

    run(make_client(sim.base_url), work)
    [put] = sim.requests_to("PUT", "/product")
    assert b"\\ud83d" in put.body and put.json["name"] == "Mug \ud83d half an emoji"
