"""The few closed sets of words that the command line offers as choices.

They live here, at the bottom of the package and with no imports, because `ua-letters
--help` must show them without loading the case model (pydantic, phonenumbers), which
alone takes longer than the whole help screen may.
"""

from enum import StrEnum


# A writer's or an official's gender, as grammar needs it. (No docstring: it would
# become the JSON schema's description of every gender field.)
class Gender(StrEnum):
    male = "male"
    female = "female"
    unknown = "unknown"


# How letters reach the official.
class Channel(StrEnum):
    post = "post"
    fax = "fax"
    email = "email"
