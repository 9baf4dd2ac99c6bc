package app.vinculo.bench.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Requirements and sales quotes (R4.1: clients with an A&amp;D agreement get planned requirements, the others quotes;
 * quotes in every state, numbered PV-year-NNNN per year after the numbers already used, totals priced like
 * QuotePricing), and the course catalogue with ten years of editions, registrations within capacity (R5.1) and
 * attendance of held and closed editions (R5.2).
 */
public final class Commerce {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final BatchWriter out;
    private final World world;
    private final ZoneId zone;
    private final Random random = new Random(11);

    public Commerce(BatchWriter out, World world, ZoneId zone) {
        this.out = out;
        this.world = world;
        this.zone = zone;
    }

    public void quotes(int count, int withoutQuote) throws SQLException {
        Map<Integer, Integer> counters = counters();
        Map<Integer, Integer> start = new HashMap<>(counters);
        for (int q = 0; q < count; q++) {
            int c = (int) ((long) q * world.size() / Math.max(1, count));
            if (world.development[c]) {
                c = (c + 1) % world.size();
            }
            int ago = random.nextInt(3650);
            Instant created = world.today.minusDays(ago).atTime(11, 0).atZone(zone).toInstant();
            String status = ago > 365 ? pick("ACCEPTED", "ACCEPTED", "REJECTED", "EXPIRED")
                    : pick("DRAFT", "PENDING_APPROVAL", "APPROVED", "SENT", "SENT", "ACCEPTED", "REJECTED");
            String reqStatus = switch (status) {
                case "ACCEPTED" -> ago > 365 ? "DELIVERED" : "PLANNED";
                case "REJECTED", "EXPIRED" -> "REJECTED";
                default -> "QUOTING";
            };
            long req = requirement(c, reqStatus, created, "Desarrollo a medida " + q);
            int year = world.today.minusDays(ago).getYear();
            int number = counters.merge(year, 1, Integer::sum);
            long id = out.id();
            BigDecimal hours = BigDecimal.valueOf(10 + random.nextInt(90)).setScale(2);
            BigDecimal price = BigDecimal.valueOf(20_000 + random.nextInt(30_000)).setScale(2);
            BigDecimal discount = BigDecimal.valueOf(random.nextInt(3) * 5L).setScale(2);
            BigDecimal vat = BigDecimal.valueOf(21).setScale(2);
            BigDecimal subtotal = cents(hours.multiply(price)).add(cents(price));
            BigDecimal net = subtotal.subtract(cents(subtotal.multiply(discount).divide(HUNDRED, 10, RoundingMode.HALF_EVEN)));
            BigDecimal total = net.add(cents(net.multiply(vat).divide(HUNDRED, 10, RoundingMode.HALF_EVEN)));
            String cols = "ID,VERSION,CREATED_AT,CREATED_BY,QUOTE_NUMBER,CLIENT_ID,CURRENCY,DISCOUNT_PERCENT,VAT_PERCENT,"
                    + "TOTAL_AMOUNT,INSTALMENTS,PAYMENT_TERMS,VALIDITY_DAYS,STATUS";
            String head = world.heads.get(q % world.heads.size());
            Object[] v = {id, 0L, created, head, String.format("PV-%d-%04d", year, number), world.clientId[c], "ARS",
                    discount, vat, total, 1 + random.nextInt(6), "30 días fecha de factura", 30, status};
            boolean approved = !status.equals("DRAFT") && !status.equals("PENDING_APPROVAL");
            if (approved) {
                cols += ",APPROVED_BY";
                v = Population.append(v, world.managers.get(q % world.managers.size()));
            }
            if (approved && !status.equals("APPROVED")) {
                cols += ",SENT_AT";
                v = Population.append(v, created.plusSeconds(86_400L * 3));
            }
            if (status.equals("ACCEPTED") || status.equals("REJECTED")) {
                cols += ",ANSWERED_AT";
                v = Population.append(v, created.plusSeconds(86_400L * 10));
            }
            if (status.equals("REJECTED")) {
                cols += ",REJECT_REASON";
                v = Population.append(v, "Precio fuera de presupuesto");
            }
            out.insert("QUOTE", cols, v);
            out.insert("QUOTE_REQUIREMENT", "QUOTE_ID,REQUIREMENT_ID", id, req);
            out.insert("QUOTE_LINE", "QUOTE_ID,SORT_ORDER,DESCRIPTION,QUANTITY,UNIT_PRICE", id, 0, "Horas de desarrollo", hours, price);
            out.insert("QUOTE_LINE", "QUOTE_ID,SORT_ORDER,DESCRIPTION,QUANTITY,UNIT_PRICE", id, 1, "Puesta en marcha",
                    BigDecimal.ONE.setScale(2), price);
        }
        for (Map.Entry<Integer, Integer> e : counters.entrySet()) {
            if (start.containsKey(e.getKey())) {
                out.execute("UPDATE QUOTE_COUNTER SET LAST_NUMBER = ? WHERE QUOTE_YEAR = ?", e.getValue(), e.getKey());
            } else {
                out.execute("INSERT INTO QUOTE_COUNTER (QUOTE_YEAR, LAST_NUMBER) VALUES (?, ?)", e.getKey(), e.getValue());
            }
        }
        for (int r = 0; r < withoutQuote; r++) {
            int c = random.nextInt(world.size());
            int ago = random.nextInt(1000);
            String status = world.development[c] ? pick("PLANNED", "IN_PROGRESS", "DELIVERED")
                    : pick("NEW", "UNDER_REVIEW", "UNDER_REVIEW", "REJECTED");
            requirement(c, status, world.today.minusDays(ago).atTime(15, 0).atZone(zone).toInstant(), "Mejora pedida " + r);
        }
        out.commit();
    }

