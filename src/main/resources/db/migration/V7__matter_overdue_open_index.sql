-- The overdue queues ask for overdue *and* open matters (MatterService). With V6's indexes the optimizer read all
-- open matters of the offices through ix_matter_office_status, checked the flag on each row and sorted them. This one
-- index serves both the page and its count from the overdue-and-open entries alone. Measured at 1,000,000 matters
-- (docs/benchmarks.md): the supervision queue of the three busiest offices, page + count, from 33.0 / 43.5 ms
-- (p50 / p95) to 3.9 / 4.9 ms; "overdue only" in one office from 16.5 / 18.6 ms to 1.9 / 2.7 ms.
create index ix_matter_office_overdue_status on matter (office_id, overdue, status, submitted_at, id);

-- V6's indexes were built for the earlier filter on the flag alone; at 1M they are not chosen and only cost writes.
drop index ix_matter_office_overdue_queue on matter;
drop index ix_matter_overdue_queue on matter;
