"""ua-letters: turn an Urgent Action into ready-to-send appeal letters.

The package is laid out as the pipeline it runs:

    case/     the case file: model, YAML loader, sender
    compose/  language work: catalogs, dates, grammar, salutations, templates -> Letter
    render/   writers: PDF (reportlab), DOCX (python-docx), file names, atomic writes
    api.py    the library entry points that the CLI (cli/) and tests call
"""

__version__ = "0.1.0"
