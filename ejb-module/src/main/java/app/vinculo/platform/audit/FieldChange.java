package app.vinculo.platform.audit;

/** One field of one record: its value before and after ({@code null} when absent). */
public record FieldChange(String field, String oldValue, String newValue) {
}
