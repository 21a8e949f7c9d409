-- Demo data (never in production): a first published version of the farmers' participation rights-and-responsibilities
-- list (农民参与乡村建设权责清单), written for the demo from the seed document (遂宁市安居区乡村建设行动工作方案:
-- project library and public notices, "四议两公开", 村规民约, "七清一扫" and "六净六顺", the upkeep responsibility list,
-- rural housing "三到场") and the national guide's themes (villagers' rights to information, participation and
-- supervision; responsibilities in building, upkeep, village cleanliness and village rules). It is NOT an official list:
-- its change note says so on the public page. Feedback, names and phones below are invented; one named objection was
-- answered through its matter, one named question waits for the office, two anonymous questions were answered publicly.

insert into rights_list_version (number, title, change_note, status, based_on_id, created_by, published_at, published_by,
                                 superseded_at, version, created_at, updated_at)
values (1, '安居区农民参与乡村建设权责清单',
        '演示数据：本清单为演示而编写，依据《遂宁市安居区乡村建设行动工作方案》和国家乡村建设行动有关要求整理，不是正式发布的清单。',
        'PUBLISHED', null, 'xczx.staff', date_sub(now(3), interval 20 day), 'xczx.staff', null, 0,
        date_sub(now(3), interval 25 day), date_sub(now(3), interval 20 day));
set @v1 = last_insert_id();

insert into rights_list_item (version_id, item_key, position, kind, stage_id, title, body, basis) values
(@v1, 'PLAN01', 1, 'RIGHT', (select id from rights_stage where code = 'PLANNING'), '知道村里怎么规划',
 '村庄规划在编制和报批前要在村里公示。您有权知道规划要建什么、占用哪些地、新房建在哪里，可以到村委会或便民服务室查看规划图和说明。',
 '《中华人民共和国城乡规划法》第二十二条；自然资源部关于村庄规划编制的有关要求'),
(@v1, 'PLAN02', 2, 'RIGHT', (select id from rights_stage where code = 'PLANNING'), '参与讨论村庄规划',
 '村庄规划报送审批前，要经过村民会议或者村民代表会议讨论同意。您可以参加会议、发表意见，也可以请村民代表替您反映。',
 '《中华人民共和国城乡规划法》第二十二条'),
(@v1, 'PLAN03', 3, 'RIGHT', (select id from rights_stage where code = 'PLANNING'), '提出建设项目建议',
 '您可以通过村民小组或村民代表，向村两委提出道路、供水、路灯、厕所改造等建设项目的建议。群众需求强烈、短板突出的项目优先纳入区乡村建设项目库。',
 '《遂宁市安居区乡村建设行动工作方案》三（二）项目库和清单管理机制'),
(@v1, 'PLAN04', 4, 'RESPONSIBILITY', (select id from rights_stage where code = 'PLANNING'), '如实反映住房和用地情况',
 '规划调查时，请如实说明家里的住房、宅基地和建房打算。建房要按规划选址，不乱占耕地。',
 '《中华人民共和国土地管理法》第六十二条'),
(@v1, 'BUILD01', 5, 'RIGHT', (select id from rights_stage where code = 'BUILDING'), '一起决定村里的大事',
 '村里的公益事业建设、一事一议筹资筹劳等重大事项，要按照“四议两公开”，由村民会议或村民代表会议讨论决定，决议和实施结果都要公开。',
 '《中华人民共和国村民委员会组织法》第二十四条；“四议两公开”工作法'),
(@v1, 'BUILD02', 6, 'RIGHT', (select id from rights_stage where code = 'BUILDING'), '自愿投工投劳并获得报酬',
 '村内小型项目可以由村民自愿投工投劳参与建设。参加以工代赈等项目务工的，按规定领取劳务报酬。',
 '国家乡村建设行动实施方案关于农民参与的有关要求'),
