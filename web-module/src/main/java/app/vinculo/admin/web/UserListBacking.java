package app.vinculo.admin.web;

import app.vinculo.admin.boundary.UserRow;
import app.vinculo.admin.boundary.UserService;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.ListBacking;
import app.vinculo.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/** {@code admin/users.xhtml}: the users, paged in the database, searched by username or name. */
@Named
@ViewScoped
public class UserListBacking extends ListBacking<UserRow> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    private String search;

    public UserListBacking() {
        super(":users:table", UserRow::id);
    }

    @Override
    protected long count() {
        return users.count(search);
    }

    @Override
    protected List<UserRow> page(int first, int size, String sort, boolean ascending) {
        return users.page(search, first, size);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
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
