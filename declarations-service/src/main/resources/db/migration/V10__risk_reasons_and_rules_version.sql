-- A declaration's risk reasons become rows (they were one newline-joined text), and each registration names the
-- version of the risk rules that chose its channel.
CREATE TABLE declaration_risk_reasons (
    declaration_id uuid         NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,
    position       integer      NOT NULL,
    reason         varchar(500) NOT NULL,
    PRIMARY KEY (declaration_id, position)
);

INSERT INTO declaration_risk_reasons (declaration_id, position, reason)
SELECT d.id, r.ordinality - 1, r.reason
FROM declarations d,
     regexp_split_to_table(d.risk_reasons, E'\n') WITH ORDINALITY AS r (reason, ordinality)
WHERE d.risk_reasons IS NOT NULL AND d.risk_reasons <> '';

ALTER TABLE declarations DROP COLUMN risk_reasons;

ALTER TABLE declarations ADD COLUMN risk_rules_version varchar(64);