(@v1, 'BUILD03', 7, 'RESPONSIBILITY', (select id from rights_stage where code = 'BUILDING'), '安全建房',
 '自家建房要办好审批手续，做到放线定位、施工建设、竣工验收“三到场”，请有资格的建筑工匠施工，不盲目扩建加层。',
 '《遂宁市安居区乡村建设行动工作方案》二（二）7 农房质量安全提升工程'),
(@v1, 'BUILD04', 8, 'RESPONSIBILITY', (select id from rights_stage where code = 'BUILDING'), '支持公共设施建设',
 '道路、供水、厕所改造、污水处理等公共设施施工时，请配合施工，有意见通过村民小组或便民服务室反映，不阻挠施工。',
 null),
(@v1, 'KEEP01', 9, 'RIGHT', (select id from rights_stage where code = 'UPKEEP'), '知道设施由谁管护',
 '村里的道路、路灯、供水、污水处理设施和公厕，都要明确由谁管护、怎么管护、经费从哪里来，并且公示。您有权查看管护责任清单。',
 '《遂宁市安居区乡村建设行动工作方案》三（五）公共基础设施管护机制'),
(@v1, 'KEEP02', 10, 'RESPONSIBILITY', (select id from rights_stage where code = 'UPKEEP'), '爱护公共设施',
 '爱护村里的道路、路灯、水管和健身器材。发现损坏，及时告诉村干部，或者在便民服务室的自助终端报修。',
 null),
(@v1, 'KEEP03', 11, 'RESPONSIBILITY', (select id from rights_stage where code = 'UPKEEP'), '保持房前屋后干净',
 '参加“七清一扫”村庄清洁行动，生活垃圾分类投放，做到房前屋后“六净六顺”，管好自家户厕。',
 '《遂宁市安居区乡村建设行动工作方案》二（三）人居环境整治'),
(@v1, 'KEEP04', 12, 'RESPONSIBILITY', (select id from rights_stage where code = 'UPKEEP'), '遵守村规民约',
 '遵守本村村规民约，参与文明联创、卫生联洁、治安联防等自治活动，移风易俗，邻里和睦。',
 '《中华人民共和国村民委员会组织法》第二十七条'),
(@v1, 'SUP01', 13, 'RIGHT', (select id from rights_stage where code = 'SUPERVISION'), '查看村务和资金公开',
 '村务、财务和建设项目的资金使用要按时公开。您可以查看公开栏或网上公开，对公开内容有疑问的，可以向村务监督委员会提出。',
 '《中华人民共和国村民委员会组织法》第三十条、第三十二条'),
(@v1, 'SUP02', 14, 'RIGHT', (select id from rights_stage where code = 'SUPERVISION'), '参与项目验收和评价',
 '村里的建设项目完工后，村民代表可以参加验收。对便民服务，您可以给出“好差评”，差评会退回办理单位整改并回访。',
 null),
(@v1, 'SUP03', 15, 'RIGHT', (select id from rights_stage where code = 'SUPERVISION'), '反映问题并按时得到答复',
 '对乡村建设中的问题，您可以在便民服务室、自助终端或网上反映，实名反映的事项由负责部门在承诺时限内答复。',
 null),
(@v1, 'SUP04', 16, 'RESPONSIBILITY', (select id from rights_stage where code = 'SUPERVISION'), '如实反映、正当表达',
 '反映问题要实事求是，通过正当渠道表达诉求，不捏造、不传播不实信息。',
 null);

-- Feedback: agreement and suggestions at 三门村's kiosk and online; the named objection was filed as a matter for
-- 区乡村振兴局 and resolved, its reply being the answer shown under the item.
insert into matter (tracking_number, type, service_code, subject, applicant_name, applicant_id_number, applicant_phone,
                    village_code, channel, office_id, status, promised_days, submitted_at, due_date, resolved_at, reply,
                    overdue, version, created_at, updated_at)
