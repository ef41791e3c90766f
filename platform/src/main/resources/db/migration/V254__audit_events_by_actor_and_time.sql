-- The audit log page reads one person's events (any case of their address) or everyone's between
-- two days, newest first, 50 at a time: each filter gets an index that yields rows in that order,
-- so reading last year's week does not walk every event since.
CREATE INDEX audit_event_by_actor ON audit_event (tenant_id, lower(actor), seq);
CREATE INDEX audit_event_by_time ON audit_event (tenant_id, occurred_at, seq);
