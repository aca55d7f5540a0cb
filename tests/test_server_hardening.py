"""The real server (``python -m dashboard serve`` in a subprocess) against crafted requests:
another Host (DNS rebinding), a POST from another site, framing headers, malformed callback input,
concurrent clients. Issue 14; the file-side faults are in test_robustness.py."""

from __future__ import annotations

import http.client
import json
import threading
import urllib.request

import pytest
from browser import DashboardServer

from bench.serve_load import callback_request, dependencies, post, redraw_body
from dashboard.store import Store


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("hardening") / "timeline.sqlite"
    with DashboardServer(db=db) as running:
        yield running


def request(server, method: str, path: str, headers: dict[str, str], body: bytes | None = None):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        connection.request(method, path, body=body, headers=headers)
        reply = connection.getresponse()
        return reply.status, dict(reply.getheaders()), reply.read()
    finally:
        connection.close()


def test_another_host_is_refused(server):
    deps = dependencies(server.url)
    body = json.dumps(redraw_body(deps, "")).encode()
    for host in (
        f"attacker.example:{server.port}",
        "attacker.example",
        f"127.0.0.1:{server.port + 1}",
    ):
        status, _, text = request(
            server,
            "POST",
            "/_dash-update-component",
            {"Host": host, "Content-Type": "application/json"},
            body,
        )
        assert status == 403, host
        assert b"United Front" not in text
        status, _, _ = request(server, "GET", "/_dash-layout", {"Host": host})
        assert status == 403, host
    for host in (f"127.0.0.1:{server.port}", f"localhost:{server.port}", f"[::1]:{server.port}"):
        status, _, text = request(
            server,
            "POST",
            "/_dash-update-component",
            {"Host": host, "Content-Type": "application/json"},
            body,
        )
        assert status == 200 and b"United Front" in text, host


def test_a_post_from_another_site_is_refused(server):
    body = json.dumps(redraw_body(dependencies(server.url), "")).encode()
    own = {"Host": f"127.0.0.1:{server.port}", "Content-Type": "application/json"}
    for origin in ("https://evil.example", "null", f"http://attacker.example:{server.port}"):
        status, _, _ = request(
            server, "POST", "/_dash-update-component", {**own, "Origin": origin}, body
        )
        assert status == 403, origin
    status, _, _ = request(
        server,
        "POST",
        "/_dash-update-component",
        {**own, "Origin": f"http://127.0.0.1:{server.port}"},
        body,
    )
    assert status == 200


