-- DEMO DATA (never in production): village decision matters (四议两公开) in four villages of two towns, at every
-- point of the procedure, so the clerk's desk, the town's review and the public board all have something to show.
-- Dates are relative to the day the demo is loaded, so a disclosure period covers that day.
--   三家镇 (510904110): 三门村 (sanmen.clerk) and 高岩村 (gaoyan.clerk); no town review.
--   玉丰镇 (510904111): 金鸡村 (jinji.clerk) and 天堂村 (tiantang.clerk); the town reviews resolution disclosures.
-- Demo accounts 20–22 (password Demo!2026).

insert into user_account (id, username, display_name, password_hash, must_change_password, enabled, office_id, village_id, version, created_at, updated_at) values
(20, 'gaoyan.clerk', '蒋丽华', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$1k5qcxmaxSzLNE+s16/LEA$N6Bwwpl7w3uszG7N3x5eCrb+amp4ElExWYYrKfaXUmU', false, true, null, 49, 0, now(3), now(3)),
(21, 'tiantang.clerk', '罗志明', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$1k5qcxmaxSzLNE+s16/LEA$N6Bwwpl7w3uszG7N3x5eCrb+amp4ElExWYYrKfaXUmU', false, true, null, 53, 0, now(3), now(3)),
(22, 'yufeng.leader', '唐国平', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$1k5qcxmaxSzLNE+s16/LEA$N6Bwwpl7w3uszG7N3x5eCrb+amp4ElExWYYrKfaXUmU', false, true, 26, null, 0, now(3), now(3));

insert into user_role (user_id, role) values
(20, 'VILLAGE_CLERK'),
(21, 'VILLAGE_CLERK'),
(22, 'TOWN_LEADER');

insert into decision_town_setting (town_code, review_required, version, created_at, updated_at) values
('510904111', true, 0, now(3), now(3));

insert into decision_matter (id, village_code, title, category_id, motion_source, description, estimated_funds, status, dropped_reason, dropped_at, result_due_on, result_reminded_on, created_by, version, created_at, updated_at) values
-- 1. in discussion: proposed and deliberated, waiting for the Party members' meeting
(1, '510904110201', '三门村2组至5组村道硬化', (select id from decision_category where code = 'PUBLIC_WORKS_FUNDING'), 'PARTY_OR_VILLAGER_SUGGESTION',
 '硬化2组至5组村道约1.8公里，宽4.5米。资金由上级补助和村民筹资筹劳共同承担，每户出工不超过5天。', 620000.00, 'IN_DISCUSSION', null, null, null, null, 10, 2,
 date_sub(now(3), interval 20 day), date_sub(now(3), interval 6 day)),
-- 2. a lost vote, held again and passed; the resolution is on the board now
(2, '510904110201', '修订《三门村村规民约》', (select id from decision_category where code = 'VILLAGE_RULES'), 'VILLAGE_CADRES',
 '增加人居环境整治、红白喜事简办、禁止占道晒粮等条款，删除与新法规不一致的内容。', null, 'RESOLUTION_DISCLOSED', null, null, date_add(curdate(), interval 94 day), null, 10, 6,
 date_sub(now(3), interval 45 day), date_sub(now(3), interval 2 day)),
-- 3. the Party members' meeting had no quorum twice; the village dropped the matter
(3, '510904110202', '高岩村集体鱼塘对外承包', (select id from decision_category where code = 'LAND_CONTRACTING'), 'PARTY_OR_VILLAGER_SUGGESTION',
 '村集体鱼塘约12亩，拟公开招标对外承包，期限5年。', 30000.00, 'DROPPED', '党员大会两次未达到法定人数，且多数村民希望鱼塘继续由村集体经营，村两委决定终止。', date_sub(now(3), interval 10 day), null, null, 20, 5,
 date_sub(now(3), interval 40 day), date_sub(now(3), interval 10 day)),
-- 4. all done: the result is on the board with a photo
(4, '510904110202', '高岩村文化广场建设', (select id from decision_category where code = 'COLLECTIVE_PROJECT'), 'HIGHER_LEVEL',
 '在村委会旁新建约800平方米的文化广场，配套健身器材和路灯。', 350000.00, 'COMPLETED', null, null, date_sub(curdate(), interval 24 day), null, 20, 7,
 date_sub(now(3), interval 150 day), date_sub(now(3), interval 5 day)),
-- 5. resolved; the resolution waits for 玉丰镇's review
(5, '510904111201', '金鸡村闲置厂房出租', (select id from decision_category where code = 'COLLECTIVE_ASSETS'), 'VILLAGE_CADRES',
 '村集体闲置厂房一处（约1200平方米），拟公开竞价出租，租期3年，底价每年6万元，租金纳入村集体经济收入。', null, 'RESOLVED', null, null, null, null, 12, 5,
 date_sub(now(3), interval 30 day), date_sub(now(3), interval 1 day)),
-- 6. resolution approved by the town long ago; the result is overdue (the clerk gets a reminder)
(6, '510904111202', '天堂村土地流转发展柑橘种植', (select id from decision_category where code = 'LAND_CONTRACTING'), 'PARTY_OR_VILLAGER_SUGGESTION',
 '3组、4组约260亩承包地经农户自愿，流转给柑橘种植专业合作社，流转期10年，租金每亩每年500斤稻谷折价。', 1300000.00, 'RESOLUTION_DISCLOSED', null, null, date_sub(curdate(), interval 4 day), null, 21, 6,
 date_sub(now(3), interval 130 day), date_sub(now(3), interval 96 day));

insert into decision_meeting (matter_id, seq, step, form, held_on, expected, present, households_expected, households_present, votes_for, votes_against, votes_abstaining, outcome, minutes, town_officials, recorded_by, version, created_at, updated_at) values
(1, 1, 'PARTY_PROPOSAL', 'PARTY_ORGANISATION', date_sub(curdate(), interval 18 day), 5, 5, null, null, 5, 0, 0, 'PASSED', '村党支部研究，同意将村道硬化作为今年重点项目提出。', null, 10, 0, date_sub(now(3), interval 18 day), date_sub(now(3), interval 18 day)),
(1, 2, 'COMMITTEES_DELIBERATION', 'JOINT_COMMITTEES', date_sub(curdate(), interval 6 day), 9, 8, null, null, 8, 0, 0, 'PASSED', '两委联席会议商议了线路、筹资标准和施工组织，形成初步方案。', '三家镇农业服务中心 王磊', 10, 0, date_sub(now(3), interval 6 day), date_sub(now(3), interval 6 day)),

(2, 1, 'PARTY_PROPOSAL', 'MERGED_PROPOSAL_AND_DELIBERATION', date_sub(curdate(), interval 40 day), 7, 7, null, null, 7, 0, 0, 'PASSED', '书记、主任一肩挑，党组织提议与两委商议合并召开，提出修订村规民约。', null, 10, 0, date_sub(now(3), interval 40 day), date_sub(now(3), interval 40 day)),
(2, 2, 'PARTY_MEMBERS_REVIEW', 'PARTY_MEMBERS', date_sub(curdate(), interval 30 day), 36, 30, null, null, 27, 1, 2, 'PASSED', '党员大会逐条审议修订稿，同意提交村民代表会议。', '三家镇党委 刘建国', 10, 0, date_sub(now(3), interval 30 day), date_sub(now(3), interval 30 day)),
(2, 3, 'VILLAGERS_RESOLUTION', 'VILLAGER_REPRESENTATIVES', date_sub(curdate(), interval 20 day), 33, 25, null, null, 11, 9, 5, 'REJECTED', '部分代表对禁止占道晒粮条款有异议，表决未通过，会后征求意见修改。', '三家镇党委 刘建国', 10, 0, date_sub(now(3), interval 20 day), date_sub(now(3), interval 20 day)),
(2, 4, 'VILLAGERS_RESOLUTION', 'VILLAGER_REPRESENTATIVES', date_sub(curdate(), interval 4 day), 33, 29, null, null, 24, 3, 2, 'PASSED', '修改晒粮条款（设立集中晒场）后再次表决，通过。', '三家镇党委 刘建国', 10, 0, date_sub(now(3), interval 4 day), date_sub(now(3), interval 4 day)),

(3, 1, 'PARTY_PROPOSAL', 'PARTY_ORGANISATION', date_sub(curdate(), interval 38 day), 5, 5, null, null, 4, 1, 0, 'PASSED', '提议将集体鱼塘对外承包。', null, 20, 0, date_sub(now(3), interval 38 day), date_sub(now(3), interval 38 day)),
(3, 2, 'COMMITTEES_DELIBERATION', 'JOINT_COMMITTEES', date_sub(curdate(), interval 32 day), 9, 9, null, null, 6, 2, 1, 'PASSED', '商议承包方式和期限。', null, 20, 0, date_sub(now(3), interval 32 day), date_sub(now(3), interval 32 day)),
(3, 3, 'PARTY_MEMBERS_REVIEW', 'PARTY_MEMBERS', date_sub(curdate(), interval 25 day), 42, 21, null, null, 15, 4, 2, 'NO_QUORUM', '农忙时节，外出务工党员多，到会不足三分之二。', null, 20, 0, date_sub(now(3), interval 25 day), date_sub(now(3), interval 25 day)),
(3, 4, 'PARTY_MEMBERS_REVIEW', 'PARTY_MEMBERS', date_sub(curdate(), interval 12 day), 42, 26, null, null, 12, 10, 4, 'NO_QUORUM', '再次召开仍未达到法定人数。', null, 20, 0, date_sub(now(3), interval 12 day), date_sub(now(3), interval 12 day)),

(4, 1, 'PARTY_PROPOSAL', 'PARTY_ORGANISATION', date_sub(curdate(), interval 145 day), 5, 5, null, null, 5, 0, 0, 'PASSED', '落实镇党委安排，提议建设文化广场。', null, 20, 0, date_sub(now(3), interval 145 day), date_sub(now(3), interval 145 day)),
(4, 2, 'COMMITTEES_DELIBERATION', 'JOINT_COMMITTEES', date_sub(curdate(), interval 140 day), 9, 9, null, null, 9, 0, 0, 'PASSED', '商议选址和建设内容。', null, 20, 0, date_sub(now(3), interval 140 day), date_sub(now(3), interval 140 day)),
(4, 3, 'PARTY_MEMBERS_REVIEW', 'PARTY_MEMBERS', date_sub(curdate(), interval 133 day), 42, 33, null, null, 30, 2, 1, 'PASSED', '党员大会审议通过建设方案。', '三家镇宣传统战办 陈晓', 20, 0, date_sub(now(3), interval 133 day), date_sub(now(3), interval 133 day)),
(4, 4, 'VILLAGERS_RESOLUTION', 'VILLAGERS_ASSEMBLY', date_sub(curdate(), interval 126 day), 1180, 540, 412, 301, 498, 20, 22, 'PASSED', '村民会议（户代表到会超过三分之二）表决通过。', '三家镇宣传统战办 陈晓', 20, 0, date_sub(now(3), interval 126 day), date_sub(now(3), interval 126 day)),

(5, 1, 'PARTY_PROPOSAL', 'PARTY_ORGANISATION', date_sub(curdate(), interval 28 day), 5, 5, null, null, 5, 0, 0, 'PASSED', '提议将闲置厂房公开出租，增加集体收入。', null, 12, 0, date_sub(now(3), interval 28 day), date_sub(now(3), interval 28 day)),
(5, 2, 'COMMITTEES_DELIBERATION', 'JOINT_COMMITTEES', date_sub(curdate(), interval 24 day), 9, 8, null, null, 8, 0, 0, 'PASSED', '商议出租方式、租期和底价。', null, 12, 0, date_sub(now(3), interval 24 day), date_sub(now(3), interval 24 day)),
(5, 3, 'PARTY_MEMBERS_REVIEW', 'PARTY_MEMBERS', date_sub(curdate(), interval 15 day), 30, 24, null, null, 22, 1, 1, 'PASSED', '党员大会审议通过。', '玉丰镇经济发展办 李军', 12, 0, date_sub(now(3), interval 15 day), date_sub(now(3), interval 15 day)),
(5, 4, 'VILLAGERS_RESOLUTION', 'VILLAGER_REPRESENTATIVES', date_sub(curdate(), interval 3 day), 27, 23, null, null, 20, 2, 1, 'PASSED', '村民代表会议表决通过，按程序报镇审核后公开。', '玉丰镇经济发展办 李军', 12, 0, date_sub(now(3), interval 3 day), date_sub(now(3), interval 3 day)),

(6, 1, 'PARTY_PROPOSAL', 'MERGED_PROPOSAL_AND_DELIBERATION', date_sub(curdate(), interval 125 day), 7, 7, null, null, 7, 0, 0, 'PASSED', '合并召开，提议引进合作社发展柑橘产业。', null, 21, 0, date_sub(now(3), interval 125 day), date_sub(now(3), interval 125 day)),
(6, 2, 'PARTY_MEMBERS_REVIEW', 'PARTY_MEMBERS', date_sub(curdate(), interval 118 day), 25, 20, null, null, 19, 0, 1, 'PASSED', '党员大会审议通过。', null, 21, 0, date_sub(now(3), interval 118 day), date_sub(now(3), interval 118 day)),
(6, 3, 'VILLAGERS_RESOLUTION', 'VILLAGER_REPRESENTATIVES', date_sub(curdate(), interval 110 day), 30, 26, null, null, 23, 2, 1, 'PASSED', '村民代表会议表决通过，流转农户均已签字同意。', '玉丰镇农业服务中心 周红', 21, 0, date_sub(now(3), interval 110 day), date_sub(now(3), interval 110 day));

insert into decision_disclosure (matter_id, kind, body, starts_on, ends_on, state, review_note, reviewed_by, submitted_at, published_at, funds_used, progress, completed_on, created_by, version, created_at, updated_at) values
(2, 'RESOLUTION', '经村民代表会议表决通过，修订后的《三门村村规民约》增加人居环境整治、红白喜事简办和集中晒场等条款，全文张贴于村务公开栏。', date_sub(curdate(), interval 2 day), date_add(curdate(), interval 4 day), 'PUBLISHED', null, null, date_sub(now(3), interval 2 day), date_sub(now(3), interval 2 day), null, null, null, 10, 0, date_sub(now(3), interval 2 day), date_sub(now(3), interval 2 day)),
(4, 'RESOLUTION', '经村民会议表决通过，在村委会旁建设文化广场约800平方米，预算35万元，由上级补助和村集体资金承担。', date_sub(curdate(), interval 120 day), date_sub(curdate(), interval 114 day), 'PUBLISHED', null, null, date_sub(now(3), interval 120 day), date_sub(now(3), interval 120 day), null, null, null, 20, 0, date_sub(now(3), interval 120 day), date_sub(now(3), interval 120 day)),
(4, 'RESULT', '文化广场已建成并通过验收：硬化地面812平方米，安装健身器材12件、太阳能路灯16盏。', date_sub(curdate(), interval 5 day), date_add(curdate(), interval 1 day), 'PUBLISHED', null, null, date_sub(now(3), interval 5 day), date_sub(now(3), interval 5 day), 338600.00, '已完工并验收', date_sub(curdate(), interval 9 day), 20, 0, date_sub(now(3), interval 5 day), date_sub(now(3), interval 5 day)),
(5, 'RESOLUTION', '经村民代表会议表决通过，村集体闲置厂房（约1200平方米）公开竞价出租，租期3年，底价每年6万元。', date_sub(curdate(), interval 1 day), date_add(curdate(), interval 5 day), 'AWAITING_REVIEW', null, null, date_sub(now(3), interval 1 day), null, null, null, null, 12, 0, date_sub(now(3), interval 1 day), date_sub(now(3), interval 1 day)),
(6, 'RESOLUTION', '经村民代表会议表决通过，3组、4组约260亩承包地流转给柑橘种植专业合作社，流转期10年。', date_sub(curdate(), interval 100 day), date_sub(curdate(), interval 94 day), 'PUBLISHED', null, 5, date_sub(now(3), interval 108 day), date_sub(now(3), interval 100 day), null, null, null, 21, 0, date_sub(now(3), interval 108 day), date_sub(now(3), interval 100 day));

-- a result photo (a tiny placeholder image; public) and a signed attendance sheet (never public)
insert into decision_attachment (matter_id, meeting_id, disclosure_id, file_name, content_type, size_bytes, content, public_visible, uploaded_by, version, created_at, updated_at) values
(4, null, (select id from decision_disclosure where matter_id = 4 and kind = 'RESULT'), 'photo-1.png', 'image/png', 69,
 X'89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C4890000000B4944415478DA63F8FFFF3F0005FE02FE0DEF46B80000000049454E44AE426082', true, 20, 0, now(3), now(3)),
(2, (select id from decision_meeting where matter_id = 2 and seq = 4), null, 'meeting-1.png', 'image/png', 69,
 X'89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C4890000000B4944415478DA63F8FFFF3F0005FE02FE0DEF46B80000000049454E44AE426082', false, 10, 0, now(3), now(3));
