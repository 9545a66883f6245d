"""The supporter who signs: from command-line options or a small YAML file.

Supporter data is personal. It goes into the letter and nowhere else: not into logs,
exception messages or document metadata.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, ValidationError, field_validator, model_validator

from ua_letters.case.emailaddress import address_problem
from ua_letters.case.model import Gender, Strict
from ua_letters.case.plaintext import check_plain
from ua_letters.case.postal_address import postal_lines
from ua_letters.case.yamlsource import read_yaml
from ua_letters.errors import CaseFileError, Problem

MAX_LINE = 200
MAX_PERSONAL = 400
PARTS = ("street", "postcode", "city", "region", "country")  # a sender file's address parts


class Sender(Strict):
    """Who writes. `Sender.blank()` leaves lines to fill in by hand."""

    name: str = Field(min_length=1, max_length=MAX_LINE)
    address: list[str] = Field(default_factory=list, max_length=10)
    email: str | None = Field(None, max_length=MAX_LINE)
    gender: Gender = Gender.unknown
    personal: str | None = Field(
        default=None,
        max_length=MAX_PERSONAL,
        description="The writer's own sentence for the opening",
    )

    @model_validator(mode="before")
    @classmethod
    def _postal_parts(cls, data: object) -> object:
        """A sender file may give street, postcode, city, region and country apart; they
        are laid out by the country's convention (case/postal_address.py) into `address`."""
        if not isinstance(data, dict) or not set(data) & set(PARTS):
            return data
        data = dict(data)
        parts = {key: data.pop(key, None) for key in PARTS}
        if not all(v is None or isinstance(v, str | int) for v in parts.values()):
            raise ValueError("street, postcode, city, region and country are text")
        if data.get("address"):
            raise ValueError("give either address or street, postcode, city and country")
        text = {key: "" if v is None else str(v) for key, v in parts.items()}
        data["address"] = postal_lines(
            text["street"].splitlines(), text["postcode"], text["city"], text["country"],
            text["region"],
        )  # fmt: skip
        return data

    @field_validator("address", mode="before")
    @classmethod
    def _lines(cls, value: object) -> object:
        """Accept one multi-line string or a list of lines; drop empty lines."""
        if isinstance(value, str):
            value = value.splitlines()
        if isinstance(value, list):
            lines = [ln for item in value for ln in str(item).splitlines()]
            return [ln.strip() for ln in lines if ln.strip()]
        return value

    @field_validator("name", "address", "email", "personal")
    @classmethod
    def _plain(cls, value: object) -> object:
        return check_plain(value)

    @field_validator("email")
    @classmethod
    def _one_address(cls, value: str | None) -> str | None:
        problem = address_problem(value, ascii_local=False) if value else None  # no echo
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("address")
    @classmethod
    def _line_length(cls, lines: list[str]) -> list[str]:
        if any(len(line) > MAX_LINE for line in lines):
            raise ValueError(f"an address line is longer than {MAX_LINE} characters")
        return lines


def sender_from_options(
    name: str | None,
    address: list[str],
    email: str | None,
    gender: Gender | None = None,
    personal: str | None = None,
) -> Sender | None:
    """A sender from CLI options; None when no name is given (blank lines then)."""
    if name is None:
        if address or email or personal:
            raise CaseFileError("--address, --email and --personal need --name as well")
        return None
    try:
        return Sender(
            name=name,
            address=address,
            email=email,
            gender=gender or Gender.unknown,
            personal=personal,
        )
    except ValidationError as exc:
        raise CaseFileError(
            [Problem(_plain(e), field="--" + str(e["loc"][0])) for e in exc.errors()]
        ) from None


def load_sender(file: Path) -> Sender:
    source = read_yaml(file, what="sender file")
    try:
        return Sender.model_validate(source.data)
    except ValidationError as exc:
        raise CaseFileError(
            [
                Problem(
                    _plain(e),
                    source.name,
                    source.line_of(tuple(p for p in e["loc"] if isinstance(p, str | int))),
                    ".".join(str(p) for p in e["loc"]),
                )
                for e in exc.errors()
            ]
        ) from None


def _plain(error: object) -> str:
    # Only pydantic's message, never the input: the input is the supporter's data.
    assert isinstance(error, dict)
    if error["type"] == "extra_forbidden":
        return (
            "unknown key; a sender file has name, address (or street, postcode, city, region "
            "and country), email, gender and personal"
        )
    if error["type"] == "value_error":
        return str(error["ctx"]["error"])
    return str(error["msg"])
