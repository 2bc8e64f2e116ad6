-- OrderDesk schema, version 20: a delivery keeps what proves it, besides who signed: the signed
-- receipt's reference (a scan's file name, the carrier's proof-of-delivery number) or a note.
ALTER TABLE shipments ADD COLUMN receipt TEXT NOT NULL DEFAULT '';
