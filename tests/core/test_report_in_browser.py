"""The HTML report in a real browser: headless Chromium reads it as a reader's browser would.

Skipped where Chromium is missing (`.ci/run` installs Debian's). Each run is bounded in time
and uses its own profile folder; Chromium is told not to reach the network."""

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.core.test_export_html import Page
from tui.core.export_html import to_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(not CHROMIUM, reason="chromium is not installed (.ci/run installs it with apt-get)")


def chromium(tmp_path: Path, page: Path, *action: str) -> subprocess.CompletedProcess:
    """Headless Chromium on a local page, its console written to stderr."""
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0", *action, page.as_uri()],
        capture_output=True, text=True, timeout=90,
    )


def _console_errors(run: subprocess.CompletedProcess) -> list[str]:
    return [line for line in run.stderr.splitlines() if "CONSOLE" in line or "Refused to" in line]


def test_a_script_error_would_be_seen(tmp_path):
    # The check below is only worth something if a failing script shows in Chromium's log.
    broken = tmp_path / "broken.html"
    broken.write_text("<!doctype html><p>x</p><script>no_such_function()</script>", encoding="utf-8")
    assert any("no_such_function" in line for line in _console_errors(chromium(tmp_path, broken, "--dump-dom")))


def test_the_report_shows_its_columns_marks_and_divergences(tmp_path, sample_comparison):
    report = tmp_path / "report.html"
    report.write_text(to_html(sample_comparison), encoding="utf-8")
    run = chromium(tmp_path, report, "--dump-dom")
    assert run.returncode == 0 and not _console_errors(run), run.stderr[-2000:]
    page = Page(run.stdout)  # the document as the browser built it
    assert len(page.header_cells) == len(sample_comparison.articles)
    marks = [a for tag, a in page.elements if tag == "span" and "mark" in a.get("class", "")]
    assert {"m-all", "m-some", "m-only", "m-conflict"} <= {c for a in marks for c in a["class"].split()}
    divergences = run.stdout[run.stdout.index('id="divergences"'):run.stdout.index('id="story"')]
    assert divergences.count("<q>") == sum(len(d.sides) for d in sample_comparison.divergences)


def test_the_report_prints_to_pdf(tmp_path, sample_comparison):
    report, pdf = tmp_path / "report.html", tmp_path / "report.pdf"
    report.write_text(to_html(sample_comparison), encoding="utf-8")
    run = chromium(tmp_path, report, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    assert run.returncode == 0, run.stderr[-2000:]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page>") + data.count(b"/Type /Page/") >= 2
