package app.vinculo.clients.control;

import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.ClientModule;
import app.vinculo.clients.entity.Contact;
import app.vinculo.clients.entity.ErpModule;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.platform.demo.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Demo: the module catalogue and 30 Argentine client companies with contacts and modules. Loaded once. */
@ApplicationScoped
public class ClientsDemoData implements DemoData {

    /** Legal name, trade name, industry, city. The first three are used by the system tests. */
    static final String[][] COMPANIES = {
            {"Fábrica Sur S.A.", "Fábrica Sur", "Metalmecánica", "Avellaneda, Buenos Aires"},
            {"Metalúrgica Andina S.R.L.", "Metalúrgica Andina", "Metalurgia", "Godoy Cruz, Mendoza"},
            {"Bodegas del Sol S.A.", "Bodegas del Sol", "Vitivinicultura", "Luján de Cuyo, Mendoza"},
            {"Lácteos La Pradera S.A.", "La Pradera", "Alimentos", "Rafaela, Santa Fe"},
            {"Transportes Patagónicos S.A.", "TransPatagonia", "Logística", "Neuquén"},
            {"Distribuidora Norte S.R.L.", "DisNor", "Distribución", "San Miguel de Tucumán"},
            {"Agropecuaria Los Álamos S.A.", "Los Álamos", "Agro", "Pergamino, Buenos Aires"},
            {"Textil Pampeana S.A.", "Textil Pampeana", "Textil", "Santa Rosa, La Pampa"},
            {"Laboratorios Cóndor S.A.", "Cóndor", "Farmacéutica", "Córdoba"},
            {"Plásticos del Litoral S.R.L.", "PlastiLitoral", "Plásticos", "Paraná, Entre Ríos"},
            {"Frigorífico Río Cuarto S.A.", "Frigorífico Río Cuarto", "Alimentos", "Río Cuarto, Córdoba"},
            {"Constructora Austral S.A.", "Austral", "Construcción", "Comodoro Rivadavia, Chubut"},
            {"Molinos Harineros del Centro S.A.", "Molinos del Centro", "Alimentos", "Villa María, Córdoba"},
            {"Yerbatera Misionera S.R.L.", "Yerba Misionera", "Alimentos", "Oberá, Misiones"},
            {"Cooperativa Agrícola Unión Ltda.", "Coop. Unión", "Agro", "Venado Tuerto, Santa Fe"},
            {"Autopartes Rosario S.A.", "AutoRosario", "Automotriz", "Rosario, Santa Fe"},
            {"Química del Plata S.A.", "Química del Plata", "Química", "Campana, Buenos Aires"},
            {"Editorial Cielo Abierto S.A.", "Cielo Abierto", "Editorial", "CABA"},
            {"Papelera Mesopotámica S.A.", "Papelera Mesopotámica", "Papel", "Concordia, Entre Ríos"},
            {"Olivícola Riojana S.A.", "Olivícola Riojana", "Agroindustria", "Aimogasta, La Rioja"},
            {"Cementos Serranos S.A.", "Cementos Serranos", "Construcción", "Olavarría, Buenos Aires"},
            {"Tecnoagro Pampa S.R.L.", "Tecnoagro", "Maquinaria agrícola", "Tandil, Buenos Aires"},
            {"Farmacias Libertad S.A.", "Farmacias Libertad", "Comercio", "Salta"},
            {"Curtiembre Santa Clara S.A.", "Curtiembre Santa Clara", "Cuero", "Esperanza, Santa Fe"},
            {"Energía Cuyana S.A.", "Energía Cuyana", "Energía", "San Juan"},
            {"Citrícola Tucumana S.A.", "Citrícola Tucumana", "Agroindustria", "Famaillá, Tucumán"},
            {"Hotelera Lagos del Sur S.A.", "Lagos del Sur", "Turismo", "San Carlos de Bariloche, Río Negro"},
            {"Maderera del Iguazú S.R.L.", "Maderera Iguazú", "Madera", "Eldorado, Misiones"},
            {"Pesquera Atlántica S.A.", "Pesquera Atlántica", "Pesca", "Mar del Plata, Buenos Aires"},
            {"Vidriería Moderna S.A.", "Vidriería Moderna", "Industria", "San Nicolás, Buenos Aires"},
    };

