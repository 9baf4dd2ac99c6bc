package app.vinculo.bench.control;

import app.vinculo.clients.control.SearchTokens;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.platform.i18n.SortKey;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Staff users, clients with their consultants, contacts, modules, search words, agreements (every state: expired
 * chains, active, future renewals, cancelled, never had one; R1.2 no overlap, renewals linked) and regularisation
 * cases (open, in negotiation, regularised, declined; R1.4).
 */
public final class Population {

    static final String BY = "generator";
    private static final String[] WORDS = {"Fábrica", "Metalúrgica", "Bodegas", "Lácteos", "Transportes",
            "Distribuidora", "Agropecuaria", "Textil", "Laboratorios", "Plásticos", "Frigorífico", "Constructora",
            "Molinos", "Yerbatera", "Cooperativa", "Autopartes", "Química", "Editorial", "Papelera", "Olivícola"};
    private static final String[] PLACES = {"Sur", "Norte", "Andina", "del Sol", "del Litoral", "Pampeana",
            "Patagónica", "Cuyana", "del Plata", "Serrana", "Misionera", "Riojana", "Austral", "del Centro", "Atlántica"};
    private static final String[] FIRST = {"José", "María", "Martín", "Lucía", "Sebastián", "Inés", "Ramón", "Begoña",
            "Joaquín", "Sofía", "Héctor", "Mónica", "Andrés", "Verónica", "Tomás", "Ángela"};
    private static final String[] LAST = {"Núñez", "González", "Pérez", "Fernández", "López", "Martínez", "Gómez",
            "Díaz", "Álvarez", "Romero", "Sosa", "Benítez", "Ibáñez", "Muñoz", "Suárez", "Giménez"};
    private static final String[] INDUSTRY = {"Metalurgia", "Alimentos", "Logística", "Agro", "Textil", "Química"};

    private final BatchWriter out;
    private final World world;
    private final Random random = new Random(42);
    private final ZoneId zone;

    public Population(BatchWriter out, World world, ZoneId zone) {
        this.out = out;
        this.world = world;
        this.zone = zone;
    }

    public void staff(int count, String passwordHash) throws SQLException {
        for (int i = 1; i <= count; i++) {
            String username = String.format("staff%03d", i);
            List<String> roles = i % 20 == 1 ? List.of("IMPLEMENTATION_HEAD", "CONSULTANT")
                    : i % 20 == 2 ? List.of("PROJECT_MANAGER") : i % 50 == 3 ? List.of("RD_MANAGER")
                    : i % 50 == 4 ? List.of("AUDITOR") : List.of("CONSULTANT");
            long id = out.id();
            out.insert("APP_USER", "ID,VERSION,CREATED_AT,CREATED_BY,USERNAME,DISPLAY_NAME,EMAIL,PASSWORD_HASH,ENABLED,"
                    + "LANGUAGE,FAILED_LOGINS", id, 0L, world.now, BY, username,
                    FIRST[i % FIRST.length] + " " + LAST[(i / 3) % LAST.length] + " " + i,
                    username + "@vinculo.demo", passwordHash, true, "es", 0);
            for (String role : roles) {
                out.insert("APP_USER_ROLE", "USER_ID,ROLE_NAME", id, role);
            }
            if (roles.contains("CONSULTANT")) {
                world.consultants.add(username);
            }
            if (roles.contains("IMPLEMENTATION_HEAD")) {
                world.heads.add(username);
            }
            if (roles.contains("PROJECT_MANAGER")) {
                world.managers.add(username);
            }
        }
        world.consultants.add("consultor");
        world.consultants.add("jefe");
        world.heads.add("jefe");
        world.managers.add("gerente");
        out.commit();
    }

