package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Pairing (结对帮扶): the high court pairs a mentor with a mentee; the mentee sees the mentor's training modules, asks
 * for help and is answered; an exchange and a joint training are recorded; the mentee switches on live seizure during
 * the pair and the gap view shows it; suggestions for a third court are ranked and explained. Courts outside a pair
 * see nothing of it, each side may do only its part, and bad input changes nothing.
 */
public class PairingIT extends CepTestSupport {
    private static final String P = "/pairing/";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private record Court(String id, String admin, String trainer, String judge, String officer, String clerk, String trialJudge) {
    }

    @Test
    public void theHighCourtPairsTwoCourtsAndThePairWorks() {
        Court mentor = court("hlj-harbin-ip", "advanced", "live-seizure, cross-enforcement, training, pairing");
        Court mentee = court("hlj-harbin-ip", "standard", "training, pairing");
        long module = created(api.post("/training/modules", mentor.trainer(), Map.of("titleZh", "网络查控操作规程",
                "bodyZh", "第一步：登录查控系统。", "stages", List.of("PROPERTY_INVESTIGATION")))).get("id").asLong();

        JsonNode pair = created(api.post(P + "pairs", adminToken(), pairInput(mentor.id(), mentee.id(), TODAY, TODAY.plusDays(180),
                goal("live-seizure", "开通活查封"), goal("staff", "培养执行骨干"))));
        long id = pair.get("id").asLong();
        assertEquals("ISSUER", pair.get("seat").asText());
        assertEquals("ACTIVE", pair.get("status").asText());
        assertTrue(pair.get("trainingShared").asBoolean());
        assertEquals("MENTEE", api.get(P + "pairs/" + id, mentee.officer()).json().get("seat").asText());
        assertEquals("MENTOR", api.get(P + "pairs/" + id, mentor.clerk()).json().get("seat").asText());
        assertTrue(contains(api.get(P + "pairs", mentor.admin()).json(), id));
        assertTrue(contains(api.get(P + "pairs", mentee.admin()).json(), id));
        assertTrue(contains(api.get(P + "pairs", adminToken()).json(), id));
        assertTrue(hasEntry(mentee.id(), "crossing.in", "purpose=DIRECTION"));

        // the mentor's module reaches the mentee through training's sharing
        JsonNode shared = api.get("/training/shared", mentee.trainer()).json();
        JsonNode share = find(shared, "moduleId", module);
        assertNotNull("the mentee sees the mentor's module: " + shared, share);
        assertEquals(mentor.id(), share.get("ownerCourtId").asText());
        long shareGrant = share.get("grantId").asLong();
        assertEquals(200, api.get("/training/shared/" + mentor.id() + "/modules/" + module + "?grant=" + shareGrant, mentee.officer()).status());
        assertEquals(1, api.get(P + "pairs/" + id + "/training", mentee.officer()).json().size());

        // a help request reaches the mentor court's list and is answered
        JsonNode help = created(api.post(P + "pairs/" + id + "/help-requests", mentee.judge(),
                Map.of("title", "活查封协议怎么写", "body", "请提供生猪活查封协议范本。", "deadline", TODAY.plusDays(7).toString())));
        JsonNode incoming = api.get(P + "help-requests?open=true", mentor.judge()).json();
        assertNotNull("the mentor court's list has it: " + incoming, find(incoming, "id", help.get("id").asLong()));
        refused(api.post(P + "pairs/" + id + "/help-requests/" + help.get("id").asLong() + "/answer", mentee.admin(),
                Map.of("answer", "自答")), 403, "WRONG_SIDE");
        JsonNode answered = api.post(P + "pairs/" + id + "/help-requests/" + help.get("id").asLong() + "/answer", mentor.trainer(),
                Map.of("answer", "范本见共享模块；关键是约定报告义务。")).json();
        assertEquals("ANSWERED", answered.get("status").asText());
        refused(api.post(P + "pairs/" + id + "/help-requests/" + help.get("id").asLong() + "/answer", mentor.trainer(),
                Map.of("answer", "再答")), 409, "ALREADY_ANSWERED");
        JsonNode mine = api.get(P + "pairs/" + id + "/help-requests", mentee.officer()).json();
        assertEquals("范本见共享模块；关键是约定报告义务。", mine.get(0).get("answer").asText());
        assertTrue(mine.get(0).get("answeredBy").asText().endsWith("@" + mentor.id()));
        assertEquals(0, api.get(P + "help-requests?open=true", mentor.judge()).json().size());

        // an exchange and a joint training, money in whole fen
        Map<String, Object> exchange = activity("STAFF_EXCHANGE", "执行骨干挂职交流", 800_000, 650_000);
        exchange.put("staffName", "张伟");
        exchange.put("fromCourtId", mentee.id());
        exchange.put("toCourtId", mentor.id());
        exchange.put("endDate", TODAY.plusDays(30).toString());
        JsonNode ex = created(api.post(P + "pairs/" + id + "/activities", mentee.admin(), exchange));
        assertEquals("人员交流", ex.get("kindZh").asText());
        assertEquals("MENTEE", ex.get("recordedSide").asText());
        created(api.post(P + "pairs/" + id + "/activities", mentor.trainer(), activity("JOINT_TRAINING", "活查封实务联合培训", 200_000, 200_000)));
        JsonNode after = api.get(P + "pairs/" + id, adminToken()).json();
        assertEquals(2, after.get("activities").asInt());
        assertEquals(1_000_000, after.get("allocatedFen").asLong());
        assertEquals(850_000, after.get("spentFen").asLong());
        created(api.post(P + "pairs/" + id + "/outcomes", mentee.judge(), Map.of("goalKey", "staff", "description", "两名干警完成跟岗",
                "achievedOn", TODAY.toString())));
        refused(api.post(P + "pairs/" + id + "/outcomes", mentee.judge(), Map.of("goalKey", "nope", "description", "x",
                "achievedOn", TODAY.toString())), 400, "UNKNOWN_GOAL");

        // the mentee switches on live seizure during the pair: the gap closes and it counts as an outcome
        JsonNode before = api.get(P + "pairs/" + id + "/gap", mentee.admin()).json();
        assertTrue(texts(before.get("gap").get("mentorOnly")).contains("live-seizure"));
        assertFalse(before.get("mentor").get("kpis").isEmpty());
        switchCapability(mentee.id(), "live-seizure", true);
        JsonNode gap = api.get(P + "pairs/" + id + "/gap", mentor.admin()).json();
        assertEquals(List.of("live-seizure"), texts(gap.get("gap").get("gainedDuringPair")));
        assertFalse(texts(gap.get("gap").get("mentorOnly")).contains("live-seizure"));
        assertEquals(gap.get("gap").get("gapNow").asInt() + 1, gap.get("gap").get("gapAtStart").asInt());
        assertEquals(1, gap.get("gap").get("closed").asInt());
        assertEquals(1, gap.get("gap").get("levelDifference").asInt());
        Set<String> sources = new HashSet<>();
        gap.get("outcomes").forEach(o -> sources.add(o.get("source").asText() + ":" + o.get("goalKey").asText()));
        assertEquals(Set.of("RECORDED:staff", "CAPABILITY:capability:live-seizure"), sources);
        assertEquals(gap.get("gap"), api.get(P + "pairs/" + id + "/gap", adminToken()).json().get("gap"));

        // the mentor revokes the shared modules: the mentee loses them at once
        refused(api.post(P + "pairs/" + id + "/training/revoke", mentee.admin(), Map.of("reason", "x")), 403, "WRONG_SIDE");
        refused(api.post(P + "pairs/" + id + "/training/revoke", mentor.trainer(), Map.of("reason", "x")), 403, "ROLE_REQUIRED");
        JsonNode revoked = api.post(P + "pairs/" + id + "/training/revoke", mentor.admin(), Map.of("reason", "模块改版")).json();
        assertNotNull(revoked.get(0).get("revokedAt"));
        refused(api.get("/training/shared/" + mentor.id() + "/modules/" + module + "?grant=" + shareGrant, mentee.officer()), 403, "GRANT_REVOKED");
        assertEquals(200, api.post(P + "pairs/" + id + "/training/share", mentor.admin(), null).status());

        // renew, then end: the mentor loses access, the mentee keeps its records
        JsonNode renewed = api.post(P + "pairs/" + id + "/renew", adminToken(), Map.of("endDate", TODAY.plusDays(300).toString())).json();
        assertEquals(TODAY.plusDays(300).toString(), renewed.get("endDate").asText());
        assertEquals(2, api.get(P + "pairs/" + id + "/activities", mentor.officer()).json().size());
        JsonNode ended = api.post(P + "pairs/" + id + "/end", adminToken(), Map.of("reason", "帮扶目标已完成")).json();
        assertEquals("ENDED", ended.get("status").asText());
        refused(api.get(P + "pairs/" + id, mentor.admin()), 409, "PAIR_ENDED");
        assertEquals(2, api.get(P + "pairs/" + id + "/activities", mentee.officer()).json().size());
        refused(api.post(P + "pairs/" + id + "/activities", mentee.admin(), activity("ON_SITE_HELP", "现场指导", 0, 0)), 409, "PAIR_ENDED");
        refused(api.post(P + "pairs/" + id + "/end", adminToken(), Map.of("reason", "again")), 409, "PAIR_ENDED");
    }

