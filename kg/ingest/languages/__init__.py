"""The reader's markers per language: one module per ISO 639-1 code, each defining `MARKERS`, beside
what a language's markers need of its own (ru_hyphens: the Russian words a line-end hyphen breaks)."""
