"""Command line: `parallax [PATH...]` opens the reader, `parallax export` prints the analysis,
`parallax serve` serves the reader to a web browser.

Every failure the user can cause ends in one line naming the file and the problem,
never a traceback. Exit status: 0 done, 1 output could not be written, 2 nothing to open
or bad usage.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from tui import __version__

EXIT_OK, EXIT_WRITE_FAILED, EXIT_NO_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """Usage errors quote the arguments, which a shell glob may have made of hostile file
    names: each line shown safely."""

    def _print_message(self, message: str, file=None) -> None:
        from tui.core.sanitize import visible

        super()._print_message("\n".join(map(visible, message.split("\n"))) if message else message, file)


def _reader_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="parallax",
        description="Read several news articles about one event side by side. "
        "With no PATH, opens the bundled sample corpus. `parallax export --help` for the export, "
        "`parallax serve --help` for the reader in a web browser.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files (.txt, .md, .html) or folders of them")
    p.add_argument("-r", "--recursive", action="store_true", help="look for articles in sub-folders too")
    p.add_argument("--theme", metavar="NAME", help="a Textual theme (remembered in the config)")
    p.add_argument("--reset", action="store_true", help="forget the reading position and corrections of this corpus")
    p.add_argument("--version", action="version", version=f"parallax {__version__}")
    return p


def _corpus_arguments(p: argparse.ArgumentParser) -> None:
    """The articles a sub-command works on."""
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: the sample corpus)")
    p.add_argument("-r", "--recursive", action="store_true", help="look for articles in sub-folders too")


def _export_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="parallax export",
        description="Print the analysis of the articles as JSON (schema parallax.export/2), a Markdown "
        "report, the fact × outlet matrix as CSV, or one self-contained HTML page.",
    )
    _corpus_arguments(p)
    p.add_argument("--format", choices=("json", "md", "csv", "html"), default="json", help="output format (default: json)")
    p.add_argument("--links", action="store_true",
                   help="JSON: add the pairwise paragraph links (any two places of one fact; they can number in millions)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    return p


def _serve_parser() -> argparse.ArgumentParser:
    from tui.serve import DEFAULT_HOST, DEFAULT_PORT

    p = argparse.ArgumentParser(
        prog="parallax serve",
        description="Serve the reader to a web browser (one reader per tab). There is no login: "
        "anyone who can reach the address reads the articles.",
    )
    _corpus_arguments(p)
    p.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default: {DEFAULT_HOST}, this machine only)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port to listen on (default: {DEFAULT_PORT})")
    p.add_argument("--public-url", metavar="URL", help="the address browsers use, when it is not http://HOST:PORT "
                   "(a proxy, or --host 0.0.0.0)")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["export"]:
        return _export(_export_parser().parse_args(argv[1:]))
    if argv[:1] == ["serve"]:
        return _serve(_serve_parser().parse_args(argv[1:]))
    if argv[:1] == ["paths"]:
        return _paths()
    return _read(_reader_parser().parse_args(argv))


def _paths() -> int:
    """Where the config, the per-corpus state and the analysis cache live."""
    from tui.core.store import Places

    places = Places.default()
    print(f"config  {places.config}")
    print(f"state   {places.state}")
    print(f"cache   {places.cache}")
    return EXIT_OK


def _session(paths: list[str], recursive: bool):
    """The corpus the paths name, with its store, and the paths' problems; no session (and
    the problems said) when no file is left."""
    from tui.core.discover import find_articles
    from tui.core.session import Session
    from tui.core.store import Places
    from tui.resources import sample_corpus

    files, problems = find_articles(paths or [sample_corpus()], recursive)
    if not files:
        _report(problems, fatal=True)
        return None, problems
    return Session(files, Places.default()), problems


def _report(problems, fatal: bool) -> None:
    """One line per problem on stderr: an error when nothing could be opened, else a warning."""
    for problem in problems:
        _say(f"{problem}" if fatal else f"warning: {problem}{' (skipped)' * problem.skipped}")
    if fatal and not problems:
        _say("no articles to open")


def _say(message: str) -> None:
    """One line on stderr. Messages quote file names, config values and the system's words:
    shown safely, so that a file's name cannot retitle or clear the terminal."""
    from tui.core.sanitize import visible

    print(f"parallax: {visible(message)}", file=sys.stderr)


def _export(args: argparse.Namespace) -> int:
    session, problems = _session(args.paths, args.recursive)
    if session is None:
        return EXIT_NO_INPUT
    corrections = session.state().corrections
    # The links can number in millions: an export with them is made afresh, never kept.
    kept = None if args.links else session.exported(corrections, args.format)
    if kept is None:
        comparison = _comparison(session, corrections, problems)
        if comparison is None:
            return EXIT_NO_INPUT
        text = _formatted(comparison, args.format, args.links)
        if not args.links:
            text = session.keeping_export(corrections, args.format, text)
    else:
        text = [kept]  # in chunks, as a fresh export is written
        problems += session.reading_problems  # said again when the export comes from the cache
    _report(problems, fatal=False)
    for warning in session.warnings:
        _say(f"warning: {warning}")
    return _write_to_file(args.output, text) if args.output else _write_to_stdout(text)