    static final String[][] MODULES = {{"VENTAS", "Ventas"}, {"COMPRAS", "Compras"}, {"STOCK", "Stock"},
            {"CONTAB", "Contabilidad"}, {"SUELDOS", "Sueldos"}, {"TESORERIA", "Tesorería"}, {"PRODUCCION", "Producción"},
            {"CRM", "CRM"}, {"TABLERO", "Tablero de control"}};

    private static final String[][] PEOPLE = {{"María", "González"}, {"Juan", "Pérez"}, {"Lucía", "Fernández"},
            {"Carlos", "Rodríguez"}, {"Sofía", "López"}, {"Martín", "Gómez"}, {"Valeria", "Díaz"}, {"Diego", "Martínez"},
            {"Paula", "Sánchez"}, {"Federico", "Romero"}, {"Gabriela", "Álvarez"}, {"Nicolás", "Torres"}};

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    ClientIndex index;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        if (!em.createQuery("select c.id from Client c", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Map<String, ErpModule> modules = new LinkedHashMap<>();
        for (String[] m : MODULES) {
            ErpModule module = new ErpModule(m[0], m[1]);
            em.persist(module);
            modules.put(m[0], module);
        }
        List<ErpModule> catalogue = List.copyOf(modules.values());
        LocalDate today = LocalDate.now(clock);
        Map<Integer, Client> clients = new HashMap<>();
        for (int i = 0; i < COMPANIES.length; i++) {
            String[] c = COMPANIES[i];
            String cuit = TaxId.cuitFor(i % 3 == 1 ? "33" : "30", 70_000_000 + i * 104_729);
            Client client = new Client(c[0], TaxId.Kind.CUIT, cuit);
            client.describe(c[0], c[1], TaxId.Kind.CUIT, cuit, c[2], c[3], "+54 11 4" + (300 + i) + "-" + (1000 + i * 37),
                    "www." + domain(c[1]) + ".com.ar", null);
            client.assign(i % 4 == 3 ? "jefe" : "consultor", i % 5 == 0 ? Set.of("jefe") : Set.of());
            // recent contacts for most; some clients past the at-risk threshold (R3.1)
            int daysAgo = i % 7 == 6 ? 75 + i : (i * 11) % 50;
            client.contacted(clock.instant().minus(Duration.ofDays(daysAgo)));
            em.persist(client);
            clients.put(i, client);
            for (int p = 0; p < 2 + i % 2; p++) {
                String[] person = PEOPLE[(i * 3 + p) % PEOPLE.length];
                Contact contact = new Contact(client);
                boolean manager = p == 0;
                contact.describe(person[0] + " " + person[1], manager ? "Gerente general" : p == 1 ? "Jefe de administración" : "Usuario clave de stock",
                        normalizeMail(person[0]) + "." + normalizeMail(person[1]) + "@" + domain(c[1]) + ".com.ar",
                        "+54 9 11 5" + (100 + i) + "-" + (2000 + p), manager, p == 1,
                        p == 2 ? Set.of("STOCK") : p == 1 ? Set.of("CONTAB") : Set.of(), true);
                em.persist(contact);
            }
            for (int m = 0; m < catalogue.size(); m++) {
                ModuleStatus status = m < 3 + i % 4 ? ModuleStatus.INSTALLED : (m + i) % 3 == 0 ? ModuleStatus.OF_INTEREST
                        : (m + i) % 5 == 0 ? ModuleStatus.NOT_INTERESTED : null;
                if (status != null) {
                    ClientModule cm = new ClientModule(client, catalogue.get(m));
                    cm.set(status, status == ModuleStatus.INSTALLED ? today.minusYears(1 + (i + m) % 6).withDayOfMonth(1) : null,
                            status == ModuleStatus.INSTALLED ? "9." + (i + m) % 4 : null,
                            status == ModuleStatus.OF_INTEREST ? "Preguntaron por " + catalogue.get(m).getName() + " en la última visita" : null);
                    em.persist(cm);
                }
            }
        }
        em.flush();
        clients.values().forEach(index::reindex);
    }

    /** "Fábrica Sur" → "fabricasur". */
    private static String domain(String tradeName) {
        return SearchTokens.normalize(tradeName).replaceAll("[^a-z]", "");
    }

    private static String normalizeMail(String s) {
        return app.vinculo.clients.control.SearchTokens.normalize(s).replaceAll("[^a-z]", "");
    }

}
