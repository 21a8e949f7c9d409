package org.bianmin.eldercare.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bianmin.shared.domain.WorkingDayCalendar;

/**
 * The home-care figures the district reports: applications by stage, approvals and refusals, the average working days
 * an application spends in each stage, and per town the active plans and their monthly subsidies. Pure arithmetic over
 * facts read elsewhere, so the rules are tested without a database. No personal data goes in or comes out.
 */
public final class CareStatistics {

    /** The stages staff act on, whose time is measured. */
    public static final List<Stage> WORKING_STAGES = List.of(
            Stage.VILLAGE_CHECK,
            Stage.TOWN_VERIFICATION,
            Stage.ABILITY_ASSESSMENT,
            Stage.DISTRICT_APPROVAL,
            Stage.SERVICE_PLAN);

    private CareStatistics() {}

    /** One application: its village (for the town), where it stands, and whether the district approved it. */
    public record ApplicationFact(String villageCode, Stage stage, boolean approved) implements Serializable {}

    /** One running or ended plan. */
    public record PlanFact(String villageCode, PlanStatus status, BigDecimal monthlySubsidy) implements Serializable {}

    /** A stay in one stage, from the day it began to the day it was left. */
    public record StageVisit(Stage stage, LocalDate from, LocalDate to) implements Serializable {}

    /** One town's line (a town is the 9-digit prefix of a village code). */
    public record TownLine(
            String townCode,
            String townName,
            long applications,
            long approved,
            long refused,
            long activePlans,
            BigDecimal monthlySubsidy)
            implements Serializable {}

    /** Everything the statistics page and the workbook show. */
    public record Figures(
            Map<Stage, Long> byStage,
            long applications,
            long approved,
            long refused,
            Map<Stage, Double> averageWorkingDays,
            List<TownLine> towns,
            long activePlans,
            BigDecimal monthlySubsidy)
            implements Serializable {

        /** Rows for a page: each stage with its count and average (null when no stay in it has ended). */
        public List<StageLine> stages() {
            List<StageLine> lines = new ArrayList<>();
            for (Map.Entry<Stage, Long> entry : byStage.entrySet()) {
                lines.add(new StageLine(entry.getKey(), entry.getValue(), averageWorkingDays.get(entry.getKey())));
            }
            return lines;
        }
    }

    public record StageLine(Stage stage, long count, Double averageWorkingDays) implements Serializable {}

    /**
     * The stays in each stage from an application's filing time and its moves: a stage begins at the move into it (the
     * first, the village check, at filing) and ends at the move out of it. A stage visited twice, after a send-back,
     * counts twice. The stage an application is in now has not ended and is not counted.
     */
    public static List<StageVisit> visits(LocalDateTime filedAt, List<StageTrail.Move> moves) {
        List<StageVisit> visits = new ArrayList<>();
        Stage current = Stage.VILLAGE_CHECK;
        LocalDateTime since = filedAt;
        List<StageTrail.Move> ordered = new ArrayList<>(moves);
        ordered.sort(Comparator.comparing(StageTrail.Move::at));
        for (StageTrail.Move move : ordered) {
            visits.add(new StageVisit(
                    move.from() == null ? current : move.from(),
                    since.toLocalDate(),
                    move.at().toLocalDate()));
            current = move.to();
            since = move.at();
        }
        return visits;
    }

    public static Figures compute(
            List<ApplicationFact> applications,
            List<StageVisit> visits,
            List<PlanFact> plans,
            Map<String, String> townNames,
            WorkingDayCalendar calendar) {
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            byStage.put(stage, 0L);
        }
        Map<String, long[]> townCounts = new LinkedHashMap<>();
        Map<String, BigDecimal> townSubsidy = new LinkedHashMap<>();
        long approved = 0;
        long refused = 0;
        for (ApplicationFact application : applications) {
            byStage.merge(application.stage(), 1L, Long::sum);
            long[] counts = townCounts.computeIfAbsent(town(application.villageCode()), t -> new long[4]);
            counts[0]++;
            if (application.approved()) {
                counts[1]++;
                approved++;
            }
            if (application.stage() == Stage.REFUSED) {
                counts[2]++;
                refused++;
            }
        }
        long activePlans = 0;
        BigDecimal subsidy = BigDecimal.ZERO.setScale(2);
        for (PlanFact plan : plans) {
            if (plan.status() != PlanStatus.ACTIVE) {
                continue;
            }
            String town = town(plan.villageCode());
            townCounts.computeIfAbsent(town, t -> new long[4])[3]++;
            townSubsidy.merge(town, plan.monthlySubsidy(), BigDecimal::add);
            activePlans++;
            subsidy = subsidy.add(plan.monthlySubsidy());
        }

        Map<Stage, Double> averages = new EnumMap<>(Stage.class);
        Map<Stage, long[]> sums = new EnumMap<>(Stage.class);
        for (StageVisit visit : visits) {
            long[] sum = sums.computeIfAbsent(visit.stage(), s -> new long[2]);
            sum[0] += calendar.workingDaysBetween(visit.from(), visit.to());
            sum[1]++;
        }
        for (Map.Entry<Stage, long[]> entry : sums.entrySet()) {
            double average = (double) entry.getValue()[0] / entry.getValue()[1];
            averages.put(entry.getKey(), Math.round(average * 10) / 10.0);
        }

        List<TownLine> towns = new ArrayList<>();
        townCounts.keySet().stream().sorted().forEach(code -> {
            long[] c = townCounts.get(code);
            towns.add(new TownLine(
                    code,
                    townNames.getOrDefault(code, code),
                    c[0],
                    c[1],
                    c[2],
                    c[3],
                    townSubsidy.getOrDefault(code, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP)));
        });
        return new Figures(byStage, applications.size(), approved, refused, averages, towns, activePlans, subsidy);
    }

    /** The town of a village: the first nine digits of its code. */
    public static String town(String villageCode) {
        return villageCode != null && villageCode.length() >= 9 ? villageCode.substring(0, 9) : villageCode;
    }
}