    @Test
    public void badInputIsRefusedAndChangesNothing() {
        Court mentor = court("hlj-qiqihar-ip", "advanced", "live-seizure, training, pairing");
        Court mentee = court("hlj-qiqihar-ip", "basic", "training, pairing");
        int pairsBefore = api.get(P + "pairs", adminToken()).json().size();
        refused(api.post(P + "pairs", adminToken(), pairInput(mentee.id(), mentee.id(), TODAY, TODAY.plusDays(30), goal("a", "甲"))), 400, "SAME_COURT");
        refused(api.post(P + "pairs", adminToken(), pairInput("no-such-court", mentee.id(), TODAY, TODAY.plusDays(30), goal("a", "甲"))), 404,
                "COURT_NOT_FOUND");
        refused(api.post(P + "pairs", adminToken(), pairInput(mentor.id(), mentee.id(), TODAY, TODAY.minusDays(1), goal("a", "甲"))), 400,
                "INVALID_PERIOD");
        refused(api.post(P + "pairs", adminToken(), pairInput(mentor.id(), mentee.id(), TODAY, TODAY.plusDays(400), goal("a", "甲"))), 400,
                "PERIOD_TOO_LONG");
        refused(api.post(P + "pairs", adminToken(), pairInput(mentor.id(), mentee.id(), TODAY, TODAY.plusDays(30))), 400, "FIELD_REQUIRED");
        refused(api.post(P + "pairs", adminToken(), pairInput(mentor.id(), mentee.id(), TODAY, TODAY.plusDays(30), goal("Bad Key", "甲"))), 400,
                "INVALID_GOAL");
        assertEquals("refused pairs leave nothing", pairsBefore, api.get(P + "pairs", adminToken()).json().size());
        assertEquals(0, api.get(P + "pairs", mentee.admin()).json().size());

        long id = created(api.post(P + "pairs", adminToken(), pairInput(mentor.id(), mentee.id(), TODAY, TODAY.plusDays(90),
                goal("tech", "技术支持"), goal("funds", "专项资金")))).get("id").asLong();
        Court other = court("hlj-qiqihar-ip", "advanced", "training, pairing");
        refused(api.post(P + "pairs", adminToken(), pairInput(other.id(), mentee.id(), TODAY.plusDays(60), TODAY.plusDays(120), goal("tech", "技术"))),
                409, "OVERLAPPING_PAIR");
        // another goal in the same period, or the same goal after this pair ends, is fine
        created(api.post(P + "pairs", adminToken(), pairInput(other.id(), mentee.id(), TODAY.plusDays(60), TODAY.plusDays(120), goal("court-it", "信息化"))));
        created(api.post(P + "pairs", adminToken(), pairInput(other.id(), mentee.id(), TODAY.plusDays(91), TODAY.plusDays(150), goal("tech", "技术"))));
        refused(api.post(P + "pairs/" + id + "/renew", adminToken(), Map.of("endDate", TODAY.plusDays(95).toString())), 409, "OVERLAPPING_PAIR");
        refused(api.post(P + "pairs/" + id + "/renew", adminToken(), Map.of("endDate", TODAY.plusDays(10).toString())), 400, "INVALID_PERIOD");
        assertEquals(TODAY.plusDays(90).toString(), api.get(P + "pairs/" + id, mentee.admin()).json().get("endDate").asText());

        refused(api.post(P + "pairs/" + id + "/activities", mentee.admin(), activity("FUNDING", "专项资金", -1, 0)), 400, "INVALID_AMOUNT");
        Map<String, Object> fractional = activity("FUNDING", "专项资金", 0, 0);
        fractional.put("allocatedFen", 100.5);
        refused(api.post(P + "pairs/" + id + "/activities", mentee.admin(), fractional), 400, "INVALID_AMOUNT");
        Map<String, Object> backwards = activity("ON_SITE_HELP", "现场帮扶", 0, 0);
        backwards.put("endDate", TODAY.minusDays(1).toString());
        refused(api.post(P + "pairs/" + id + "/activities", mentee.admin(), backwards), 400, "INVALID_PERIOD");
        refused(api.post(P + "pairs/" + id + "/activities", mentee.admin(), activity("STAFF_EXCHANGE", "交流", 0, 0)), 400, "FIELD_REQUIRED");
        Map<String, Object> outsider = activity("STAFF_EXCHANGE", "交流", 0, 0);
        outsider.put("staffName", "李明");
        outsider.put("fromCourtId", mentee.id());
        outsider.put("toCourtId", other.id());
        refused(api.post(P + "pairs/" + id + "/activities", mentee.admin(), outsider), 400, "NOT_IN_PAIR");
        refused(api.post(P + "pairs/" + id + "/activities", mentee.admin(), activity("NO_SUCH_KIND", "x", 0, 0)), 400, "INVALID_VALUE");
        refused(api.post(P + "pairs/" + id + "/help-requests", mentee.admin(), Map.of("title", "t", "body", "b",
                "deadline", TODAY.minusDays(1).toString())), 400, "INVALID_DEADLINE");
        assertEquals("refused activities leave nothing", 0, api.get(P + "pairs/" + id + "/activities", mentor.admin()).json().size());
        assertEquals(0, api.get(P + "pairs/" + id + "/help-requests", mentor.admin()).json().size());
        JsonNode totals = api.get(P + "pairs/" + id, adminToken()).json();
        assertEquals(0, totals.get("allocatedFen").asLong());
    }

