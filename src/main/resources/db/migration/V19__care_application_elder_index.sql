-- Filing refuses a second application for an elder whose first is still being processed; that check looks the elder
-- up by ID number.
create index ix_care_application_elder on care_application (elder_id_number, stage);
