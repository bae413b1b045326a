-- A rejected declaration frees its LRN: the declarant corrects the declaration and lodges it again under the same
-- LRN. The LRN names one declaration among those not rejected; rejected ones stay readable under it.
ALTER TABLE declarations DROP CONSTRAINT declarations_declarant_tax_id_lrn_key;
CREATE UNIQUE INDEX declarations_lrn_unless_rejected ON declarations (declarant_tax_id, lrn)
    WHERE status <> 'REJECTED';