    @Test
    public void aCourtOutsideThePairSeesNothingAndEachRoleIsRefusedWhereItMustBe() {
        Court mentor = court("hlj-daqing-ip", "advanced", "live-seizure, cross-enforcement, training, pairing");
        Court mentee = court("hlj-daqing-ip", "basic", "training, pairing");
        Court outside = court("hlj-daqing-ip", "advanced", "training, pairing");
        long id = created(api.post(P + "pairs", adminToken(), pairInput(mentor.id(), mentee.id(), TODAY, TODAY.plusDays(60),
                goal("tech", "技术支持")))).get("id").asLong();
        long help = created(api.post(P + "pairs/" + id + "/help-requests", mentee.admin(), Map.of("title", "求助", "body", "内容",
                "deadline", TODAY.plusDays(3).toString()))).get("id").asLong();

        String pair = P + "pairs/" + id;
        Map<String, Object> act = activity("TECHNICAL_SUPPORT", "系统部署", 0, 0);
        // another court: nothing, on every endpoint of the pair, whatever its role
        for (String token : List.of(outside.admin(), outside.judge(), outside.trainer())) {
            refused(api.get(pair, token), 404, "PAIR_NOT_FOUND");
            refused(api.get(pair + "/activities", token), 404, "PAIR_NOT_FOUND");
            refused(api.get(pair + "/outcomes", token), 404, "PAIR_NOT_FOUND");
            refused(api.get(pair + "/help-requests", token), 404, "PAIR_NOT_FOUND");
            refused(api.get(pair + "/gap", token), 404, "PAIR_NOT_FOUND");
            refused(api.get(pair + "/training", token), 404, "PAIR_NOT_FOUND");
        }
        refused(api.post(pair + "/activities", outside.admin(), act), 404, "PAIR_NOT_FOUND");
        refused(api.post(pair + "/outcomes", outside.admin(), Map.of("goalKey", "tech", "description", "x", "achievedOn", TODAY.toString())), 404,
                "PAIR_NOT_FOUND");
        refused(api.post(pair + "/help-requests", outside.admin(), Map.of("title", "t", "body", "b", "deadline", TODAY.plusDays(1).toString())),
                404, "PAIR_NOT_FOUND");
        refused(api.post(pair + "/help-requests/" + help + "/answer", outside.admin(), Map.of("answer", "a")), 404, "PAIR_NOT_FOUND");
        refused(api.post(pair + "/training/share", outside.admin(), null), 404, "PAIR_NOT_FOUND");
        refused(api.post(pair + "/training/revoke", outside.admin(), Map.of("reason", "r")), 404, "PAIR_NOT_FOUND");
        assertFalse(contains(api.get(P + "pairs", outside.admin()).json(), id));
        assertEquals(0, api.get(P + "help-requests", outside.admin()).json().size());
        // only the high court makes, renews and ends pairs, and asks for suggestions
        refused(api.post(P + "pairs", outside.admin(), pairInput(mentor.id(), mentee.id(), TODAY, TODAY.plusDays(10), goal("x", "x"))), 403,
                "NOT_HIGH_COURT");
        refused(api.post(pair + "/renew", mentor.admin(), Map.of("endDate", TODAY.plusDays(100).toString())), 403, "NOT_HIGH_COURT");
        refused(api.post(pair + "/end", mentee.admin(), Map.of("reason", "r")), 403, "NOT_HIGH_COURT");
        refused(api.get(P + "suggestions?menteeCourtId=" + mentee.id(), mentor.admin()), 403, "NOT_HIGH_COURT");
        // a grant of this pair opens nothing else: the mentor cannot use it on another pair id
        refused(api.get(P + "pairs/" + (id + 1_000_000), mentor.admin()), 404, "PAIR_NOT_FOUND");

        // roles that must be refused, endpoint by endpoint
        String high = tokenOfNewUser(ADMIN_COURT, "trainer");
        String highSupervisor = tokenOfNewUser(ADMIN_COURT, "supervisor");
        refused(api.post(P + "pairs", high, pairInput(mentor.id(), mentee.id(), TODAY, TODAY.plusDays(10), goal("x", "x"))), 403, "ROLE_REQUIRED");
        refused(api.post(P + "pairs", highSupervisor, pairInput(mentor.id(), mentee.id(), TODAY, TODAY.plusDays(10), goal("x", "x"))), 403,
                "ROLE_REQUIRED");
        refused(api.post(pair + "/renew", highSupervisor, Map.of("endDate", TODAY.plusDays(100).toString())), 403, "ROLE_REQUIRED");
        refused(api.post(pair + "/end", high, Map.of("reason", "r")), 403, "ROLE_REQUIRED");
        refused(api.get(P + "suggestions?menteeCourtId=" + mentee.id(), high), 403, "ROLE_REQUIRED");
        refused(api.get(P + "pairs", mentee.trialJudge()), 403, "ROLE_REQUIRED");
        refused(api.get(pair, mentee.trialJudge()), 403, "ROLE_REQUIRED");
        refused(api.get(pair + "/activities", mentor.trialJudge()), 403, "ROLE_REQUIRED");
        refused(api.get(pair + "/outcomes", mentor.trialJudge()), 403, "ROLE_REQUIRED");
        refused(api.get(pair + "/help-requests", mentee.trialJudge()), 403, "ROLE_REQUIRED");
        refused(api.get(pair + "/training", mentee.trialJudge()), 403, "ROLE_REQUIRED");
        refused(api.get(pair + "/gap", mentee.clerk()), 403, "ROLE_REQUIRED");
        refused(api.get(P + "help-requests", mentor.clerk()), 403, "ROLE_REQUIRED");
        refused(api.post(pair + "/activities", mentee.clerk(), act), 403, "ROLE_REQUIRED");
        refused(api.post(pair + "/activities", mentor.officer(), act), 403, "ROLE_REQUIRED");
        refused(api.post(pair + "/outcomes", mentee.officer(), Map.of("goalKey", "tech", "description", "x", "achievedOn", TODAY.toString())),
                403, "ROLE_REQUIRED");
        refused(api.post(pair + "/help-requests", mentee.clerk(), Map.of("title", "t", "body", "b", "deadline", TODAY.plusDays(1).toString())),
                403, "ROLE_REQUIRED");
        refused(api.post(pair + "/help-requests", mentor.admin(), Map.of("title", "t", "body", "b", "deadline", TODAY.plusDays(1).toString())),
                403, "WRONG_SIDE");
        refused(api.post(pair + "/help-requests/" + help + "/answer", mentor.officer(), Map.of("answer", "a")), 403, "ROLE_REQUIRED");
        refused(api.post(pair + "/training/share", mentee.admin(), null), 403, "WRONG_SIDE");
        refused(api.post(pair + "/training/share", mentor.judge(), null), 403, "ROLE_REQUIRED");
        refused(api.post(pair + "/training/revoke", mentor.judge(), Map.of("reason", "r")), 403, "ROLE_REQUIRED");
        assertEquals("refused writes leave nothing", 0, api.get(pair + "/activities", mentee.admin()).json().size());
        assertEquals(1, api.get(pair + "/help-requests", mentee.admin()).json().size());

        // switched off for the mentee: refused as a capability, and the data is back when switched on again
        switchCapability(mentee.id(), "pairing", false);
        refused(api.get(pair, mentee.admin()), 403, "CAPABILITY_DISABLED");
        switchCapability(mentee.id(), "pairing", true);
        assertEquals(id, api.get(pair, mentee.admin()).json().get("id").asLong());
    }

