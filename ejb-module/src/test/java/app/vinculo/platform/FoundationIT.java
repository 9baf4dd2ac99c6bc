package app.vinculo.platform;

import app.vinculo.admin.boundary.UserForm;
import app.vinculo.admin.boundary.UserRow;
import app.vinculo.admin.boundary.UserService;
import app.vinculo.platform.audit.AuditAction;
import app.vinculo.platform.audit.AuditFilter;
import app.vinculo.platform.audit.AuditRow;
import app.vinculo.platform.audit.AuditService;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.security.VinculoIdentityStore;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsService;
import app.vinculo.testing.AuditProbe;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The foundation on a real Payara with Derby: migrations, identity store, audit trail, role checks. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessTier("foundation-it", FoundationIT.class, AuditProbe.class);
    }

    @Inject
    Callers.AsAdmin admin;

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    Callers.AsAuditor auditor;

    @Inject
    UserService users;

    @Inject
    SettingsService settings;

    @Inject
    AuditService audit;

    @Inject
    VinculoIdentityStore identityStore;

    @Inject
    AuditProbe probe;

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private UserRow createUser(String username, String password, Role... roles) throws Exception {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setDisplayName("Usuario " + username);
        form.setEmail(username + "@example.com");
        form.setPassword(password);
        form.setRoles(EnumSet.copyOf(List.of(roles)));
        return admin.call(() -> users.create(form));
    }

    @Test
    @DisplayName("the Liquibase migrations are applied at deployment")
    void migrationsAreApplied() {
        Number applied = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE FILENAME = 'db/changelog/001-foundation.xml'")
                .getSingleResult();
        assertEquals(4, applied.intValue(), "the four foundation change sets are recorded");
        Number sequence = (Number) em.createNativeQuery(
                "SELECT SEQ_COUNT FROM ID_SEQUENCE WHERE SEQ_NAME = 'GLOBAL'").getSingleResult();
        assertTrue(sequence.longValue() >= 1000);
    }

    @Test
    @DisplayName("the identity store accepts the right password, with the user's roles as groups, and refuses a wrong one")
    void identityStoreChecksPasswords() throws Exception {
        String name = unique("ana");
        createUser(name, "clave-segura-2026", Role.CONSULTANT, Role.PROJECT_MANAGER);

        CredentialValidationResult ok = identityStore.validate(new UsernamePasswordCredential(name, "clave-segura-2026"));
        assertEquals(CredentialValidationResult.Status.VALID, ok.getStatus());
        assertEquals(name, ok.getCallerPrincipal().getName());
        assertEquals(java.util.Set.of("CONSULTANT", "PROJECT_MANAGER"), ok.getCallerGroups());

        CredentialValidationResult wrong = identityStore.validate(new UsernamePasswordCredential(name, "clave-incorrecta"));
        assertEquals(CredentialValidationResult.Status.INVALID, wrong.getStatus());

        CredentialValidationResult unknown = identityStore.validate(new UsernamePasswordCredential("nadie-" + name, "x"));
        assertEquals(CredentialValidationResult.Status.INVALID, unknown.getStatus());
    }

    @Test
    @DisplayName("passwords are stored as PBKDF2-SHA256 hashes with at least 600 000 iterations")
    void passwordsAreHashedWithPbkdf2() throws Exception {
        String name = unique("hash");
        createUser(name, "otra-clave-larga", Role.AUDITOR);
        String hash = (String) em.createNativeQuery("SELECT PASSWORD_HASH FROM APP_USER WHERE USERNAME = ?")
                .setParameter(1, name).getSingleResult();
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:600000:"), hash.substring(0, 30));
        assertFalse(hash.contains("otra-clave-larga"));
    }

    @Test
    @DisplayName("after five failed logins the account is locked, even for the right password")
    void lockoutAfterFiveFailures() throws Exception {
        String name = unique("lock");
        createUser(name, "la-clave-buena", Role.CONSULTANT);
        for (int i = 0; i < 5; i++) {
            identityStore.validate(new UsernamePasswordCredential(name, "mala-" + i));
        }
        CredentialValidationResult right = identityStore.validate(new UsernamePasswordCredential(name, "la-clave-buena"));
        assertEquals(CredentialValidationResult.Status.INVALID, right.getStatus());
        UserRow row = admin.call(() -> users.page(name, 0, 10)).get(0);
        assertTrue(row.locked());
    }

    @Test
    @DisplayName("creating and changing an audited record writes who, what and old → new in the audit trail")
    void auditTrailRecordsChanges() throws Exception {
        String name = unique("aud");
        UserRow created = createUser(name, "clave-para-auditar", Role.CONSULTANT);
        UserForm form = UserForm.of(created);
        form.setDisplayName("Nombre Cambiado");
        admin.call(() -> users.update(created.id(), form));

        List<AuditRow> rows = auditor.call(() -> audit.page(
                new AuditFilter(null, "AppUser", created.id().toString(), null, null, null), 0, 100));
        assertTrue(rows.stream().anyMatch(r -> r.action() == AuditAction.CREATE && "username".equals(r.field())
                && name.equals(r.newValue())), "creation recorded");
        AuditRow change = rows.stream().filter(r -> r.action() == AuditAction.UPDATE && "displayName".equals(r.field()))
                .findFirst().orElseThrow();
        assertEquals("Usuario " + name, change.oldValue());
        assertEquals("Nombre Cambiado", change.newValue());
        assertEquals("ADMIN", change.actor(), "the caller is recorded");
        assertTrue(rows.stream().filter(r -> "passwordHash".equals(r.field()))
                .allMatch(r -> "******".equals(r.newValue())), "password hashes never reach the trail");
    }

    @Test
    @DisplayName("the audit trail is written in the same transaction: a rolled-back change leaves no audit row")
    void auditTrailRollsBackWithTheChange() {
        String name = unique("rb");
        assertThrows(BusinessException.class, () -> probe.createUserThenFail(name));
        Number users = (Number) em.createNativeQuery("SELECT COUNT(*) FROM APP_USER WHERE USERNAME = ?")
                .setParameter(1, name).getSingleResult();
        Number trail = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM AUDIT_ENTRY WHERE ENTITY_TYPE = 'AppUser' AND NEW_VALUE = ?")
                .setParameter(1, name).getSingleResult();
        assertEquals(0, users.intValue());
        assertEquals(0, trail.intValue());
        probe.createUser(name);
        Number committed = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM AUDIT_ENTRY WHERE ENTITY_TYPE = 'AppUser' AND NEW_VALUE = ?")
                .setParameter(1, name).getSingleResult();
        assertEquals(1, committed.intValue(), "the same change, committed, is audited");
    }

    @Test
    @DisplayName("a consultant cannot create users nor change settings; the boundary refuses the role")
    void boundaryRefusesTheWrongRole() {
        UserForm form = new UserForm();
        form.setUsername(unique("x"));
        form.setDisplayName("X");
        form.setPassword("una-clave-larga");
        form.setRoles(EnumSet.of(Role.ADMIN));
        assertThrows(EJBAccessException.class, () -> consultant.call(() -> users.create(form)));
        assertThrows(EJBAccessException.class,
                () -> consultant.run(() -> settings.update(Map.of(Setting.AT_RISK_DAYS, "30"))));
        assertThrows(EJBAccessException.class, () -> users.count(null), "anonymous callers are refused too");
        assertThrows(EJBAccessException.class, () -> consultant.call(() -> audit.count(AuditFilter.none())));
    }

    @Test
    @DisplayName("settings are validated before anything is saved, and saved values are read back")
    void settingsAreValidated() throws Exception {
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> admin.run(() -> settings.update(
                Map.of(Setting.VISIT_LOCK_DAYS, "10", Setting.AT_RISK_DAYS, "sesenta"))));
        assertEquals("setting.invalid", bad.messageKey());
        assertEquals("7", settings.value(Setting.VISIT_LOCK_DAYS), "nothing saved when one value is wrong");

        admin.run(() -> settings.update(Map.of(Setting.VISIT_LOCK_DAYS, "10")));
        assertEquals("10", settings.value(Setting.VISIT_LOCK_DAYS));
        admin.run(() -> settings.update(Map.of(Setting.VISIT_LOCK_DAYS, "7")));
    }

    @Test
    @DisplayName("nobody can disable or demote the last enabled administrator")
    void lastAdministratorIsKept() throws Exception {
        UserRow keeper = createUser(unique("adm"), "clave-del-admin", Role.ADMIN);
        // leave exactly one enabled administrator
        for (UserRow other : admin.call(() -> users.page(null, 0, 200))) {
            if (!other.id().equals(keeper.id()) && other.enabled() && other.roles().contains(Role.ADMIN)) {
                UserForm off = UserForm.of(other);
                off.setEnabled(false);
                admin.call(() -> users.update(other.id(), off));
            }
        }
        UserForm demote = UserForm.of(keeper);
        demote.setRoles(EnumSet.of(Role.CONSULTANT));
        BusinessException refused = assertThrows(BusinessException.class, () -> admin.call(() -> users.update(keeper.id(), demote)));
        assertEquals("user.lastAdmin", refused.messageKey());
        UserForm disable = UserForm.of(keeper);
        disable.setEnabled(false);
        assertThrows(BusinessException.class, () -> admin.call(() -> users.update(keeper.id(), disable)));
        assertTrue(admin.call(() -> users.find(keeper.id())).roles().contains(Role.ADMIN));
    }

    @Test
    @DisplayName("a stale edit of a user is refused with 'changed by someone else'")
    void concurrentEditIsRefused() throws Exception {
        UserRow row = createUser(unique("cc"), "clave-concurrente", Role.CONSULTANT);
        UserForm first = UserForm.of(row);
        UserForm second = UserForm.of(row);
        first.setDisplayName("Primera edición");
        admin.call(() -> users.update(row.id(), first));
        second.setDisplayName("Segunda edición");
        BusinessException refused = assertThrows(BusinessException.class, () -> admin.call(() -> users.update(row.id(), second)));
        assertEquals("error.concurrentEdit", refused.messageKey());
        assertEquals("Primera edición", admin.call(() -> users.find(row.id())).displayName());
    }
}
