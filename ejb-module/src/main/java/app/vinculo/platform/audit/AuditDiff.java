package app.vinculo.platform.audit;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Computes the field changes between two snapshots of a record, rendering values as stable text.
 * Masked fields show {@value #MASK}; long values are cut at {@value #MAX_LENGTH} characters.
 */
public final class AuditDiff {

    public static final String MASK = "******";
    public static final int MAX_LENGTH = 1000;
    /** Bookkeeping fields that every entity has and that would only add noise. */
    static final Set<String> IGNORED = Set.of("version", "createdAt", "createdBy", "updatedAt", "updatedBy");

    private AuditDiff() {
    }

    /**
     * The changed fields, in field-name order.
     *
     * @param before values before (empty for a create)
     * @param after  values after (empty for a delete)
     * @param masked names of fields whose values must not be shown
     */
    public static List<FieldChange> between(Map<String, ?> before, Map<String, ?> after, Set<String> masked) {
        Set<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (IGNORED.contains(field)) {
                continue;
            }
            String old = render(before.get(field));
            String now = render(after.get(field));
            if (Objects.equals(old, now)) {
                continue;
            }
            if (masked.contains(field)) {
                changes.add(new FieldChange(field, old == null ? null : MASK, now == null ? null : MASK));
            } else {
                changes.add(new FieldChange(field, old, now));
            }
        }
        return changes;
    }

    /** Stable text for a value: plain decimals, ISO dates, sorted collections; {@code null} stays null. */
    public static String render(Object value) {
        if (value == null) {
            return null;
        }
        String text;
        if (value instanceof BigDecimal d) {
            text = d.stripTrailingZeros().toPlainString();
        } else if (value instanceof TemporalAccessor || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof CharSequence) {
            text = value.toString();
        } else if (value instanceof Collection<?> c) {
            text = c.stream().map(AuditDiff::render).map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ", "[", "]"));
        } else if (value instanceof Identified i) {
            text = "#" + i.auditId();
        } else {
            text = value.toString();
        }
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH - 1) + "…" : text;
    }

    /** Implemented by records that are referenced from others, so the trail shows their id. */
    public interface Identified {
        Object auditId();
    }
}
