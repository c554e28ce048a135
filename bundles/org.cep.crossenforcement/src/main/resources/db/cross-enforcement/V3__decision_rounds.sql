-- A transfer the named court refuses goes back to the higher court, which decides again: an application
-- can have several orders in the original court, one per round. A decision under way claims the
-- application first (status DECIDING, claimed_micros) so two decisions never run at once.
ALTER TABLE ce_order ADD COLUMN round_no INT DEFAULT 1 NOT NULL;
ALTER TABLE ce_order DROP CONSTRAINT uq_ce_order_application;
ALTER TABLE ce_order ADD CONSTRAINT uq_ce_order_round UNIQUE (tenant_id, from_court_id, application_id, round_no);
ALTER TABLE ce_application ADD COLUMN claimed_micros BIGINT;
ALTER TABLE ce_application ADD COLUMN rejected_note VARCHAR(2000);