values ('AJ20261110-2001-61', 'RIGHTS_FEEDBACK', null, '权责清单第11条「保持房前屋后干净」：反对', '陈光明', null,
        '13881900061', '510904110201', 'KIOSK', (select id from office where code = 'D-XCZX'), 'RESOLVED', 15,
        date_sub(now(3), interval 15 day), date_add(curdate(), interval 5 day), date_sub(now(3), interval 6 day),
        '感谢您的意见。垃圾分类不是要求每家买四个桶：每户只需把厨余垃圾和其他垃圾分开，可回收物和有害垃圾由村里统一设点收集。下一版清单会把这一点写清楚。',
        false, 0, now(3), now(3));
set @m1 = last_insert_id();
insert into matter_event (matter_id, occurred_at, actor_id, actor_name, action, from_status, to_status, office_id, comment) values
(@m1, date_sub(now(3), interval 15 day), null, 'villager', 'FILE', null, 'SUBMITTED', (select id from office where code = 'D-XCZX'), null),
(@m1, date_sub(now(3), interval 14 day), (select id from user_account where username = 'xczx.staff'), 'xczx.staff', 'ACCEPT', 'SUBMITTED', 'ACCEPTED', (select id from office where code = 'D-XCZX'), null),
(@m1, date_sub(now(3), interval 6 day), (select id from user_account where username = 'xczx.staff'), 'xczx.staff', 'RESOLVE', 'ACCEPTED', 'RESOLVED', (select id from office where code = 'D-XCZX'),
 '感谢您的意见。垃圾分类不是要求每家买四个桶：每户只需把厨余垃圾和其他垃圾分开，可回收物和有害垃圾由村里统一设点收集。下一版清单会把这一点写清楚。');

insert into matter (tracking_number, type, service_code, subject, applicant_name, applicant_id_number, applicant_phone,
                    village_code, channel, office_id, status, promised_days, submitted_at, due_date, resolved_at, reply,
                    overdue, version, created_at, updated_at)
values ('AJ20261122-2002-62', 'RIGHTS_FEEDBACK', null, '权责清单第6条「自愿投工投劳并获得报酬」：疑问', '王秀兰', null,
        '13990400062', '510904111201', 'WEB', (select id from office where code = 'D-XCZX'), 'SUBMITTED', 15,
        date_sub(now(3), interval 2 day), null, null, null, false, 0, now(3), now(3));
set @m2 = last_insert_id();
insert into matter_event (matter_id, occurred_at, actor_id, actor_name, action, from_status, to_status, office_id, comment) values
(@m2, date_sub(now(3), interval 2 day), null, 'villager', 'FILE', null, 'SUBMITTED', (select id from office where code = 'D-XCZX'), null);

insert into rights_feedback (version_id, version_number, item_id, item_key, type, body, named, author_name, author_phone,
                             village_code, town_code, channel, matter_id, submitted_at, answer, answered_at, answered_by,
                             hidden, hidden_reason, hidden_at, hidden_by, version, created_at, updated_at) values
(@v1, 1, (select id from rights_list_item where version_id = @v1 and item_key = 'PLAN01'), 'PLAN01', 'AGREE', null, false, null, null, null, '510904110', 'KIOSK', null, date_sub(now(3), interval 18 day), null, null, null, false, null, null, null, 0, now(3), now(3)),
(@v1, 1, (select id from rights_list_item where version_id = @v1 and item_key = 'PLAN01'), 'PLAN01', 'AGREE', null, false, null, null, null, '510904111', 'WEB', null, date_sub(now(3), interval 17 day), null, null, null, false, null, null, null, 0, now(3), now(3)),
(@v1, 1, (select id from rights_list_item where version_id = @v1 and item_key = 'PLAN01'), 'PLAN01', 'SUGGEST', '规划图能不能也贴在村便民服务室，老年人不会上网看。', false, null, null, null, '510904110', 'KIOSK', null, date_sub(now(3), interval 16 day), null, null, null, false, null, null, null, 0, now(3), now(3)),
(@v1, 1, (select id from rights_list_item where version_id = @v1 and item_key = 'PLAN02'), 'PLAN02', 'ASK', '在外打工的人怎么参加村民会议？可以请家里人代表吗？', false, null, null, null, null, 'WEB', null, date_sub(now(3), interval 16 day),
 '外出务工的村民可以书面委托本户有选举权的家庭成员参加村民会议；也可以通过村民代表反映意见。村里开会前会在微信群和公开栏通知。', date_sub(now(3), interval 12 day), 'xczx.staff', false, null, null, null, 0, now(3), now(3)),
