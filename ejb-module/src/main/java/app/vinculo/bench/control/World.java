package app.vinculo.bench.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What later phases of the generator need to know about the clients already written (in memory, a few MB). */
public final class World {

    public final LocalDate today;
    public final Instant now;
    public final List<String> consultants = new ArrayList<>();
    public final List<String> heads = new ArrayList<>();
    public final List<String> managers = new ArrayList<>();
    public final List<String> moduleCodes = new ArrayList<>();
    public final long[] clientId;
    public final String[] lead;
    public final long[] firstContact;
    public final int[] contacts;
    /** Days (epoch days) the client was assistable: pairs of [from, to] inclusive, per client. */
    public final int[][] assistable;
    public final boolean[] atRisk;
    public final boolean[] development;
    public final Instant[] lastContact;

    public World(int clients, LocalDate today, Instant now) {
        this.today = today;
        this.now = now;
        clientId = new long[clients];
        lead = new String[clients];
        firstContact = new long[clients];
        contacts = new int[clients];
        assistable = new int[clients][];
        atRisk = new boolean[clients];
        development = new boolean[clients];
        lastContact = new Instant[clients];
    }

    public int size() {
        return clientId.length;
    }

    /** R1.3: whether the client had an active Support &amp; Maintenance agreement that day. */
    public boolean assistableOn(int client, LocalDate day) {
        int d = (int) day.toEpochDay();
        int[] ranges = assistable[client];
        for (int i = 0; i < ranges.length; i += 2) {
            if (d >= ranges[i] && d <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
