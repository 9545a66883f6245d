"""Grammatical case for names and titles, one module per language that needs it."""
