"""A case file given to `import`: say so, rather than read YAML keys as a UA.

A section office that keeps its case files next to the UAs may pass one to `import` by
mistake (or to re-import a draft). Read as a UA it makes a draft of nonsense — the keys
`ua:`, `recipients:` and `title:` taken for headings and officials — so the file is
recognised by its top-level keys, without parsing it as YAML (it is still untrusted input).
"""

from __future__ import annotations

import re

from ua_letters.importer.formats import DocumentError
from ua_letters.importer.reader import Document

_TOP_KEY = re.compile(r"^(ua|languages|recipients|actions|person|people|group):(?:\s|$)")
_NEEDED = {"ua", "recipients"}


def refuse_case_file(document: Document) -> None:
    """Raise DocumentError when `document` is a ua-letters case file, not a UA."""
    keys = {m[1] for line in document.lines if (m := _TOP_KEY.match(line))}
    if keys >= _NEEDED:
        raise DocumentError(
            f"{document.name} is already a case file (YAML with ua: and recipients:), not "
            "the text of an Urgent Action",
            hint=f"check it with: ua-letters validate {document.name}; write letters with: "
            f"ua-letters render {document.name}",
        )
