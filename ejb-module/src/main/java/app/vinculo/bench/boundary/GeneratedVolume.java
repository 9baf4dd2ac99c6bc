package app.vinculo.bench.boundary;

/** What one run of the generator wrote: at 1/{@code divisor} of the full volume, {@code rows} rows in {@code seconds}. */
public record GeneratedVolume(int divisor, long rows, double seconds) {
}
