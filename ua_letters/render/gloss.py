"""The gloss: the same letter in the writer's own language, on pages marked not to send.

A supporter who writes in Kyrgyz but reads German should know what they sign. The gloss
follows the letter on new pages, headed in the writer's language with "Translation for
you, the writer. Do not send this page."
"""

from __future__ import annotations

from dataclasses import replace

from ua_letters.compose.letter import Block, Letter
from ua_letters.compose.notes import GLOSS_BANNER, note


def marked(gloss: Letter) -> Letter:
    """The gloss letter with its banner as the first block."""
    banner = Block("subject", note(gloss.language, GLOSS_BANNER))
    return replace(gloss, blocks=(banner, *gloss.blocks))


def gloss_pdf(letter: Letter, gloss: Letter) -> bytes:
    from ua_letters.render.layout import layout_letter
    from ua_letters.render.pdf_letter import contents_pdf, page_contents

    pages = layout_letter(letter) + layout_letter(marked(gloss))
    return contents_pdf(page_contents(pages), letter)


def gloss_docx(letter: Letter, gloss: Letter) -> bytes:
    from ua_letters.render.docx import letter_docx

    return letter_docx(letter, appendix=marked(gloss))
