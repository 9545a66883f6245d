"""The case file: what one Urgent Action says, validated strictly."""

from ua_letters.case.loader import load_case, parse_case
from ua_letters.case.model import Case, Gender, Recipient, Role
from ua_letters.case.sender import Sender, load_sender

__all__ = [
    "Case",
    "Gender",
    "Recipient",
    "Role",
    "Sender",
    "load_case",
    "load_sender",
    "parse_case",
]