    public void clients(Map<String, Long> modules) throws SQLException {
        List<String> codes = new ArrayList<>(modules.keySet());
        world.moduleCodes.addAll(codes);
        for (int i = 0; i < world.size(); i++) {
            long id = out.id();
            world.clientId[i] = id;
            String name = WORDS[random.nextInt(WORDS.length)] + " " + PLACES[random.nextInt(PLACES.length)] + " "
                    + (1000 + i) + (i % 3 == 0 ? " S.R.L." : " S.A.");
            String trade = i % 4 == 0 ? WORDS[random.nextInt(WORDS.length)] + " " + LAST[random.nextInt(LAST.length)] : null;
            String taxId = TaxId.cuitFor(i % 3 == 1 ? "33" : "30", 20_000_000 + i * 3);
            String lead = world.consultants.get(i % world.consultants.size());
            world.lead[i] = lead;
            boolean active = i % 25 != 24;
            String cols = "ID,VERSION,CREATED_AT,CREATED_BY,LEGAL_NAME,TAX_ID_KIND,TAX_ID,INDUSTRY,ADDRESS,PHONES,ACTIVE,"
                    + "LEAD_CONSULTANT,SORT_NAME";
            Object[] base = {id, 0L, world.now, BY, name, "CUIT", taxId, INDUSTRY[i % INDUSTRY.length],
                    "Calle " + (i % 900 + 1) + ", Buenos Aires", "011 4" + String.format("%07d", i), active, lead,
                    SortKey.of(name)};
            if (trade != null) {
                out.insert("CLIENT", cols + ",TRADE_NAME", append(base, trade));
            } else {
                out.insert("CLIENT", cols, base);
            }
            out.insert("CLIENT_CONSULTANT", "CLIENT_ID,USERNAME", id, lead);
            String other = world.consultants.get((i * 7 + 3) % world.consultants.size());
            if (!other.equals(lead)) {
                out.insert("CLIENT_CONSULTANT", "CLIENT_ID,USERNAME", id, other);
            }
            List<String> texts = new ArrayList<>(List.of(name, taxId));
            if (trade != null) {
                texts.add(trade);
            }
            int n = 2 + random.nextInt(5);
            world.contacts[i] = n;
            for (int k = 0; k < n; k++) {
                long cid = out.id();
                if (k == 0) {
                    world.firstContact[i] = cid;
                }
                String person = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                texts.add(person);
                out.insert("CONTACT", "ID,VERSION,CREATED_AT,CREATED_BY,CLIENT_ID,FULL_NAME,JOB_TITLE,EMAIL,"
                        + "DECISION_MAKER,INFLUENCER,ACTIVE,LANGUAGE", cid, 0L, world.now, BY, id, person,
                        k == 0 ? "Gerente general" : "Usuario clave", "c" + cid + "@cliente.example", k == 0, k == 1,
                        true, "es");
            }
            for (String token : SearchTokens.of(texts)) {
                out.insert("CLIENT_SEARCH_TOKEN", "TOKEN,CLIENT_ID", token, id);
            }
            modules(id, codes, modules);
            agreements(i, id);
        }
        out.commit();
    }

    private void modules(long client, List<String> codes, Map<String, Long> modules) throws SQLException {
        List<String> shuffled = new ArrayList<>(codes);
        Collections.shuffle(shuffled, random);
        for (int k = 0; k < Math.min(5, shuffled.size()); k++) {
            String status = k < 3 ? "INSTALLED" : k == 3 ? "OF_INTEREST" : "NOT_INTERESTED";
            if (k < 3) {
                out.insert("CLIENT_MODULE", "ID,VERSION,CREATED_AT,CREATED_BY,CLIENT_ID,MODULE_ID,STATUS,INSTALLED_SINCE,"
                        + "VERSION_LABEL", out.id(), 0L, world.now, BY, client, modules.get(shuffled.get(k)), status,
                        world.today.minusDays(400 + random.nextInt(3000)), "9." + random.nextInt(5));
            } else {
                out.insert("CLIENT_MODULE", "ID,VERSION,CREATED_AT,CREATED_BY,CLIENT_ID,MODULE_ID,STATUS", out.id(), 0L,
                        world.now, BY, client, modules.get(shuffled.get(k)), status);
            }
        }
    }

