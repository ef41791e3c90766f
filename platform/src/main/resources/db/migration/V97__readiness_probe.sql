-- One row /health/ready rewrites to learn whether the database still takes writes: a full disk
-- refuses them while reads go on, and a readiness check that only reads would keep sending users
-- to an instance that cannot store anything.
CREATE TABLE readiness_probe (
  id          smallint     PRIMARY KEY CHECK (id = 1),
  written_at  timestamptz  NOT NULL
);
INSERT INTO readiness_probe (id, written_at) VALUES (1, now());
GRANT SELECT, UPDATE ON readiness_probe TO ${appRole};
