package app.vinculo.agreements.web;

import app.vinculo.agreements.boundary.RegularizationRow;
import app.vinculo.agreements.boundary.RegularizationService;
import app.vinculo.agreements.entity.RegularizationStatus;
import app.vinculo.platform.web.PagedRows;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

import java.io.Serial;
import java.io.Serializable;

/**
 * {@code agreements/regularizations.xhtml}: the regularisation cases (R1.4), open ones (OPEN and IN_NEGOTIATION)
 * by default, paged in the database. PROJECT_MANAGER acts on them; IMPLEMENTATION_HEAD and AUDITOR read.
 */
@Named
@ViewScoped
public class RegularizationListBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Status filter value for "open ones" (OPEN or IN_NEGOTIATION), the default. */
    public static final String OPEN = "OPEN_ONES";
    /** Status filter value for "any". */
    public static final String ANY = "ANY";

    @Inject
    RegularizationService regularizations;

    private String status = OPEN;
    private final LazyDataModel<RegularizationRow> model = new PagedRows<>(() -> regularizations.count(statusFilter(), openOnly()), (first, size, sort, asc) -> regularizations.page(statusFilter(), openOnly(), first, size), RegularizationRow::id);

    public void apply() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":cases:table");
        if (table instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    private RegularizationStatus statusFilter() {
        if (status == null || OPEN.equals(status) || ANY.equals(status)) {
            return null;
        }
        return RegularizationStatus.valueOf(status);
    }

    private boolean openOnly() {
        return status == null || OPEN.equals(status);
    }

    public static String severity(RegularizationStatus s) {
        return switch (s) {
            case OPEN -> "danger";
            case IN_NEGOTIATION -> "warning";
            case REGULARIZED -> "success";
            case DECLINED -> "secondary";
        };
    }

    public String severityOf(RegularizationStatus s) {
        return severity(s);
    }

    public RegularizationStatus[] getStatuses() {
        return RegularizationStatus.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LazyDataModel<RegularizationRow> getModel() {
        return model;
    }
}
