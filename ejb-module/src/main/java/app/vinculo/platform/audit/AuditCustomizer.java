package app.vinculo.platform.audit;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/**
 * Registered in persistence.xml ({@code eclipselink.session.customizer}): attaches the audit-trail writer to
 * every entity annotated {@link Audited}.
 */
public class AuditCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            Class<?> type = descriptor.getJavaClass();
            if (type != null && type.isAnnotationPresent(Audited.class)) {
                descriptor.getEventManager().addListener(new AuditTrailWriter(descriptor));
            }
        }
    }
}