    private long requirement(int c, String status, Instant at, String title) throws SQLException {
        long id = out.id();
        String module = world.moduleCodes.isEmpty() ? null : world.moduleCodes.get(c % world.moduleCodes.size());
        String cols = "ID,VERSION,CREATED_AT,CREATED_BY,CLIENT_ID,TITLE,DESCRIPTION,ORIGIN,DETECTED_BY,STATUS";
        Object[] v = {id, 0L, at, world.lead[c], world.clientId[c], title, "Detectado en una visita", "OTHER",
                world.lead[c], status};
        if (module != null) {
            cols += ",MODULE_CODE";
            v = Population.append(v, module);
        }
        if (!status.equals("NEW")) {
            cols += ",SUBMITTED_AT";
            v = Population.append(v, at.plusSeconds(3_600));
        }
        if (!status.equals("NEW") && !status.equals("UNDER_REVIEW")) {
            cols += ",REVIEWED_AT,REVIEWED_BY";
            v = Population.append(Population.append(v, at.plusSeconds(86_400)), world.heads.get(c % world.heads.size()));
        }
        if (status.equals("REJECTED")) {
            cols += ",REJECT_REASON";
            v = Population.append(v, "No corresponde");
        }
        if (status.equals("PLANNED") || status.equals("IN_PROGRESS") || status.equals("DELIVERED")) {
            cols += ",TARGET_VERSION,ESTIMATE_HOURS,PLAN_OWNER";
            v = Population.append(Population.append(Population.append(v, "10." + random.nextInt(9)), 40), world.lead[c]);
        }
        if (status.equals("DELIVERED")) {
            cols += ",DELIVERED_AT";
            v = Population.append(v, at.plusSeconds(86_400L * 60));
        }
        out.insert("REQUIREMENT", cols, v);
        return id;
    }

