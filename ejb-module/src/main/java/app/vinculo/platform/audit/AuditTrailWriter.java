package app.vinculo.platform.audit;

import app.vinculo.platform.clock.ClockProducer;
import app.vinculo.platform.security.CurrentUser;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.ObjectReferenceMapping;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectCollectionChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectReferenceChangeRecord;

import java.lang.reflect.Field;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the audit trail of one {@link Audited} entity type. EclipseLink calls it while it writes the record,
 * on the same connection and in the same transaction: the trail commits and rolls back with the change.
 */
final class AuditTrailWriter extends DescriptorEventAdapter {

    private static final String INSERT = "INSERT INTO AUDIT_ENTRY "
            + "(OCCURRED_AT, ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID, FIELD_NAME, OLD_VALUE, NEW_VALUE) "
            + "VALUES (#OCCURRED_AT, #ACTOR, #ACTION, #ENTITY_TYPE, #ENTITY_ID, #FIELD_NAME, #OLD_VALUE, #NEW_VALUE)";

    private final ClassDescriptor descriptor;
    private final Set<String> masked;
    private final Set<String> ignored;

    AuditTrailWriter(ClassDescriptor descriptor) {
        this.descriptor = descriptor;
        this.masked = fieldsWith(descriptor.getJavaClass(), AuditMasked.class);
        this.ignored = fieldsWith(descriptor.getJavaClass(), AuditIgnored.class);
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        write(event, AuditAction.CREATE, AuditDiff.between(Map.of(), snapshot(event), masked));
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        ObjectChangeSet changeSet = event.getChangeSet();
        if (changeSet == null && event.getQuery() instanceof WriteObjectQuery write) {
            changeSet = write.getObjectChangeSet();
        }
        if (changeSet == null || !changeSet.hasChanges()) {
            return;
        }
        Map<String, Object> before = new HashMap<>();
        Map<String, Object> after = new HashMap<>();
        for (ChangeRecord record : changeSet.getChanges()) {
            String attribute = record.getAttribute();
            DatabaseMapping mapping = descriptor.getMappingForAttributeName(attribute);
            if (mapping == null || !audited(mapping) || ignored.contains(attribute)) {
                continue;
            }
            Object now = value(mapping, event);
            after.put(attribute, now);
            if (record instanceof DirectToFieldChangeRecord direct) {
                before.put(attribute, direct.getOldValue());
            } else if (record instanceof DirectCollectionChangeRecord collection && now instanceof Collection<?> current) {
                List<Object> old = new ArrayList<>(current);
                old.removeAll(collection.getAddObjectList());
                old.addAll(collection.getRemoveObjectList());
                before.put(attribute, old);
            } else if (record instanceof ObjectReferenceChangeRecord reference) {
                before.put(attribute, idOf(reference.getOldValue()));
            } else {
                before.put(attribute, "?");
            }
        }
        List<FieldChange> changes = AuditDiff.between(before, after, masked);
        if (!changes.isEmpty()) {
            write(event, AuditAction.UPDATE, changes);
        }
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        write(event, AuditAction.DELETE, AuditDiff.between(snapshot(event), Map.of(), masked));
    }

    private Map<String, Object> snapshot(DescriptorEvent event) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (audited(mapping) && !ignored.contains(mapping.getAttributeName())) {
                values.put(mapping.getAttributeName(), value(mapping, event));
            }
        }
        return values;
    }

    private static boolean audited(DatabaseMapping mapping) {
        return mapping instanceof DirectToFieldMapping || mapping instanceof DirectCollectionMapping
                || mapping instanceof ObjectReferenceMapping;
    }

    private static Object value(DatabaseMapping mapping, DescriptorEvent event) {
        Object value = mapping.getRealAttributeValueFromObject(event.getObject(),
                (org.eclipse.persistence.internal.sessions.AbstractSession) event.getSession());
        return mapping instanceof ObjectReferenceMapping ? idOf(value) : value;
    }

    private static Object idOf(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof ObjectChangeSet changeSet) {
            return "#" + changeSet.getId();
        }
        if (entity instanceof AuditDiff.Identified identified) {
            return "#" + identified.auditId();
        }
        return entity.toString();
    }

    private void write(DescriptorEvent event, AuditAction action, List<FieldChange> changes) {
        Session session = event.getSession();
        Timestamp at = Timestamp.from(ClockProducer.lookupInstant());
        String actor = CurrentUser.lookup();
        String type = descriptor.getAlias();
        String id = String.valueOf(session.getId(event.getObject()));
        List<FieldChange> rows = changes.isEmpty() ? List.of(new FieldChange(null, null, null)) : changes;
        for (FieldChange change : rows) {
            DataModifyQuery insert = new DataModifyQuery();
            insert.setSQLString(INSERT);
            for (String argument : List.of("OCCURRED_AT", "ACTOR", "ACTION", "ENTITY_TYPE", "ENTITY_ID",
                    "FIELD_NAME", "OLD_VALUE", "NEW_VALUE")) {
                insert.addArgument(argument);
            }
            List<Object> values = new ArrayList<>(8);
            values.add(at);
            values.add(actor);
            values.add(action.name());
            values.add(type);
            values.add(id);
            values.add(change.field());
            values.add(change.oldValue());
            values.add(change.newValue());
            session.executeQuery(insert, values);
        }
    }



    private static Set<String> fieldsWith(Class<?> type, Class<? extends java.lang.annotation.Annotation> marker) {
        Set<String> names = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(marker)) {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }
}
