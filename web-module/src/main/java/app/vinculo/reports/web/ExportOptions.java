package app.vinculo.reports.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.primefaces.component.export.PDFOptions;
import org.primefaces.component.export.PDFOrientationType;

/** Options the lists' exporters share: wide lists print in landscape ({@code options="#{exportOptions.landscape}"}). */
@Named
@ApplicationScoped
public class ExportOptions {

    public PDFOptions getLandscape() {
        PDFOptions o = new PDFOptions();
        o.setOrientation(PDFOrientationType.LANDSCAPE);
        o.setCellFontSize("8");
        o.setFacetFontSize("9");
        return o;
    }
}
