"""Command line: `parallax [PATH...]` opens the reader, `parallax export` prints the analysis.

Every failure the user can cause ends in one line naming the file and the problem,
never a traceback. Exit status: 0 done, 1 output could not be written, 2 nothing to open
or bad usage.
"""

from __future__ import annotations

import argparse
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
        "With no PATH, opens the bundled sample corpus. `parallax export --help` for the export.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files (.txt, .md) or folders of them")
    p.add_argument("-r", "--recursive", action="store_true", help="look for articles in sub-folders too")
    p.add_argument("--theme", metavar="NAME", help="a Textual theme (remembered in the config)")
    p.add_argument("--reset", action="store_true", help="forget the reading position and corrections of this corpus")
    p.add_argument("--version", action="version", version=f"parallax {__version__}")
    return p


def _export_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="parallax export",
        description="Print the analysis of the articles as JSON (schema parallax.export/1) or Markdown.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: the sample corpus)")
    p.add_argument("-r", "--recursive", action="store_true", help="look for articles in sub-folders too")
    p.add_argument("--format", choices=("json", "md"), default="json", help="output format (default: json)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["export"]:
        return _export(_export_parser().parse_args(argv[1:]))
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
    from tui.core.export import json_chunks, to_markdown

    from tui.core.session import corrections_in

    corrections = corrections_in(session.state())
    comparison = session.cached(corrections)
    if comparison is None:
        articles, unreadable = session.read()
        problems += unreadable
        if not articles:
            _report(problems, fatal=True)
            return EXIT_NO_INPUT
        comparison = session.analyse(articles, corrections)
        session.store(comparison, corrections)
    _report(problems, fatal=False)
    for warning in session.warnings:
        _say(f"warning: {warning}")
    text = json_chunks(comparison) if args.format == "json" else [to_markdown(comparison)]
    return _write_to_file(args.output, text) if args.output else _write_to_stdout(text)


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


def _read(args: argparse.Namespace) -> int:
    session, problems = _session(args.paths, args.recursive)
    if session is None:
        return EXIT_NO_INPUT
    if args.reset:
        session.forget()
    from tui.app import ParallaxApp

    app = ParallaxApp(session, theme=args.theme or "")
    app.run()
    _report(problems + app.unreadable, fatal=app.return_code == EXIT_NO_INPUT)
    return app.return_code or EXIT_OK
