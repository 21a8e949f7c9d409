-- The office queue sorted by due date (the "due soonest" column sort): read in index order, not sorted per request.
create index ix_matter_office_due on matter (office_id, due_date, id);
