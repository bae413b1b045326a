-- Whether the unit's UnitOpened has gone out. Units registered before the unit events existed have not been
-- announced; AnnounceUnits publishes them once at start, so other services' unit directories (declarations' gates)
-- know every unit, not only those created since.
ALTER TABLE units ADD COLUMN announced boolean NOT NULL DEFAULT false;
