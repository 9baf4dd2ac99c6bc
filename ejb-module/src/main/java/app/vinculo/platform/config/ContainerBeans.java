package app.vinculo.platform.config;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A CDI bean for code the container does not inject into (JPA and EclipseLink listeners). The bean manager comes from
 * the calling component's namespace ({@code java:comp/BeanManager}): {@code CDI.current()} on Payara walks the whole
 * call stack to find the calling module, which made it a measurable share of every audited write (issue 13).
 * {@code CDI.current()} stays the fallback outside a component (e.g. a thread of the persistence provider).
 */
public final class ContainerBeans {

    private ContainerBeans() {
    }

    public static <T> T get(Class<T> type) {
        BeanManager manager;
        try {
            manager = InitialContext.doLookup("java:comp/BeanManager");
        } catch (NamingException notInAComponent) {
            return CDI.current().select(type).get();
        }
        Bean<?> bean = manager.resolve(manager.getBeans(type));
        CreationalContext<?> context = manager.createCreationalContext(bean);
        return type.cast(manager.getReference(bean, type, context));
    }
}
