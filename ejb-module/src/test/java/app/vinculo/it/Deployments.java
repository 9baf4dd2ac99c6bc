package app.vinculo.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.util.Objects;

/**
 * Micro-deployments for the Arquillian tests: the real business tier (the ejb-module jar as built, with the
 * libraries the EAR puts in lib/) plus the test's own classes, deployed beside nothing else on the test
 * Payara, on the test Derby database.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive businessTier(String name, Class<?>... testClasses) {
        File ejbJar = new File(System.getProperty("it.ejb.jar", "target/ejb-module-1.0.0-SNAPSHOT.jar"));
        File libs = new File(System.getProperty("it.libs", "target/it-libs"));
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibrary(ejbJar)
                .addClasses(testClasses)
                .addClasses(Deployments.class, Callers.class, Callers.AsAdmin.class, Callers.AsConsultant.class,
                        Callers.AsAuditor.class)
                .addAsWebInfResource("it-glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        for (File lib : Objects.requireNonNull(libs.listFiles((dir, n) -> n.endsWith(".jar")), "no " + libs)) {
            war.addAsLibrary(lib);
        }
        return war;
    }
}