    public void training(int courses, int editions) throws SQLException {
        long[] courseIds = new long[courses];
        for (int k = 0; k < courses; k++) {
            courseIds[k] = out.id();
            String module = world.moduleCodes.isEmpty() ? "GEN" : world.moduleCodes.get(k % world.moduleCodes.size());
            out.insert("COURSE", "ID,VERSION,CREATED_AT,CREATED_BY,CODE,TITLE,SYLLABUS,DURATION_HOURS,MODALITY,ACTIVE",
                    courseIds[k], 0L, world.now, Population.BY, String.format("GEN-%03d", k + 1),
                    "Curso de " + module + " nivel " + (k / Math.max(1, world.moduleCodes.size()) + 1), "<p>Temario</p>", 8,
                    k % 3 == 0 ? "REMOTE" : "OFFICES", true);
            if (!world.moduleCodes.isEmpty()) {
                out.insert("COURSE_MODULE", "COURSE_ID,MODULE_CODE", courseIds[k], module);
            }
        }
        LocalDate today = world.today;
        for (int e = 0; e < editions; e++) {
            LocalDate first = today.minusDays(3650).plusDays((long) e * 3740 / editions);
            LocalDate last = first.plusDays(7);
            boolean past = last.isBefore(today);
            String status = e % 20 == 7 ? "CANCELLED" : last.isBefore(today.minusDays(14)) ? "CLOSED" : past ? "HELD"
                    : first.isAfter(today.plusDays(30)) ? "SCHEDULED" : "OPEN";
            int registered = status.equals("CANCELLED") ? 0 : past ? 8 : 4;
            long id = out.id();
            String instructor = world.consultants.get(e % world.consultants.size());
            String cols = "ID,VERSION,CREATED_AT,CREATED_BY,COURSE_ID,FIRST_DAY,LAST_DAY,PLACE,CAPACITY,SEATS_TAKEN,OPEN_TO_ALL,STATUS";
            Object[] v = {id, 0L, world.now, Population.BY, courseIds[e % courses], first, last, "Sala 1", 12, registered,
                    true, status};
            if (status.equals("CLOSED")) {
                cols += ",CLOSED_AT,CLOSED_BY";
                v = Population.append(Population.append(v, last.plusDays(2).atTime(18, 0).atZone(zone).toInstant()), instructor);
            } else if (status.equals("CANCELLED")) {
                cols += ",CANCELLED_AT,CANCEL_REASON";
                v = Population.append(Population.append(v, first.minusDays(3).atTime(9, 0).atZone(zone).toInstant()),
                        "Pocos inscriptos");
            }
            out.insert("COURSE_EDITION", cols, v);
            for (int s = 0; s < 2; s++) {
                out.insert("EDITION_SESSION", "EDITION_ID,SORT_ORDER,SESSION_DATE,START_TIME,END_TIME", id, s,
                        first.plusDays(7L * s), LocalTime.of(9, 0), LocalTime.of(13, 0));
            }
            out.insert("EDITION_INSTRUCTOR", "EDITION_ID,USERNAME", id, instructor);
            registrations(id, first, registered, past, instructor);
        }
        out.commit();
    }

    private void registrations(long edition, LocalDate first, int registered, boolean held, String by) throws SQLException {
        Set<Long> taken = new HashSet<>();
        Instant invited = first.minusDays(20).atTime(10, 0).atZone(zone).toInstant();
        for (int r = 0; r < registered; r++) {
            int c = random.nextInt(world.size());
            long contact = world.firstContact[c] + random.nextInt(world.contacts[c]);
            if (!taken.add(contact)) {
                continue;
            }
            long id = out.id();
            int attended = 0;
            Instant lastAttended = null;
            boolean[] marks = new boolean[3];
            if (held) {
                for (int s = 1; s <= 2; s++) {
                    boolean present = random.nextInt(100) < 85;
                    marks[s] = present;
                    Instant at = first.plusDays(7L * (s - 1)).atTime(13, 0).atZone(zone).toInstant();
                    attended += present ? 1 : 0;
                    lastAttended = present ? at : lastAttended;
                }
            }
            String cols = "ID,VERSION,CREATED_AT,CREATED_BY,EDITION_ID,CONTACT_ID,CLIENT_ID,STATUS,INVITED_AT,INVITED_BY,"
                    + "REGISTERED_AT,ATTENDED_SESSIONS";
            Object[] v = {id, 0L, invited, by, edition, contact, world.clientId[c], "REGISTERED", invited, by,
                    invited.plusSeconds(86_400L * 3), attended};
            if (lastAttended != null) {
                cols += ",LAST_ATTENDED_AT";
                v = Population.append(v, lastAttended);
            }
            out.insert("REGISTRATION", cols, v);
            if (held) {
                for (int s = 1; s <= 2; s++) {
                    boolean present = marks[s];
                    out.insert("ATTENDANCE", "ID,VERSION,CREATED_AT,CREATED_BY,REGISTRATION_ID,EDITION_ID,SESSION_NO,MARK,"
                            + "MARKED_BY,MARKED_AT", out.id(), 0L, invited, by, id, edition, s, present ? "ATTENDED" : "ABSENT",
                            by, first.plusDays(7L * (s - 1)).atTime(13, 0).atZone(zone).toInstant());
                }
            }
        }
        if (taken.size() != registered) {
            out.batch("UPDATE COURSE_EDITION SET SEATS_TAKEN = ? WHERE ID = ?", taken.size(), edition);
        }
    }

    private Map<Integer, Integer> counters() throws SQLException {
        Map<Integer, Integer> counters = new HashMap<>();
        try (PreparedStatement ps = out.connection().prepareStatement("SELECT QUOTE_YEAR, LAST_NUMBER FROM QUOTE_COUNTER");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counters.put(rs.getInt(1), rs.getInt(2));
            }
        }
        return counters;
    }

    private String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    private static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN);
    }
}
