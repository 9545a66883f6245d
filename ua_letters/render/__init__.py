"""Renderers: a composed `Letter` to PDF or DOCX bytes, and safe writing of files.

fontTools and python-docx are imported inside the functions that use them, so that
`ua-letters --help` and the web app's start stay fast.
"""

FORMATS = ("pdf", "docx")
