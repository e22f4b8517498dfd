"""The reader's markers per language: one module per ISO 639-1 code, each defining `MARKERS`."""
