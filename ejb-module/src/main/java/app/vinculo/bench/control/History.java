package app.vinculo.bench.control;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Random;

/**
 * Ten years of follow-ups (R1.3: TECHNICAL only on days the client was assistable; next actions done, open, due and
 * overdue) and visits (held with their record, cancelled, planned and confirmed with two topics, R2.1), then each
 * client's last contact (R3.1: about one client in seven is at risk).
 */
public final class History {

    private static final String[] CHANNELS = {"CALL", "EMAIL", "MEETING", "VIDEO_CALL"};
    private static final String[] SUMMARIES = {"Consulta sobre el cierre contable", "Revisión de la liquidación de sueldos",
            "Seguimiento del pedido de nuevos reportes", "Llamado por renovación del acuerdo", "Dudas de stock por depósito",
            "Presentación del módulo de compras", "Problema con la facturación electrónica"};

    private final BatchWriter out;
    private final World world;
    private final ZoneId zone;
    private final Random random = new Random(7);

    public History(BatchWriter out, World world, ZoneId zone) {
        this.out = out;
        this.world = world;
        this.zone = zone;
    }

    public void followUps(int perClient) throws SQLException {
        LocalDate today = world.today;
        int span = 3650;
        for (int i = 0; i < world.size(); i++) {
            world.atRisk[i] = i % 7 == 5;
            int lastAgo = world.atRisk[i] ? 61 + random.nextInt(340) : random.nextInt(50);
            int n = perClient / 2 + random.nextInt(perClient + 1);
            int[] ago = new int[n];
            for (int k = 0; k < n; k++) {
                ago[k] = k == 0 ? lastAgo : lastAgo + random.nextInt(span - lastAgo);
            }
            Arrays.sort(ago);
            for (int k = 0; k < n; k++) {
                LocalDate day = today.minusDays(ago[k]);
                Instant at = day.atTime(9 + random.nextInt(9), random.nextInt(60)).atZone(zone).toInstant();
                String author = random.nextInt(4) == 0 ? world.consultants.get(random.nextInt(world.consultants.size()))
                        : world.lead[i];
                String nature = world.assistableOn(i, day) && random.nextInt(10) < 6 ? "TECHNICAL" : "COMMERCIAL";
                long id = out.id();
                String cols = "ID,VERSION,CREATED_AT,CREATED_BY,CLIENT_ID,AUTHOR,OCCURRED_AT,CHANNEL,NATURE,SUMMARY,OUTCOME";
                Object[] v = {id, 0L, at, author, world.clientId[i], author, at, CHANNELS[random.nextInt(CHANNELS.length)],
                        nature, SUMMARIES[random.nextInt(SUMMARIES.length)], "Resuelto en la llamada"};
                if (random.nextInt(10) == 0) {
                    LocalDate due = day.plusDays(3 + random.nextInt(15));
                    cols += ",NEXT_ACTION,NEXT_ACTION_OWNER,NEXT_ACTION_DUE";
                    v = Population.append(Population.append(Population.append(v, "Enviar la propuesta"), author), due);
                    if (due.isBefore(today.minusDays(10))) {
                        cols += ",NEXT_ACTION_DONE_AT";
                        v = Population.append(v, due.atTime(12, 0).atZone(zone).toInstant());
                    }
                }
                out.insert("FOLLOW_UP", cols, v);
                if (random.nextInt(4) == 0) {
                    out.insert("FOLLOW_UP_CONTACT", "FOLLOW_UP_ID,CONTACT_ID", id, contact(i));
                }
                // the newest instant, not the first row: two follow-ups on the newest day differ in their hour
                if (world.lastContact[i] == null || at.isAfter(world.lastContact[i])) {
                    world.lastContact[i] = at;
                }
            }
        }
        out.commit();
    }

