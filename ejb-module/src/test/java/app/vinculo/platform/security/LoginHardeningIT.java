package app.vinculo.platform.security;

import app.vinculo.admin.boundary.UserForm;
import app.vinculo.admin.boundary.UserService;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.security.LoginResult.Outcome;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Login hardening in the business tier (issue #16, findings 4 and 5). */
@ExtendWith(ArquillianExtension.class)
class LoginHardeningIT {

    private static final String PASSWORD = "mate-amargo-al-mediodia";

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessTier("login-hardening-it", LoginHardeningIT.class);
    }

    @Inject
    Callers.AsAdmin admin;

    @Inject
    UserService users;

    @Inject
    AuthenticationService authentication;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private String createUser() throws Exception {
        String name = unique("lh");
        UserForm form = new UserForm();
        form.setUsername(name);
        form.setDisplayName("Persona de prueba");
        form.setEmail(name + "@example.com");
        form.setPassword(PASSWORD);
        form.setRoles(EnumSet.of(Role.CONSULTANT));
        admin.call(() -> users.create(form));
        return name;
    }

    @Test
    @DisplayName("#16.4 an unknown name gets the same answers as a real account, locked at the same failure")
    void unknownNameAnsweredLikeRealAccount() throws Exception {
        String known = createUser();
        String unknown = "nadie-" + known;
        List<Outcome> knownAnswers = new ArrayList<>();
        List<Outcome> unknownAnswers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            knownAnswers.add(authentication.check(known, "wrong-" + i, null).outcome());
            unknownAnswers.add(authentication.check(unknown, "wrong-" + i, null).outcome());
        }
        assertEquals(knownAnswers, unknownAnswers);
        assertEquals(List.of(Outcome.INVALID, Outcome.INVALID, Outcome.INVALID, Outcome.INVALID, Outcome.LOCKED,
                Outcome.LOCKED, Outcome.LOCKED), knownAnswers, "locked at the fifth failure (LOGIN_MAX_FAILURES)");
        assertEquals(Outcome.LOCKED, authentication.check(known, PASSWORD, null).outcome(), "even the right password");
        assertEquals(true, authentication.isLocked(unknown), "the login page says 'locked' for the unknown name too");
    }

    @Test
    @DisplayName("#16.4 one address failing over many accounts is refused for a while, also with a right password")
    void passwordSprayFromOneAddressIsStopped() throws Exception {
        String victim = createUser();
        String sprayer = "203.0.113." + (int) (Math.random() * 250);
        for (int i = 0; i < LoginThrottle.ADDRESS_MAX_FAILURES; i++) {
            assertEquals(Outcome.INVALID, authentication.check(unique("spray"), "Verano2026!", sprayer).outcome());
        }
        assertEquals(Outcome.LOCKED, authentication.check(victim, PASSWORD, sprayer).outcome(), "from the sprayer");
        assertEquals(Outcome.VALID, authentication.check(victim, PASSWORD, "198.51.100.7").outcome(),
                "from another address the account is not locked");
    }

    @Test
    @DisplayName("#16.5 user creation refuses a common password and one containing the e-mail address")
    void creationRefusesCommonPasswords() {
        for (String common : List.of("qwerty1234", "welcome123", "admin12345", "letmein123")) {
            UserForm form = new UserForm();
            form.setUsername(unique("cp"));
            form.setDisplayName("Persona de prueba");
            form.setEmail(form.getUsername() + "@example.com");
            form.setPassword(common);
            form.setRoles(EnumSet.of(Role.CONSULTANT));
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> admin.call(() -> users.create(form)));
            assertEquals("password.tooCommon", refused.messageKey(), common);
        }
        UserForm form = new UserForm();
        form.setUsername(unique("pd"));
        form.setDisplayName("Persona de prueba");
        form.setEmail("carla.gomez@example.com");
        form.setPassword("soy carla.gomez@example.com");
        form.setRoles(EnumSet.of(Role.CONSULTANT));
        assertEquals("password.containsPersonalData", assertThrows(InvalidInputException.class,
                () -> admin.call(() -> users.create(form))).messageKey());
    }
}
