package app.vinculo.bench.control;

/**
 * How many records the generator writes at a scale: {@code divisor} 1 is the full volume (50 000 clients,
 * 200 000 contacts, 2 million follow-ups, 100 000 visits, 20 000 quotes, 5 000 course editions, 200 staff users),
 * 50 gives 1/50 of it for quick runs.
 */
public record Volume(int divisor, int clients, int contactsPerClient, int followUpsPerClient, int visitsPerClient,
                     int quotes, int requirementsWithoutQuote, int courses, int editions, int staff) {

    public static Volume of(int divisor) {
        int d = Math.max(1, divisor);
        return new Volume(d, 50_000 / d, 4, 40, 2, 20_000 / d, 10_000 / d, 50, Math.max(10, 5_000 / d),
                Math.max(12, 200 / d));
    }

    /** An upper bound of the surrogate ids needed (rows of tables with an ID column). */
    public long ids() {
        long perClient = 1 + contactsPerClient + followUpsPerClient + visitsPerClient + 4 /* modules */
                + 8 /* agreements */ + 2 /* regularisation cases */;
        long editionRows = editions * (1L + 10 /* registrations */ + 20 /* attendance */);
        return clients * perClient + quotes * 2L + requirementsWithoutQuote + courses + editionRows + staff + 1_000;
    }
}
