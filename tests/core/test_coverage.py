"""Who reports what: marks per outlet, omissions, and the reports that show them."""

from tui.core.compare import compare
from tui.core.coverage import DIFFERS, REPORTS, SILENT, Coverage, by_support
from tui.core.export import to_markdown

from .corpus import FLOOD_STORY as STORY
from .corpus import articles_from


def test_marks_and_omissions():
    c = compare(articles_from(*STORY))
    coverage = Coverage(c)
    bridge = next(f for f in c.facts if "bridge" in f.label)
    power = next(f for f in c.facts if "homes" in f.label)
    assert coverage.marks(bridge) == REPORTS * 3 + SILENT
    assert coverage.marks(power) == DIFFERS * 2 + SILENT * 2
    concert = next(f for f in c.facts if "concert" in f.label)
    assert coverage.omissions("a3") == [bridge, power]  # two of the three others report each
    assert coverage.omissions("a2") == [power]
    assert concert not in coverage.omissions("a0")  # one outlet in three is not half of them
    assert by_support(c.facts)[0] == bridge


def test_the_markdown_report_has_the_fact_table_and_each_outlets_omissions():
    report = to_markdown(compare(articles_from(*STORY)))
    assert "## Who reports what" in report and "## What each outlet leaves out" in report
    row = next(line for line in report.splitlines() if "Orrin bridge" in line and line.startswith("| f"))
    assert "| 3/4 | ● | ● | ● | · |" in row
    leaves = report.split("## What each outlet leaves out")[1].split("###")
    assert "Orrin bridge" in next(part for part in leaves if part.strip().startswith("a3"))
