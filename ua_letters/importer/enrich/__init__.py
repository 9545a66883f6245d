"""What a fresh draft can be given beyond what the UA spells out, each offer marked CHECK.

Standard requests recognised in the bullets (importer/requests.py), titles from office
and country (compose/offices.py), names written back in Cyrillic, officials' gender, and
the structured situation for the standard facts paragraph. importer/drafting.py applies
them to the draft in one call. The person's gender from the UA's honorifics and pronouns
(pronouns.py) needs the page's lines, so importer/story.py reads it while it finds the
people.
"""
