"""ua-letters: turn an Urgent Action into ready-to-send appeal letters.

The package is laid out as the pipeline it runs (README, "How it is built"):

    *.py       the foundation: errors, resources, text safety, ZIP, signals
    case/      the case file: model, YAML loader, sender, plausibility
    compose/   language work: registry of languages, catalogs, dates, grammar, templates -> Letter
    render/    layout and writers: PDF (render/pdf/, on fontTools), DOCX (python-docx), fax cover
    delivery/  channels: post, fax, e-mail; deadlines; embassy copies
    importer/  a UA page in any form -> a draft case file
    pack/      letter packs for section offices, in parallel
    api/       the library entry points the CLI (cli/), the web page (web/) and tests call
"""

__version__ = "0.1.0"
