package app.vinculo.admin.web;

import app.vinculo.admin.boundary.UserRow;
import app.vinculo.admin.boundary.UserService;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.PageMessages;
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
import java.util.List;
import java.util.stream.Collectors;

/** {@code admin/users.xhtml}: the users, paged in the database, searched by username or name. */
@Named
@ViewScoped
public class UserListBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    private String search;
    private final LazyDataModel<UserRow> model = new PagedRows<>(() -> users.count(search), (first, size, sort, asc) -> users.page(search, first, size), UserRow::id);

    public LazyDataModel<UserRow> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    /** The search changed: back to the first page. */
    public void searchChanged() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":users:table");
        if (table instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    /** The roles of a row, translated, for the table and the CSV export. */
    public String roles(UserRow row) {
        return row.roles().stream().sorted().map(r -> PageMessages.text("role." + r.name()))
                .collect(Collectors.joining(", "));
    }

    public List<Role> roleList(UserRow row) {
        return row.roles().stream().sorted().toList();
    }
}
