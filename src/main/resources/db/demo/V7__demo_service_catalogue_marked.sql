-- DEMO DATA: the catalogue of demo V3 is demo data, not an official list.
update service_item set sample = true where id between 1 and 24;
