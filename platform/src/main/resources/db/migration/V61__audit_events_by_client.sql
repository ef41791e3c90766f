-- The client's activity view reads the events whose subject begins "client <id>"; without this
-- index that would walk a practice's whole log. text_pattern_ops serves the LIKE prefix.
CREATE INDEX audit_event_by_subject ON audit_event (tenant_id, subject text_pattern_ops);
