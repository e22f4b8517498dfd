"""file -> Document: the report reader. No RDF here."""
from kg.ingest.document import Document, Footnote, FootnoteRef, Heading, Metadata, Paragraph, Table, TableRow
from kg.ingest.reader import read_report, read_text

__all__ = ["Document", "Footnote", "FootnoteRef", "Heading", "Metadata", "Paragraph", "Table",
           "TableRow", "read_report", "read_text"]