    /** The client's A&amp;M history by pattern, then A&amp;D and training agreements and regularisation cases. */
    private void agreements(int i, long client) throws SQLException {
        int pattern = i % 20;
        LocalDate today = world.today;
        List<Integer> ranges = new ArrayList<>();
        if (pattern != 0) {
            int years = 1 + random.nextInt(9);
            LocalDate lastStart = pattern <= 3 ? today.minusDays(1 + random.nextInt(300)).minusYears(1).plusDays(1)
                    : today.minusDays(random.nextInt(365));
            LocalDate start = lastStart.minusYears(years - 1L);
            Long previous = null;
            for (int y = 0; y < years; y++) {
                LocalDate s = start.plusYears(y);
                LocalDate e = s.plusYears(1).minusDays(1);
                boolean cancel = pattern == 4 && y == years - 1;
                LocalDate cancelDay = cancel ? (s.isAfter(today.minusDays(100)) ? s : today.minusDays(1 + random.nextInt(100))) : null;
                previous = agreement(client, "SUPPORT_MAINTENANCE", s, e, previous, cancelDay);
                ranges.add((int) s.toEpochDay());
                ranges.add((int) (cancel ? cancelDay.minusDays(1) : e).toEpochDay());
                if (y == years - 1 && (pattern == 5 || pattern == 6)) {
                    agreement(client, "SUPPORT_MAINTENANCE", e.plusDays(1), e.plusYears(1), previous, null);
                    ranges.add((int) e.plusDays(1).toEpochDay());
                    ranges.add((int) e.plusYears(1).toEpochDay());
                }
            }
        }
        world.assistable[i] = ranges.stream().mapToInt(Integer::intValue).toArray();
        if (i % 5 == 0) {
            world.development[i] = true;
            agreement(client, "SUPPORT_DEVELOPMENT", today.minusDays(random.nextInt(300)), today.plusDays(30 + random.nextInt(300)), null, null);
        }
        if (i % 10 == 3) {
            agreement(client, "TRAINING", today.minusYears(2), today.minusYears(1), null, null);
        }
        if (pattern <= 4 && i % 2 == 0) {
            String status = i % 40 == 2 ? "DECLINED" : i % 8 == 4 ? "IN_NEGOTIATION" : "OPEN";
            String reason = pattern == 0 ? "NO_AGREEMENT_EVER" : pattern == 4 ? "CANCELLED" : "EXPIRED";
            regularization(client, status, reason, today.minusDays(1 + random.nextInt(30)));
        } else if (pattern == 7 && i % 3 == 0) {
            regularization(client, "REGULARIZED", "EXPIRED", today.minusDays(400));
        }
    }

    private Long agreement(long client, String type, LocalDate start, LocalDate end, Long previous, LocalDate cancelled)
            throws SQLException {
        long id = out.id();
        out.insert("AGREEMENT", "ID,VERSION,CREATED_AT,CREATED_BY,CLIENT_ID,AGREEMENT_TYPE,START_DATE,END_DATE,HOURS,FEE,"
                + "CURRENCY,PREVIOUS_ID,CANCELLED_AT,CANCEL_REASON", id, 0L, world.now, BY, client, type, start, end,
                40 + random.nextInt(200), BigDecimal.valueOf(100_000 + random.nextInt(900_000), 0).setScale(2), "ARS",
                previous, cancelled == null ? null : cancelled.atTime(10, 0).atZone(zone).toInstant(),
                cancelled == null ? null : "Baja solicitada por el cliente");
        return id;
    }

    private void regularization(long client, String status, String reason, LocalDate opened) throws SQLException {
        String cols = "ID,VERSION,CREATED_AT,CREATED_BY,CLIENT_ID,STATUS,REASON,OPENED_AT,REFUSALS,LAST_REQUEST";
        Object[] v = {out.id(), 0L, world.now, BY, client, status, reason, opened.atTime(9, 30).atZone(zone).toInstant(),
                1 + random.nextInt(3), "Pidió asistencia con el cierre de mes"};
        if (status.equals("DECLINED")) {
            cols += ",DECLINE_REASON,CLOSED_AT";
            v = append(append(v, "No renovará por ahora"), world.now);
        } else if (status.equals("REGULARIZED")) {
            cols += ",CLOSED_AT";
            v = append(v, opened.plusDays(20).atTime(12, 0).atZone(zone).toInstant());
        }
        out.insert("REGULARIZATION_CASE", cols, v);
    }

    static Object[] append(Object[] values, Object more) {
        Object[] copy = java.util.Arrays.copyOf(values, values.length + 1);
        copy[values.length] = more;
        return copy;
    }
}