def _comparison(session, corrections, problems: list):
    """The analysis, from the cache or made (and kept); None, the problems said, when no
    article could be read. `problems` gains what reading the files said."""
    comparison = session.cached(corrections)
    problems += session.reading_problems  # said again when the analysis comes from the cache
    if comparison is None:
        articles, unreadable = session.read()
        problems += unreadable
        if not articles:
            _report(problems, fatal=True)
            return None
        comparison = session.analyse(articles, corrections)
        session.store(comparison, corrections)
    # The analysis stays until the export is written: the collector need not walk it again
    # (it took 1.7 s of the 4.8 s the export of 1,000 generated articles took).
    gc.freeze()
    return comparison


def _formatted(comparison, form: str, links: bool):
    """The export's text, in pieces: JSON and CSV are streamed; the reports are made whole."""
    from tui.core.export import csv_chunks, json_chunks, to_markdown

    if form == "json":
        return json_chunks(comparison, links=links)
    if form == "csv":
        return csv_chunks(comparison)
    if form == "html":
        from tui.core.export_html import to_html

        return [to_html(comparison)]
    return [to_markdown(comparison)]


def _write_to_stdout(text) -> int:
    try:
        sys.stdout.writelines(text)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader of the pipe stopped (| head): not an error
        _drop_stdout()
    except OSError as err:  # a full disk, /dev/full
        _drop_stdout()
        _say(f"standard output: cannot write: {err.strerror or err}")
        return EXIT_WRITE_FAILED
    return EXIT_OK


def _drop_stdout() -> None:
    """What is still buffered goes nowhere: flushing it again at exit would fail again."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _write_to_file(output: str, text) -> int:
    from tui.core.store import write_atomically

    try:
        write_atomically(Path(output), text)
    except OSError as err:
        _say(f"{output}: cannot write: {err.strerror or err}")
        return EXIT_WRITE_FAILED
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    """The reader in a browser; its paths are checked here, so a bad one fails at once."""
    from tui.core.discover import find_articles
    from tui.serve import serve

    if args.paths:
        files, problems = find_articles(args.paths, args.recursive)
        _report(problems, fatal=not files)
        if not files:
            return EXIT_NO_INPUT
    try:
        serve(args.paths, args.recursive, args.host, args.port, args.public_url)
    except OSError as err:
        from tui.core.sanitize import visible  # the host is the user's words

        print(visible(f"parallax serve: cannot listen on {args.host}:{args.port}: {err.strerror or err}"), file=sys.stderr)
        return EXIT_NO_INPUT
    return EXIT_OK


def _read(args: argparse.Namespace) -> int:
    from tui.core.collector import collector_paused

    # Loading the reader's modules makes ~30 ms of collections and no garbage; the app
    # keeps the collector paused until its first frame is drawn.
    with collector_paused():
        app, problems = _reader(args)
    if app is None:
        return EXIT_NO_INPUT
    import asyncio

    # A loop of our own: asyncio.run() would wait, once the reader has quit, for the analysis
    # still running in its thread (leaving a blank terminal busy for as long as it takes,
    # minutes for a huge file); so would Python at exit, whence _leave_unfinished_work.
    loop = asyncio.new_event_loop()
    app.run(loop=loop)
    _report(problems + app.unreadable, fatal=app.return_code == EXIT_NO_INPUT)
    code = app.return_code or EXIT_OK
    _leave_unfinished_work(code)
    loop.close()
    return code


def _leave_unfinished_work(code: int) -> None:
    """Quit without waiting for an analysis still running in its thread: its result is not
    needed, and the cache writes in transactions."""
    import threading

    if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _reader(args: argparse.Namespace):
    """The reader's app, its corpus opening in a thread, and the paths' problems; no app when
    there is nothing to read or no terminal to show it in."""
    session, problems = _session(args.paths, args.recursive)
    if session is None:
        return None, problems
    if not (sys.stdin.isatty() and sys.stdout.isatty()) and not os.environ.get("TEXTUAL_DRIVER"):
        # Without a terminal Textual would wait for one for ever (ssh without -t, a pipe);
        # a driver of its own (textual-serve's, for `parallax serve`) needs none.
        print("parallax needs a terminal; use `parallax export` for scripts", file=sys.stderr)
        return None, problems
    if args.reset:
        session.forget()
    session.open_early()
    from tui.app import ParallaxApp

    return ParallaxApp(session, theme=args.theme or ""), problems
