"""Import: turn the text of a real UA into a draft case file.

reader (bytes -> text, one small reader per form in formats/) -> lines (classify) ->
sections -> meta, languages, story, people, actions, blocks (one per official) -> build
(fields) -> draft (YAML with CHECK comments). Each step returns its values and its
Findings (warnings, checks, lines); parse.py alone composes them into the ImportedUA.
`import_file` runs them all.
"""

from __future__ import annotations

from ua_letters.importer.casefile import refuse_case_file
from ua_letters.importer.draft import draft_yaml
from ua_letters.importer.parse import import_document
from ua_letters.importer.reader import Document, DocumentError, decode, read_document
from ua_letters.importer.result import FoundRecipient, ImportedUA, Notice


def import_file(source: str) -> ImportedUA:
    """Read a UA from a file path, or standard input for '-'."""
    document = read_document(source)
    refuse_case_file(document)
    return import_document(document)


def import_bytes(raw: bytes, name: str = "<text>") -> ImportedUA:
    document = decode(raw, name)
    refuse_case_file(document)
    return import_document(document)


__all__ = [
    "Document",
    "DocumentError",
    "FoundRecipient",
    "ImportedUA",
    "Notice",
    "draft_yaml",
    "import_bytes",
    "import_document",
    "import_file",
]
