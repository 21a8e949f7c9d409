-- Demo catalogue items are marked as such, like sample places and offices, so an administrator tells them apart.
alter table service_item add column sample boolean not null default false after active;
