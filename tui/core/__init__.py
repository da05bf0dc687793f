"""Pure analysis: ingest, alignment, agreement, entities, export. Never imports textual."""
