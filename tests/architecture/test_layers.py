"""Imports point down the pipeline: errors/resources < case < compose < render <
delivery = importer < pack < api < cli = web, and the shells use only the API."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.architecture.layers import LAYERS, PACKAGE, module_name, unit_of, violations


def test_no_import_points_up_or_sideways() -> None:
    found = violations()
    assert not found, "\n".join(map(str, found))


def test_every_part_of_the_package_has_a_layer() -> None:
    units = {unit_of(module_name(p)) for p in PACKAGE.rglob("*.py")}
    assert units <= set(LAYERS), units - set(LAYERS)


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "ua_letters"
    for name, text in {"__init__.py": "", **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("files", "offence"),
    [
        # the kinds of wrong-way import the tree used to have
        ({"case/model.py": "def f():\n    from ua_letters.compose.requests import x\n"},
         "case imports ua_letters.compose.requests"),
        ({"compose/trial.py": "from ua_letters.render.pdf import letter_pdf\n"},
         "compose imports ua_letters.render.pdf"),
        ({"pack/build.py": "from ua_letters.api import check\n"},
         "pack imports ua_letters.api"),
        ({"cli/options.py": "from ua_letters.case.sender import Sender\n"},
         "cli imports ua_letters.case.sender"),
        ({"web/i18n.py": "from ua_letters.resources import locales_dir\n"},
         "web imports ua_letters.resources"),
        ({"importer/x.py": "import ua_letters.delivery.email\n"},
         "importer imports ua_letters.delivery.email"),
        ({"render/pdf/fonts.py": "from ...pack import work\n"},
         "render imports ua_letters.pack"),
    ],
)  # fmt: skip
def test_the_checker_finds_each_kind_of_offence(
    tmp_path: Path, files: dict[str, str], offence: str
) -> None:
    (found,) = violations(_tree(tmp_path, files))
    assert str(found).endswith(offence)


def test_the_checker_allows_what_the_layers_allow(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "compose/x.py": "from ua_letters.case.model import Case\nfrom . import y\n",
            "cli/app.py": "from ua_letters import api\nfrom ua_letters.errors import E\n",
            "pack/p.py": "from ua_letters.render.pdf import letter_pdf\n",
        },
    )
    assert violations(root) == []
