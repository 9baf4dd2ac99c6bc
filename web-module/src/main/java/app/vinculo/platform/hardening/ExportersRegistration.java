package app.vinculo.platform.hardening;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/** Every {@code p:dataExporter type="csv"/"xlsx"} of a data table uses the formula-safe exporters. */
@WebListener
public class ExportersRegistration implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
        DataExporters.register(DataTable.class, SafeXlsxExporter.class, "xlsx");
    }
}
