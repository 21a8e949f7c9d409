-- Demo data (never in production): the kiosk of 三门村's service room, waiting for enrolment with the published demo
-- code SANMEN26. Open /kiosk/enrol in a browser and type it to make that browser the kiosk. A code works once: for
-- another browser, sign in as admin and issue a new code at /admin/kiosks. A real code is random and lives 24 hours;
-- this one is known to everyone and lasts until it is used, which is acceptable only because demo data never reach
-- production.
insert into kiosk_device (name, village_code, token_hash, enrolment_code_hash, enrolment_expires_at, enrolled_at,
                          last_seen_at, revoked_at, created_by, version, created_at, updated_at)
values ('三门村便民服务室自助终端（演示）', '510904110201', null, sha2('SANMEN26', 256), '2099-12-31 23:59:59', null,
        null, null, (select id from user_account where username = 'admin'), 0, now(3), now(3));
