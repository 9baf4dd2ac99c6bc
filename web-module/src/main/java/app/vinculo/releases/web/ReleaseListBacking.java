package app.vinculo.releases.web;

import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.ListBacking;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.releases.boundary.ReleaseForm;
import app.vinculo.releases.boundary.ReleaseRow;
import app.vinculo.releases.boundary.ReleaseService;
import app.vinculo.releases.entity.ReleaseStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serial;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code releases/list.xhtml}: the releases, newest first, paged in the database and filtered by status, each with its
 * changes and its test campaign; the R&amp;D Manager registers a new one (dialog) and goes on to its page.
 */
@Named
@ViewScoped
public class ReleaseListBacking extends ListBacking<ReleaseRow> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ReleaseService releases;

    @Inject
    SecurityContext security;

    @Inject
    DisplayFormat format;

    private ReleaseStatus status;
    private ReleaseForm form = new ReleaseForm();

    public ReleaseListBacking() {
        super(":releases:table", ReleaseRow::id);
    }

    @Override
    protected long count() {
        return releases.count(status);
    }

    @Override
    protected List<ReleaseRow> page(int first, int size, String sort, boolean ascending) {
        return releases.page(status, first, size);
    }

    @Override
    protected void reset() {
        status = null;
    }

    /** Opens the "new release" dialog, dated today. */
    public void newRelease() {
        form = new ReleaseForm();
        form.setReleaseDate(LocalDate.now(format.getZone()));
    }

    /** Registers the release and opens its page, where R&amp;D adds its changes. */
    public String create() {
        ReleaseRow created = releases.create(form);
        PageMessages.flashInfo("release.created", created.label());
        return "/releases/view?faces-redirect=true&id=" + created.id();
    }

    public static String severity(ReleaseStatus s) {
        return s == ReleaseStatus.PUBLISHED ? "success" : "secondary";
    }

    public String statusSeverity(ReleaseStatus s) {
        return severity(s);
    }

    /** R&amp;D registers releases. */
    public boolean isWriter() {
        return security.isCallerInRole(Role.Names.RD_MANAGER);
    }

    /** Consultants and Implementation Heads run test cases. */
    public boolean isTester() {
        return security.isCallerInRole(Role.Names.CONSULTANT) || security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    public ReleaseStatus[] getStatuses() { return ReleaseStatus.values(); }
    public ReleaseStatus getStatus() { return status; }
    public void setStatus(ReleaseStatus v) { status = v; }
    public ReleaseForm getForm() { return form; }
}
