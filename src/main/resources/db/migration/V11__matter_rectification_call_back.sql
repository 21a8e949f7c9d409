-- A rectification (差评整改) records the office's call back to the villager beside its outcome.
alter table matter add column call_back varchar(1000) null after reply;
