package app.vinculo.agreements.web;

import app.vinculo.agreements.boundary.RegularizationRow;
import app.vinculo.agreements.boundary.RegularizationService;
import app.vinculo.agreements.entity.RegularizationStatus;
import app.vinculo.platform.web.ListBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.util.List;

/**
 * {@code agreements/regularizations.xhtml}: the regularisation cases (R1.4), open ones (OPEN and IN_NEGOTIATION)
 * by default, paged in the database. PROJECT_MANAGER acts on them; IMPLEMENTATION_HEAD and AUDITOR read.
 */
@Named
@ViewScoped
public class RegularizationListBacking extends ListBacking<RegularizationRow> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Status filter value for "open ones" (OPEN or IN_NEGOTIATION), the default. */
    public static final String OPEN = "OPEN_ONES";
    /** Status filter value for "any". */
    public static final String ANY = "ANY";

    @Inject
    RegularizationService regularizations;

    private String status = OPEN;

    public RegularizationListBacking() {
        super(":cases:table", RegularizationRow::id);
    }

    @Override
    protected long count() {
        return regularizations.count(statusFilter(), openOnly());
    }

    @Override
    protected List<RegularizationRow> page(int first, int size, String sort, boolean ascending) {
        return regularizations.page(statusFilter(), openOnly(), first, size);
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
}
