-- Demo data (never in production): one Open311 API key so the API can be tried with the curl examples of docs/api.md.
-- The key is published there, which is why it exists only in demo data:
--   demo-open311-key-not-for-production-use-000
-- Only its SHA-256 is stored, as for every key.
insert into api_key (name, key_prefix, key_hash, created_by, revoked_at, last_used_at, version, created_at, updated_at)
values ('演示客户端 (demo)', 'demo-ope', 'b0db0faeac23a49716f1daa19e04473c3a2ca653a8ac8f86007d52ed2304cba4', 'admin',
        null, null, 0, now(3), now(3));
