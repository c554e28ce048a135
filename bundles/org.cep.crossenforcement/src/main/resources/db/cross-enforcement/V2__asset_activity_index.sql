-- The eligibility view asks, per court, for each case's latest inquiry and measure day. An index that
-- holds those days answers it from the index alone, instead of one scattered row read per asset.
DROP INDEX ix_ce_asset_case ON ce_asset;
CREATE INDEX ix_ce_asset_activity ON ce_asset (tenant_id, case_id, found_on, measure_on);
