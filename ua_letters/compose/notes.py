"""Short texts that go around a letter rather than in it: the fax cover, the gloss banner.

Their wording lives in the catalogs.
"""

from __future__ import annotations

from ua_letters.compose.catalogs import N_, messages

GLOSS_BANNER = N_("gloss", "Translation for you, the writer. Do not send this page.")
FAX_TITLE = N_("fax", "FAX")
FAX_TO = N_("fax", "To:")
FAX_FROM = N_("fax", "From:")
FAX_NUMBER = N_("fax", "Fax number:")
FAX_PAGES = N_("fax", "Pages (including this one):")
FAX_RE = N_("fax", "Re:")
FAX_DATE = N_("fax", "Date:")


def note(language: str, entry: tuple[str, str]) -> str:
    """The text of a note in `language`; a missing translation raises, never English."""
    context, message = entry
    return messages(language).get(message, context=context)
