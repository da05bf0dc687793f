import pkgutil
import subprocess
import sys

import tui.core


def test_core_never_imports_textual():
    modules = [f"tui.core.{m.name}" for m in pkgutil.iter_modules(tui.core.__path__)]
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules) + (
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert len(modules) >= 8


def test_export_command_never_imports_textual(tmp_path):
    code = (
        "import sys\nfrom tui.cli import main\n"
        f"main(['export', '-o', {str(tmp_path / 'out.json')!r}])\n"
        "assert 'textual' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