def test_the_page_cannot_be_framed(server):
    for path in ("/", "/_dash-layout"):
        status, headers, _ = request(server, "GET", path, {"Host": f"127.0.0.1:{server.port}"})
        assert status == 200
        assert headers["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]


# --- two servers on one file; many clients at once ---------------------------------------------


def redraw(server, search: str = "") -> bytes:
    status, body = post(
        server.url + "_dash-update-component", redraw_body(dependencies(server.url), search)
    )
    assert status == 200, body[:300]
    return body


def test_an_article_added_by_another_server_appears_without_a_restart(tmp_path):
    db = tmp_path / "shared.sqlite"
    article = tmp_path / "tass.txt"
    article.write_text(
        "Putin and Xi will sign a gas pipeline agreement on Monday, May 12, 2025, in Moscow.\n"
    )
    (tmp_path / "metadata.csv").write_text("file,source,published\ntass.txt,TASS Wire,2025-05-07\n")
    with DashboardServer(db=db) as first:
        assert b"TASS Wire" not in redraw(first)
        with DashboardServer(db=db, paths=[article]):  # the second adds the article at start
            pass
        assert b"TASS Wire" in redraw(first)


def test_concurrent_clients_reading_and_writing_get_no_error(server):
    deps = dependencies(server.url)
    events = json.loads(redraw(server))["response"]["tl-grid"]["rowData"]
    event_id = events[0]["id"]
    note = callback_request(
        deps,
        "tl-notes-version.data",
        {
            "tl-note-save.n_clicks": 1,
            "tl-selected.data": event_id,
            "tl-notes-version.data": 0,
        },
    )
    note["changedPropIds"] = ["tl-note-save.n_clicks"]
    failures: list[str] = []
    written = []

    def reader(k: int) -> None:
        for n in range(5):
            status, body = post(
                server.url + "_dash-update-component", redraw_body(deps, ["", "talks"][n % 2])
            )
            if status != 200:
                failures.append(f"redraw {status}: {body[:200]!r}")

    def writer(k: int) -> None:
        for n in range(3):
            body = json.loads(json.dumps(note))
            for item in body["state"]:
                if item["id"] == "tl-note-text":
                    item["value"] = f"note {k}-{n}"
            status, reply = post(server.url + "_dash-update-component", body)
            if status != 200 or b"could not" in reply:
                failures.append(f"note {status}: {reply[:200]!r}")
            else:
                written.append(f"note {k}-{n}")

    threads = [threading.Thread(target=reader, args=(k,)) for k in range(16)]
    threads += [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    with Store(server.db, readonly=True) as store:
        stored = {n.text for n in store.notes()}
    assert set(written) <= stored and len(written) == 12


# --- malformed callback input ---------------------------------------------------------------------


def note_body(deps, event_id, text):
    body = callback_request(
        deps,
        "tl-notes-version.data",
        {
            "tl-note-save.n_clicks": 1,
            "tl-selected.data": event_id,
            "tl-notes-version.data": 0,
            "tl-note-text.value": text,
        },
    )
    body["changedPropIds"] = ["tl-note-save.n_clicks"]
    return body


@pytest.mark.parametrize(
    "values",
    [
        {"tl-search.value": ["talks"]},
        {"tl-search.value": {"$gt": ""}},
        {"tl-certainty.value": 7},
        {"tl-certainty.value": [7, None]},
        {"tl-sources.value": "United Front"},
        {"tl-dates.start_date": 20250507},
        {"tl-view.data": {"x": 1}},
        {"tl-show-notes.value": 5},
        {"tl-selected.data": ["a"]},
    ],
)
def test_malformed_redraw_input_is_not_a_server_error(server, values):
    deps = dependencies(server.url)
    body = callback_request(deps, "tl-graph.figure", {"tl-articles-version.data": 0, **values})
    status, reply = post(server.url + "_dash-update-component", body)
    assert status in (200, 204), reply[:300]


def test_malformed_or_huge_notes_are_refused_in_words(server):
    deps = dependencies(server.url)
    event_id = json.loads(redraw(server))["response"]["tl-grid"]["rowData"][0]["id"]
    for text in (["a", "list"], {"a": 1}, 12):
        status, reply = post(server.url + "_dash-update-component", note_body(deps, event_id, text))
        assert status in (200, 204), reply[:300]
    for event in (["x"], {"id": 1}, 5):
        status, reply = post(server.url + "_dash-update-component", note_body(deps, event, "hi"))
        assert status in (200, 204), reply[:300]
    status, reply = post(
        server.url + "_dash-update-component", note_body(deps, event_id, "x" * 10_000_000)
    )
    assert status == 200, reply[:300]
    assert b"could not be used" not in reply
    assert b"limited to 10,000 characters" in reply, reply[-500:]


@pytest.mark.parametrize("junk", [["x", 1], {"a": [1]}, 3.5, "text", True])
def test_every_callback_takes_junk_without_a_server_error(server, junk):
    for dep in dependencies(server.url):
        if dep.get("clientside_function"):
            continue  # runs in the browser
        values = {
            f"{item['id']}.{item['property']}": junk
            for item in dep["inputs"] + dep["state"]
            if isinstance(item["id"], str)
        }
        body = callback_request([dep], dep["output"], values)
        status, reply = post(server.url + "_dash-update-component", body)
        assert status in (200, 204), (dep["output"], reply[:300])


# --- a large article is added in the background; the page keeps answering --------------------


def test_jobs_run_in_the_background_and_say_how_they_go():
    import time

    from dashboard.app.jobs import Jobs

    jobs = Jobs()
    gate = threading.Event()

    def work(progress):
        progress("reading")
        gate.wait(10)
        progress("writing")
        return "written"

    job = jobs.start(work)
    deadline = time.monotonic() + 5
    while jobs.status(job).step != "reading" and time.monotonic() < deadline:
        time.sleep(0.01)
    assert jobs.status(job).state == "running" and not jobs.status(job).over
    gate.set()
    assert jobs.wait(job, 10).result == "written"
    failing = jobs.start(lambda progress: 1 / 0)
    assert jobs.wait(failing, 10).state == "failed" and "division" in jobs.status(failing).error
    assert jobs.status(["not", "an", "id"]) is None


def test_a_large_upload_leaves_the_server_responsive(server):
    import time

    deps = dependencies(server.url)
    sentence = "The delegation met on Monday, May 5, 2025 in Bern to discuss trade. "
    text = sentence * (1_900_000 // len(sentence))  # just under the 2 MB limit
    add = callback_request(
        deps,
        "tl-article-job.data",
        {
            "tl-article-add.n_clicks": 1,
            "tl-paste.value": text,
            "tl-article-source.value": "Big Wire",
            "tl-article-date.value": "2025-05-07",
        },
    )
    add["changedPropIds"] = ["tl-article-add.n_clicks"]
    started = time.monotonic()
    status, reply = post(server.url + "_dash-update-component", add)
    assert status == 200, reply[:300]
    assert time.monotonic() - started < 5  # it returns before the article is extracted
    job = json.loads(reply)["response"]["tl-article-job"]["data"]
    # A note written while the article is being read is not held up by it.
    event_id = json.loads(redraw(server))["response"]["tl-grid"]["rowData"][0]["id"]
    asked = time.monotonic()
    status, reply = post(
        server.url + "_dash-update-component", note_body(deps, event_id, "while adding")
    )
    assert status == 200 and b"Note added" in reply, reply[:300]
    assert time.monotonic() - asked < 3
    poll = callback_request(
        deps,
        "tl-article-message.children@",
        {
            "tl-article-poll.n_intervals": 1,
            "tl-article-job.data": job,
            "tl-articles-version.data": 0,
        },
    )
    poll["changedPropIds"] = ["tl-article-poll.n_intervals"]
    seen, slowest = [], 0.0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        asked = time.monotonic()
        with urllib.request.urlopen(server.url + "_dash-layout", timeout=30) as layout:
            assert layout.status == 200
        status, reply = post(server.url + "_dash-update-component", poll)
        slowest = max(slowest, time.monotonic() - asked)
        message = json.loads(reply)["response"]["tl-article-message"]["children"]
        seen.append(message)
        if not message.startswith("Adding"):
            break
        time.sleep(0.3)
    assert seen[-1].startswith("Added") and "Big Wire" in seen[-1], seen[-3:]
    assert any(m.startswith("Adding: ") for m in seen), seen[:3]
    assert slowest < 3, slowest  # the page layout and the poll answer while the job runs
    assert b"Big Wire" in redraw(server)
