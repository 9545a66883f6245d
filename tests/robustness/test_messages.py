# ruff: noqa: E501  (a table reads best one row per line)
"""Every message a user can meet: the input that triggers it, its exit code, no traceback.

One row per message. A new user-facing error belongs here, with the input that shows it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, run_cli

CASE = EXAMPLE.read_text(encoding="utf-8")


def bad_case(old: str, new: str) -> str:
    assert old in CASE, old
    return CASE.replace(old, new)


FILES: dict[str, str | bytes] = {
    "unreachable.yaml": bad_case(
        "    address:\n      - 72, Orozbekova Street\n      - Bishkek 720040, KYRGYZSTAN\n"
        "    fax: +996 312 66 54 11\n",
        "",
    ),
    "unknown-key.yaml": bad_case("  country: KG\n", "  country: KG\n  contry: KG\n"),
    "bad-date.yaml": bad_case("issued: 2010-08-05", "issued: 2010-02-30"),
    "bad-language.yaml": bad_case("languages: [ru, ky, en]", "languages: [ru, xx]"),
    "broken.yaml": bad_case("  index: EUR 58/011/2010", "  index: [EUR"),
    "bad-fax.yaml": bad_case("fax: +996 312 68 20 44", "fax: 68 20 44"),
    "bad-gender.yaml": bad_case("  gender: male\n", "  gender: man\n"),
    "bad-request.yaml": bad_case("request: release_poc", "request: free_everyone"),
    "duplicate.yaml": bad_case("  update: 1\n", "  update: 1\n  update: 2\n"),
    "bomb.yaml": "a: &a [x, x]\nb: [*a, *a]\n",
    "empty.yaml": "",
    "list.yaml": "- just\n- a list\n",
    "cp1251.yaml": "ua: Кыргызстан\n".encode("cp1251"),
    "ok-sender.yaml": "name: Anna\n",
    "bad-sender.yaml": "name: Anna\nphone: 123\n",
    "supporters.csv": "name,language\nAnna,ru\n,ky\nBoris,xx\n",
    "no-name-column.csv": "email,language\na@b.c,ru\n",
    "empty.txt": "",
    "binary.txt": b"\x00\x01\x02\x03" * 100,
    "no-recipients.txt": "Urgent Action 1/10\nPlease write to the authorities.\n",
    "embassy-bad.yaml": "name: X\n",
    "a-file": "x",
    # issue 14: readers that do not trust their input
    "python-tag.yaml": "ua: !!python/name:os.system x\n",
    "own-tag.yaml": "ua: !x 1\n",
    "binary-tag.yaml": "ua: !!binary aGVsbG8=\n",
    "merge-key.yaml": "base: {number: '1/10'}\nua:\n  <<: *base\n".replace(
        "*base", "{country: KG}"
    ),
    "deep.yaml": "ua: " + "[" * 50_000 + "]" * 50_000 + "\n",
    "surrogate.yaml": bad_case(
        "    latn: Azimzhan Askarov\n", '    latn: "Azimzhan \\ud800Askarov"\n'
    ),
    "too-big.yaml": "a: b\n" + "#" * 2_100_000 + "\n",
    "short-fax.yaml": bad_case("fax: +996 312 68 20 44", "fax: +996 312 68"),
    "premium-fax.yaml": bad_case("fax: +996 312 68 20 44", "fax: +44 909 879 0000"),
    "same-id.yaml": bad_case("  - id: general-prosecutor", "  - id: minister-of-internal-affairs"),
    "long-id.yaml": bad_case("  - id: general-prosecutor", "  - id: " + "g" * 300),
    "comma-email.yaml": bad_case(
        "    fax: +996 312 66 54 11\n", "    fax: +996 312 66 54 11\n    email: a@b.kg, c@d.kg\n"
    ),
    "ascii-local.yaml": bad_case(
        "    fax: +996 312 66 54 11\n",
        "    fax: +996 312 66 54 11\n    email: прокурор@пример.kg\n",
    ),
    "email-as-language.csv": "name,language\nAnna,ru\nBoris,boris.private@example.org\n",
    "stray-quote.csv": "name,language\nAnna,ru\n\"Boris,ky\n"
    + "".join(f"Person {i},ru\n" for i in range(40)),
    "all-bad.csv": "name,language\n,ru\nBoris,xx\n",
    "tpl-ps/en/letter.txt.j2": "subject: x\np: a paragraph\nps: a postscript\n",
    "tpl-ps-included/en/letter.txt.j2": "subject: x\n{% include 'en/end.txt.j2' %}\n",
    "tpl-ps-included/en/end.txt.j2": "p: a paragraph\nps: a postscript\n",
    "tpl-loop/en/letter.txt.j2": "subject: x\np: {% for a in range(100000) %}"
    "{% for b in range(100000) %}{% endfor %}{% endfor %}\n",
    "tpl-power/en/letter.txt.j2": "subject: x\np: {{ 10 ** (10 ** 7) }}\n",
    "tpl-center/en/letter.txt.j2": "subject: x\np: {{ 'x'|center(10**10) }}\n",
    "tpl-wrap/en/letter.txt.j2": "subject: x\np: {{ ('x' * 999999)|wordwrap(1) }}\n",
    "tpl-format/en/letter.txt.j2": "subject: x\np: {{ '{:>10000000000}'.format('x') }}\n",
    "tpl-join/en/letter.txt.j2": "subject: x\np: {{ ([('x' * 999999)] * 1000)|join }}\n",
    "tpl-type/en/letter.txt.j2": "subject: x\np: {{ 1 + 'a' }}\n",
    "tpl-readme/en/pack-readme.txt.j2": "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}\n",
    "with-email.yaml": bad_case(
        "    fax: +996 312 66 54 11\n",
        "    fax: +996 312 66 54 11\n    email: prokuror@prokuratura.kg\n",
    ),
}
E = str(EXAMPLE)
MESSAGES: list[tuple[str, list[str], int, str]] = [
    # (what, arguments, exit code, part of the message on stderr)
    ("missing case file", ["validate", "nope.yaml"], 1, "cannot read the case file"),
    ("unreachable recipient", ["validate", "unreachable.yaml"], 1,
     "recipients[1]: a recipient needs a postal address, a fax or an e-mail address"),
    ("unknown key", ["validate", "unknown-key.yaml"], 1, "unknown key 'contry'; did you mean 'country'?"),
    ("impossible date", ["validate", "bad-date.yaml"], 1, "'2010-02-30' is not a real date"),
    ("unknown language", ["validate", "bad-language.yaml"], 1, "no letters ship for xx"),
    ("broken YAML", ["validate", "broken.yaml"], 1, "broken YAML"),
    ("local fax number", ["validate", "bad-fax.yaml"], 1, "is not an international number"),
    ("bad gender", ["validate", "bad-gender.yaml"], 1, "is not one of: 'male', 'female' or 'unknown'"),
    ("unknown standard request", ["validate", "bad-request.yaml"], 1, "free_everyone"),
    ("duplicate key", ["validate", "duplicate.yaml"], 1, "the key 'update' appears twice"),
    ("YAML bomb", ["validate", "bomb.yaml"], 1, "anchors and aliases (&, *) are not allowed"),
    ("empty case file", ["validate", "empty.yaml"], 1, "the case file is empty"),
    ("not a mapping", ["validate", "list.yaml"], 1, "a case file must be a mapping of keys"),
    ("not UTF-8", ["validate", "cp1251.yaml"], 1, "not UTF-8 text"),
    ("language not shipped", ["render", E, "--lang", "xx", "--out", "out"], 1, "no letters ship for 'xx'"),
    ("unknown format", ["render", E, "--format", "odt", "--out", "out"], 1, "unknown format 'odt'"),
    ("bad --date", ["render", E, "--date", "20.08.2010"], 2, "is not a date; write it as YYYY-MM-DD"),
    ("address without name", ["render", E, "--address", "x", "--out", "out"], 1, "need --name as well"),
    ("sender file and options", ["render", E, "--sender", "ok-sender.yaml", "--name", "A"], 2,
     "use either --sender FILE or --name"),
    ("bad sender file", ["render", E, "--sender", "bad-sender.yaml", "--out", "out"], 1, "unknown key"),
    ("control character", ["render", E, "--name", "A\x1bB", "--out", "out"], 1, "control character"),
    ("undrawable character", ["render", E, "--name", "தமிழ்", "--format", "pdf", "--out", "out"],
     1, "cannot draw U+0BA4 TAMIL LETTER TA"),
    ("no e-mail recipients", ["render", E, "--channel", "email", "--out", "out"], 1,
     "no recipient can be reached by email"),
    ("unknown channel", ["render", E, "--channel", "pigeon"], 2, "Invalid value for '--channel'"),
    ("embassy file incomplete", ["render", E, "--embassy", "embassy-bad.yaml", "--out", "out"], 1,
     "a recipient needs a postal address, a fax or an e-mail address"),
    ("unusable output folder", ["render", E, "--out", "a-file/letters"], 1,
     "cannot create the output folder"),
    ("unknown command", ["frobnicate"], 2, "No such command"),
    ("missing argument", ["render"], 2, "Missing argument"),
    ("empty UA text", ["import", "empty.txt"], 1, "is empty"),
    ("binary UA", ["import", "binary.txt"], 1, "binary"),
    # issue 11: the draft is still written with everything else the UA says, and a warning
    ("UA without recipients", ["import", "no-recipients.txt"], 0, "no recipients found"),
    ("missing UA file", ["import", "nope.txt"], 1, "cannot read nope.txt"),
    ("pack: bad rows skipped", ["pack", E, "--supporters", "supporters.csv", "--out", "p.zip", "-q"],
     1, "row 3"),
    ("pack: no name column", ["pack", E, "--supporters", "no-name-column.csv", "--out", "p.zip"], 1,
     "name"),
    ("pack: missing supporters", ["pack", E, "--supporters", "nope.csv", "--out", "p.zip"], 1,
     "no such supporter file"),
    ("languages --check of nothing", ["languages", "--check", "nope"], 1, "nope"),
    # issue 14: YAML beyond plain data, sizes, numbers, ids and addresses
    ("YAML python tag", ["validate", "python-tag.yaml"], 1, "python-tag.yaml:1: YAML tags (!!python/name:os.system) are not allowed"),
    ("YAML own tag", ["validate", "own-tag.yaml"], 1, "own-tag.yaml:1: YAML tags (!x) are not allowed"),
    ("YAML binary tag", ["validate", "binary-tag.yaml"], 1, "YAML tags (!!binary) are not allowed"),
    ("YAML merge key", ["validate", "merge-key.yaml"], 1, "merge-key.yaml:3: merge keys (<<:) are not allowed"),
    ("YAML nesting", ["validate", "deep.yaml"], 1, "deep.yaml:1: nested more than 40 levels deep"),
    ("lone surrogate", ["validate", "surrogate.yaml"], 1, "person.name.latn: holds U+D800, half of a character pair"),
    ("case file too big", ["validate", "too-big.yaml"], 1, "is larger than 2,000,000 bytes, the limit"),
    ("endless case file", ["validate", "/dev/zero"], 1, "/dev/zero: the case file is larger than 2,000,000 bytes"),
    ("fax digits short", ["validate", "short-fax.yaml"], 1, "'+996 312 68' is not a valid number in its country"),
    ("premium-rate fax", ["validate", "premium-fax.yaml"], 1, "'+44 909 879 0000' is a premium-rate number"),
    ("two recipients one id", ["validate", "same-id.yaml"], 1, "recipients[1].id: 'minister-of-internal-affairs' is also the id of recipients[0]"),
    ("recipient id too long", ["validate", "long-id.yaml"], 1, "recipients[1].id: is longer than 40 characters"),
    ("two addresses in one", ["validate", "comma-email.yaml"], 1, "holds a comma or semicolon; give one address"),
    ("non-ASCII local part", ["validate", "ascii-local.yaml"], 1, "letters outside ASCII before the @"),
    ("pack: a cell never echoed", ["pack", E, "--supporters", "email-as-language.csv", "--out", "p.zip", "-q"], 1,
     "row 3: the language column holds an e-mail address"),
    ("pack: stray quote", ["pack", E, "--supporters", "stray-quote.csv", "--out", "p.zip"], 1,
     "row 3: a quote (\") opens a cell that runs on over"),
    ("pack: every row bad", ["pack", E, "--supporters", "all-bad.csv", "--out", "p3.zip"], 1,
     "all-bad.csv: no supporter rows to make letters for; all 2 rows were skipped\n  all-bad.csv row 2: no name\n  all-bad.csv row 3: the language column"),
    ("user template: unknown block", ["render", E, "--templates", "tpl-ps", "--lang", "en", "--out", "out"], 1,
     "tpl-ps/en/letter.txt.j2:3: template error: unknown block kind 'ps'"),
    ("user template: unknown block, included", ["render", E, "--templates", "tpl-ps-included", "--lang", "en", "--out", "out"], 1,
     "tpl-ps-included/en/end.txt.j2:2: template error: unknown block kind 'ps'"),
    ("user template: endless loops", ["render", E, "--templates", "tpl-loop", "--lang", "en", "--out", "out"], 1,
     "tpl-loop/en/letter.txt.j2:2: template error: the loops take more than 1,000,000 steps"),
    ("user template: huge power", ["render", E, "--templates", "tpl-power", "--lang", "en", "--out", "out"], 1,
     "tpl-power/en/letter.txt.j2:2: template error: the power 10 ** 10000000 is too large"),
    ("user template: huge filter width", ["render", E, "--templates", "tpl-center", "--lang", "en", "--out", "out"], 1,
     "tpl-center/en/letter.txt.j2:2: template error: center would make more than 1,000,000 characters"),
    ("user template: quadratic wordwrap", ["render", E, "--templates", "tpl-wrap", "--lang", "en", "--out", "out"], 1,
     "tpl-wrap/en/letter.txt.j2:2: template error: wordwrap(1) of this text takes too long"),
    ("user template: huge format width", ["render", E, "--templates", "tpl-format", "--lang", "en", "--out", "out"], 1,
     "tpl-format/en/letter.txt.j2:2: template error: the format {:>10000000000} would make more than 1,000,000 characters"),
    ("user template: huge filter input", ["render", E, "--templates", "tpl-join", "--lang", "en", "--out", "out"], 1,
     "tpl-join/en/letter.txt.j2:2: template error: the value given to |join would make more than 1,000,000 characters"),
    ("user pack README: self-calling macro", ["pack", E, "--blank", "1", "--templates", "tpl-readme", "--out", "p4.zip"], 1,
     "tpl-readme/en/pack-readme.txt.j2:1: template error: a macro or include calls itself without end"),
    ("user template: wrong type", ["render", E, "--templates", "tpl-type", "--lang", "en", "--out", "out"], 1,
     "tpl-type/en/letter.txt.j2:2: template error: TypeError: unsupported operand type(s) for +"),
    ("--email with a line break", ["render", "with-email.yaml", "--channel", "email", "--name", "A", "--email", "a@b.kg\r\nBcc: x@y.kg", "--out", "out"], 1,
     "--email: holds a line break"),
    ("--email with two addresses", ["render", "with-email.yaml", "--channel", "email", "--name", "A", "--email", "a@b.kg, c@d.kg", "--out", "out"], 1,
     "--email: holds a comma or semicolon"),
]  # fmt: skip


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("messages")
    for name, content in FILES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("what", "args", "code", "message"), MESSAGES, ids=[m[0] for m in MESSAGES]
)
def test_every_message(workdir: Path, what: str, args: list[str], code: int, message: str) -> None:
    result = run_cli(*args, cwd=workdir)
    assert result.returncode == code, f"{what}: {result.stderr}"
    assert message in result.stderr, f"{what}: {result.stderr}"
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def test_messages_about_the_senders_address_never_echo_it(workdir: Path) -> None:
    secret = "anna.private@example.org"
    for bad in (f"{secret}\r\nBcc: x@y.kg", f"{secret}, x@y.kg", f"<{secret}>"):
        result = run_cli(
            "render", "with-email.yaml", "--channel", "email", "--name", "A", "--email", bad,
            "--out", "out", cwd=workdir,
        )  # fmt: skip
        assert result.returncode == 1 and "--email" in result.stderr
        assert "anna.private" not in result.stderr + result.stdout


def test_a_supporters_cell_is_never_echoed(workdir: Path) -> None:
    result = run_cli(
        "pack", E, "--supporters", "email-as-language.csv", "--out", "p2.zip", cwd=workdir
    )
    assert result.returncode == 1 and "row 3" in result.stderr
    assert "boris.private" not in result.stderr + result.stdout
