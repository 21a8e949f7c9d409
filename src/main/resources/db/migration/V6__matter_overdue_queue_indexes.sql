-- The overdue filters read in queue order instead of sorting every overdue matter (measured in docs/benchmarks.md:
-- at 1,000,000 matters the busiest office's "overdue only" page went from 4.8 / 7.3 ms (p50 / p95) to 0.4 / 0.7 ms,
-- the supervision queue of three offices from 25.7 / 43.6 ms to 0.8 / 1.9 ms). ix_matter_office_overdue (V3) stays:
-- it counts and filters by due date.

-- one office, "overdue only": equality on both columns, then the queue order
create index ix_matter_office_overdue_queue on matter (office_id, overdue, submitted_at, id);

-- supervision (several offices, overdue only): overdue matters newest first, the offices filtered from the index
create index ix_matter_overdue_queue on matter (overdue, submitted_at, id, office_id);