    public void visits(int perClient) throws SQLException {
        LocalDate today = world.today;
        for (int i = 0; i < world.size(); i++) {
            for (int k = 0; k < perClient; k++) {
                boolean upcoming = k == 0 && i % 25 == 0;
                LocalDate day = upcoming ? today.plusDays(1 + random.nextInt(20)) : today.minusDays(70 + random.nextInt(3500));
                String kind = world.assistableOn(i, day) ? (random.nextBoolean() ? "ASSISTANCE" : "MIXED") : "COMMERCIAL";
                String status = upcoming ? (random.nextBoolean() ? "PLANNED" : "CONFIRMED")
                        : random.nextInt(12) == 0 ? "CANCELLED" : "HELD";
                Instant at = day.atTime(10, 0).atZone(zone).toInstant();
                long id = out.id();
                String cols = "ID,VERSION,CREATED_AT,CREATED_BY,CLIENT_ID,KIND,SCHEDULED_AT,DURATION_MINUTES,PLACE,"
                        + "COMMERCIAL_OBJECTIVES,TECHNICAL_OBJECTIVES,STATUS";
                Object[] v = {id, 0L, at.minusSeconds(86_400L * 14), world.lead[i], world.clientId[i], kind, at, 120,
                        "Planta del cliente", "Presentar módulos no instalados", "Revisar incidentes abiertos", status};
                if (status.equals("HELD")) {
                    cols += ",ASSESSMENT,QUESTIONS_ANSWERED,RECORDED_AT,RECORDED_BY";
                    v = Population.append(Population.append(Population.append(Population.append(v,
                            "Buena recepción del equipo"), "Cierre de ejercicio"), at.plusSeconds(86_400)), world.lead[i]);
                    if (world.lastContact[i] == null || at.isAfter(world.lastContact[i])) {
                        world.lastContact[i] = at;
                    }
                } else if (status.equals("CANCELLED")) {
                    cols += ",STATUS_REASON";
                    v = Population.append(v, "El cliente pidió reprogramar");
                }
                out.insert("VISIT", cols, v);
                out.insert("VISIT_CONSULTANT", "VISIT_ID,USERNAME", id, world.lead[i]);
                for (int t = 0; t < 2; t++) {
                    String module = world.moduleCodes.isEmpty() ? null : world.moduleCodes.get((i + t) % world.moduleCodes.size());
                    if (status.equals("HELD")) {
                        out.insert("VISIT_TOPIC", "VISIT_ID,SORT_ORDER,TITLE,TOPIC_KIND,MODULE_CODE,SPARE,OUTCOME,INTEREST", id,
                                t, "Demostración de " + module, "DEMO", module, false, "COVERED", "MEDIUM");
                    } else {
                        out.insert("VISIT_TOPIC", "VISIT_ID,SORT_ORDER,TITLE,TOPIC_KIND,MODULE_CODE,SPARE", id, t,
                                t == 0 ? "Revisión de incidentes" : "Demostración de " + module, t == 0 ? "REVIEW" : "DEMO",
                                module, t == 1);
                    }
                }
                long contact = world.firstContact[i];
                out.insert("VISIT_INVITED", "VISIT_ID,CONTACT_ID", id, contact);
                if (status.equals("HELD")) {
                    out.insert("VISIT_ATTENDEE", "VISIT_ID,CONTACT_ID", id, contact);
                }
            }
        }
        writeLastContacts();
    }

    /**
     * Only what follow-ups and visits leave on each client (its last contact, the same spread as {@link #followUps}),
     * for harnesses that skip the history itself.
     */
    public void lastContactsOnly() throws SQLException {
        for (int i = 0; i < world.size(); i++) {
            world.atRisk[i] = i % 7 == 5;
            int lastAgo = world.atRisk[i] ? 61 + random.nextInt(340) : random.nextInt(50);
            world.lastContact[i] = world.today.minusDays(lastAgo).atTime(9 + random.nextInt(9), 0).atZone(zone).toInstant();
        }
        writeLastContacts();
    }

    private void writeLastContacts() throws SQLException {
        for (int i = 0; i < world.size(); i++) {
            if (world.lastContact[i] != null) {
                out.batch("UPDATE CLIENT SET LAST_CONTACT_AT = ? WHERE ID = ?", world.lastContact[i], world.clientId[i]);
            }
        }
        out.commit();
    }

    long contact(int client) {
        return world.firstContact[client] + random.nextInt(world.contacts[client]);
    }
}
