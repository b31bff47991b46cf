"""The builder: raw text → blocks → sentences → entities → quotes → Parquet tables.

Needs the ``pipeline`` extra (spaCy and its model); the loader does not.
"""