    @Test
    public void suggestionsForAThirdCourtAreRankedAndExplained() {
        Court mentor = court("hlj-qiqihar-ip", "advanced", "live-seizure, cross-enforcement, training, pairing");
        Court busy = court("hlj-qiqihar-ip", "advanced", "live-seizure, cross-enforcement, training, pairing");
        Court first = court("hlj-qiqihar-ip", "basic", "training, pairing");
        created(api.post(P + "pairs", adminToken(), pairInput(busy.id(), first.id(), TODAY, TODAY.plusDays(30), goal("tech", "技术"))));
        Court third = court("hlj-qiqihar-ip", "basic", "training, pairing");

        refused(api.get(P + "suggestions", adminToken()), 400, "FIELD_REQUIRED");
        refused(api.get(P + "suggestions?menteeCourtId=no-such-court", adminToken()), 404, "COURT_NOT_FOUND");
        refused(api.get(P + "suggestions?menteeCourtId=" + third.id() + "&limit=0", adminToken()), 400, "INVALID_LIMIT");
        JsonNode list = api.get(P + "suggestions?menteeCourtId=" + third.id() + "&limit=50", adminToken()).json();
        assertFalse(list.isEmpty());
        int previous = Integer.MAX_VALUE;
        for (JsonNode s : list) {
            int sum = 0;
            List<String> factors = new ArrayList<>();
            for (JsonNode part : s.get("parts")) {
                sum += part.get("points").asInt();
                factors.add(part.get("factor").asText());
                assertFalse(part.get("explanationZh").asText().isBlank());
                assertFalse(part.get("explanationEn").asText().isBlank());
            }
            assertEquals("the score is the sum of its explained parts: " + s, s.get("score").asInt(), sum);
            assertEquals(List.of("gapFilled", "computerization", "hierarchyDistance", "mentorLoad"), factors);
            assertTrue("best first", s.get("score").asInt() <= previous);
            previous = s.get("score").asInt();
            assertFalse(s.get("courtId").asText().equals(third.id()));
            assertFalse(texts(s.get("gapFilled")).contains("training"));
        }
        JsonNode m = find(list, "courtId", mentor.id());
        JsonNode b = find(list, "courtId", busy.id());
        assertNotNull(m);
        assertNotNull(b);
        assertEquals(List.of("cross-enforcement", "live-seizure"), texts(m.get("gapFilled")));
        assertEquals(2, part(m, "hierarchyDistance").get("value").asInt());
        assertEquals(2, part(m, "computerization").get("value").asInt());
        assertEquals(0, part(m, "mentorLoad").get("value").asInt());
        assertEquals(20 + 10 - 4, m.get("score").asInt());
        assertEquals(1, part(b, "mentorLoad").get("value").asInt());
        assertEquals(-3, part(b, "mentorLoad").get("points").asInt());
        assertEquals("the busy court ranks below the free one", m.get("score").asInt() - 3, b.get("score").asInt());
        assertTrue(m.get("rank").asInt() < b.get("rank").asInt());
    }

