package app.vinculo.platform.demo;

import app.vinculo.platform.config.VinculoConfig;
import app.vinculo.platform.security.AppUser;
import app.vinculo.platform.security.PasswordHasher;
import app.vinculo.platform.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Startup records: in demo mode one user per role (password {@value #DEMO_PASSWORD}) and every feature's
 * {@link DemoData}; outside demo mode, the first administrator from the configured password when there are
 * no users at all. Idempotent.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class StartupData {

    public static final String DEMO_PASSWORD = "vinculo-demo";
    private static final Logger LOG = Logger.getLogger(StartupData.class.getName());

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    VinculoConfig config;

    @Inject
    PasswordHasher hasher;

    @Inject
    Instance<DemoData> demoData;

    @PostConstruct
    void load() {
        // The instances of a deployment group start together: the row lock on Liquibase's lock row (held until
        // this transaction commits) lets one load the records while the others wait, then find them there.
        em.createNativeQuery("UPDATE DATABASECHANGELOGLOCK SET LOCKED = LOCKED WHERE ID = 1").executeUpdate();
        if (config.demo()) {
            demoUser("admin", "Ana Administradora", Role.ADMIN);
            demoUser("jefe", "Jorge Jefe de Implementación", Role.IMPLEMENTATION_HEAD, Role.CONSULTANT);
            demoUser("consultor", "Carla Consultora", Role.CONSULTANT);
            demoUser("gerente", "Germán Gerente de Proyectos", Role.PROJECT_MANAGER);
            demoUser("rd", "Rita Gerente de I+D", Role.RD_MANAGER);
            demoUser("auditor", "Aldo Auditor", Role.AUDITOR);
            demoData.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(DemoData::load);
            LOG.info("Vínculo demo mode: demo users and data are loaded");
        } else if (count() == 0) {
            config.initialAdminPassword().ifPresentOrElse(password -> {
                em.persist(new AppUser("admin", "Administrador", null, hasher.hash(password), Set.of(Role.ADMIN)));
                LOG.info("Vínculo: first administrator 'admin' created from vinculo.admin-password");
            }, () -> LOG.warning("Vínculo has no users: set VINCULO_ADMIN_PASSWORD (vinculo.admin-password) "
                    + "to create the first administrator"));
        }
    }

    private long count() {
        return em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
    }

    private void demoUser(String username, String name, Role... roles) {
        boolean exists = !em.createQuery("select u.id from AppUser u where u.username = :n", Long.class)
                .setParameter("n", username).getResultList().isEmpty();
        if (!exists) {
            EnumSet<Role> set = EnumSet.noneOf(Role.class);
            set.addAll(Set.of(roles));
            em.persist(new AppUser(username, name, username + "@vinculo.demo", hasher.hash(DEMO_PASSWORD), set));
        }
    }
}
