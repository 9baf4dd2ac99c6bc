package app.vinculo.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.util.Objects;

/**
 * Micro-deployments for the Arquillian tests: the real business tier (the ejb-module jar as built, with the
 * libraries the EAR puts in lib/) plus the test's own classes and the shared test support ({@link Callers},
 * {@link TestRecords}, {@link GateProbe}), deployed beside nothing else on the test Payara, on the test Derby database.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive businessTier(String name, Class<?>... testClasses) {
        return businessTier(name, false, testClasses);
    }

    /**
     * @param timers whether the deployment runs the reminder timer (every 2 s); off by default, so that tests
     *               drive the engine themselves
     */
    public static WebArchive businessTier(String name, boolean timers, Class<?>... testClasses) {
        File ejbJar = new File(System.getProperty("it.ejb.jar", "target/ejb-module-1.0.0-SNAPSHOT.jar"));
        File libs = new File(System.getProperty("it.libs", "target/it-libs"));
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibrary(ejbJar)
                .addClasses(testClasses)
                .addClasses(Deployments.class, Callers.class, Callers.AsAdmin.class, Callers.AsConsultant.class,
                        Callers.AsAuditor.class, Callers.AsProjectManager.class, Callers.AsImplementationHead.class,
                        Callers.AsRdManager.class, TestRecords.class, GateProbe.class)
                .addAsWebInfResource("it-glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsResource(new StringAsset("vinculo.timers=" + timers + "\nvinculo.reminders.interval-seconds=2\n"),
                        "META-INF/microprofile-config.properties");
        for (File lib : Objects.requireNonNull(libs.listFiles((dir, n) -> n.endsWith(".jar")), "no " + libs)) {
            war.addAsLibrary(lib);
        }
        return war;
    }

    /** Adds the GreenMail SMTP server, for tests that receive mail inside the server. */
    public static WebArchive withSmtpServer(WebArchive war) {
        File libs = new File(System.getProperty("it.test.libs", "target/it-test-libs"));
        for (File lib : Objects.requireNonNull(libs.listFiles((dir, n) -> n.endsWith(".jar")), "no " + libs)) {
            war.addAsLibrary(lib);
        }
        // the port the server's mail resource uses (set by the build), for the SMTP server started inside Payara
        String port = System.getProperty("test.smtp.port", "3025");
        return war.addClass(Smtp.class).addAsResource(new org.jboss.shrinkwrap.api.asset.StringAsset("port=" + port),
                Smtp.PORT_RESOURCE);
    }
}