    private Court court(String parent, String level, String capabilities) {
        String id = unique("it-pr");
        writeCourtFile(id, courtFile(id, "结对测试法院", parent, level, capabilities));
        waitUntil(id + " exists", () -> api.get("/courts/" + id, adminToken()).status() == 200);
        return new Court(id, tokenOfNewUser(id, "court-admin"), tokenOfNewUser(id, "trainer"), tokenOfNewUser(id, "enforcement-judge"),
                tokenOfNewUser(id, "enforcement-officer"), tokenOfNewUser(id, "clerk"), tokenOfNewUser(id, "trial-judge"));
    }

    private static Map<String, Object> goal(String key, String titleZh) {
        return Map.of("key", key, "titleZh", titleZh);
    }

    @SafeVarargs
    private static Map<String, Object> pairInput(String mentor, String mentee, LocalDate start, LocalDate end, Map<String, Object>... goals) {
        Map<String, Object> m = new HashMap<>();
        m.put("mentorCourtId", mentor);
        m.put("menteeCourtId", mentee);
        m.put("startDate", start.toString());
        m.put("endDate", end.toString());
        m.put("goals", List.of(goals));
        m.put("planZh", "每季度一次现场帮扶，按需远程技术支持。");
        return m;
    }

    private static Map<String, Object> activity(String kind, String title, long allocated, long spent) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", kind);
        m.put("title", title);
        m.put("startDate", TODAY.toString());
        m.put("allocatedFen", allocated);
        m.put("spentFen", spent);
        return m;
    }

    private static JsonNode created(Http.Reply r) {
        assertEquals(r.toString(), 201, r.status());
        return r.json();
    }

    private static boolean contains(JsonNode pairs, long id) {
        return find(pairs, "id", id) != null;
    }

    private static JsonNode find(JsonNode array, String field, Object value) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(String.valueOf(value))) return n;
        }
        return null;
    }

    private static JsonNode part(JsonNode suggestion, String factor) {
        return find(suggestion.get("parts"), "factor", factor);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private boolean hasEntry(String court, String action, String detailPart) {
        for (JsonNode e : api.get("/admin/courts/" + court + "/audit?limit=500", adminToken()).json()) {
            if (e.get("action").asText().equals(action) && e.path("detail").asText("").contains(detailPart)) return true;
        }
        return false;
    }
}
