"""`parallax serve`: a real server on loopback, its page, and the reader's first screen over
its websocket, as a browser would get them. Bounded in time; the server and its readers are
stopped whatever happens."""

import asyncio
import os
import shlex
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tui.serve import reader_command

ARTICLES = {
    "ledger.txt": "Harbour wall vote splits Eastmere council\n\nThe council of Eastmere voted 7 to 4 on Tuesday "
    "to rebuild the harbour wall, after a debate that lasted most of the night.\n",
    "courier.txt": "Eastmere rebuilds its harbour wall\n\nEastmere's council voted 7 to 5 on Tuesday to rebuild "
    "the harbour wall, the mayor said after the meeting.\n",
}
DEADLINE = 60  # seconds for the server to answer and the reader to draw its first screen


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path, request):
    """`parallax serve` on the two articles, on a free loopback port, with the test's extra
    options (`@pytest.mark.parametrize("server", [[...]], indirect=True)`): (port, its stderr file)."""
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    port, log = _free_port(), tmp_path / "serve.log"
    with open(log, "wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "tui", "serve", str(tmp_path), "--port", str(port), *getattr(request, "param", [])],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True,
        )
    try:
        yield port, log
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # the server and the readers it started
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


async def _page(port: int) -> str:
    import aiohttp

    async with aiohttp.ClientSession() as http:
        started = time.monotonic()
        while True:
            try:
                async with http.get(f"http://127.0.0.1:{port}/") as response:
                    return await response.text()
            except aiohttp.ClientConnectorError:
                if time.monotonic() - started > DEADLINE:
                    raise
                await asyncio.sleep(0.2)


async def _first_screen(port: int, wanted: str) -> str:
    """What the reader writes to its websocket until `wanted` shows (or the deadline)."""
    import aiohttp

    screen = ""
    async with aiohttp.ClientSession() as http:
        async with http.ws_connect(f"ws://127.0.0.1:{port}/ws?width=120&height=30") as ws:
            while wanted not in screen:
                message = await ws.receive(timeout=DEADLINE)
                if message.type == aiohttp.WSMsgType.BINARY:
                    screen += message.data.decode("utf-8", "replace")
                elif message.type != aiohttp.WSMsgType.TEXT:
                    break
            await ws.close()
    return screen


async def test_serve_shows_the_reader_in_a_browser_page(server):
    port, log = server
    page = await asyncio.wait_for(_page(port), DEADLINE)
    assert f"ws://127.0.0.1:{port}/ws" in page
    screen = await asyncio.wait_for(_first_screen(port, "Eastmere council"), DEADLINE)
    assert "Harbour wall vote splits Eastmere council" in screen, log.read_text()


@pytest.mark.parametrize("server", [["--public-url", "https://reader.example.invalid"]], indirect=True)
async def test_the_page_sends_browsers_to_the_public_url(server):
    port, _ = server
    page = await asyncio.wait_for(_page(port), DEADLINE)
    assert "wss://reader.example.invalid/ws" in page and "127.0.0.1" not in page


def test_the_served_command_quotes_every_path(tmp_path):
    odd = tmp_path / "a folder; rm -rf ~ $(boom) 'x'"
    words = shlex.split(reader_command([str(odd), "-r"], recursive=True))
    assert words == [sys.executable, "-m", "tui", "-r", "--", str(odd), str(Path("-r").absolute())]


def test_serve_refuses_a_corpus_it_cannot_open(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "tui", "serve", str(tmp_path / "missing")], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 2
    assert out.stderr.strip() == f"parallax: {tmp_path / 'missing'}: no such file or folder"


def test_serve_on_a_busy_port_is_one_clear_line():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = subprocess.run(
            [sys.executable, "-m", "tui", "serve", "--port", str(port)], cwd=ROOT, capture_output=True, text=True, timeout=60
        )
    assert out.returncode == 2
    [line] = out.stderr.splitlines()
    assert line.startswith(f"parallax serve: cannot listen on 127.0.0.1:{port}: ") and "in use" in line
