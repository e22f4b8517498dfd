"""Where graphs live: files, memory (rdflib), Oxigraph; one way to query them all."""