(@v1, 1, (select id from rights_list_item where version_id = @v1 and item_key = 'BUILD01'), 'BUILD01', 'AGREE', null, false, null, null, null, '510904112', 'WEB', null, date_sub(now(3), interval 15 day), null, null, null, false, null, null, null, 0, now(3), now(3)),
(@v1, 1, (select id from rights_list_item where version_id = @v1 and item_key = 'BUILD03'), 'BUILD03', 'ASK', '“三到场”是哪三个到场？谁来现场？', false, null, null, null, '510904111', 'KIOSK', null, date_sub(now(3), interval 14 day),
 '“三到场”是指放线定位、施工建设关键环节和竣工验收时，镇村两级有关人员到现场查看指导。建房前请先到村便民服务室申请。', date_sub(now(3), interval 11 day), 'xczx.staff', false, null, null, null, 0, now(3), now(3)),
(@v1, 1, (select id from rights_list_item where version_id = @v1 and item_key = 'KEEP03'), 'KEEP03', 'OBJECT', '垃圾分类要分四类太复杂了，农村老人记不住，也没有那么多桶。', true, '陈光明', '13881900061', '510904110201', '510904110', 'KIOSK', @m1, date_sub(now(3), interval 15 day),
 '感谢您的意见。垃圾分类不是要求每家买四个桶：每户只需把厨余垃圾和其他垃圾分开，可回收物和有害垃圾由村里统一设点收集。下一版清单会把这一点写清楚。', date_sub(now(3), interval 6 day), 'xczx.staff', false, null, null, null, 0, now(3), now(3)),
(@v1, 1, (select id from rights_list_item where version_id = @v1 and item_key = 'KEEP03'), 'KEEP03', 'SUGGEST', '建议写明垃圾收运的时间，大家好按时放。', false, null, null, null, '510904112', 'WEB', null, date_sub(now(3), interval 9 day), null, null, null, false, null, null, null, 0, now(3), now(3)),
(@v1, 1, (select id from rights_list_item where version_id = @v1 and item_key = 'BUILD02'), 'BUILD02', 'ASK', '投工投劳的报酬标准是多少？什么时候发？', true, '王秀兰', '13990400062', '510904111201', '510904111', 'WEB', @m2, date_sub(now(3), interval 2 day), null, null, null, false, null, null, null, 0, now(3), now(3)),
(@v1, 1, (select id from rights_list_item where version_id = @v1 and item_key = 'SUP01'), 'SUP01', 'AGREE', null, false, null, null, null, '510904110', 'KIOSK', null, date_sub(now(3), interval 8 day), null, null, null, false, null, null, null, 0, now(3), now(3)),
(@v1, 1, (select id from rights_list_item where version_id = @v1 and item_key = 'SUP01'), 'SUP01', 'SUGGEST', '资金公开最好写上每个项目花了多少钱，不要只写总数。', false, null, null, null, null, 'WEB', null, date_sub(now(3), interval 7 day), null, null, null, false, null, null, null, 0, now(3), now(3)),
(@v1, 1, (select id from rights_list_item where version_id = @v1 and item_key = 'SUP03'), 'SUP03', 'OBJECT', '加微信领红包，详情私聊', false, null, null, null, null, 'WEB', null, date_sub(now(3), interval 5 day), null, null, null, true, '广告，与清单内容无关', date_sub(now(3), interval 4 day), 'xczx.staff', 0, now(3), now(3));
