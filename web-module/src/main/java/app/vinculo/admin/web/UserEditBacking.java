package app.vinculo.admin.web;

import app.vinculo.admin.boundary.UserForm;
import app.vinculo.admin.boundary.UserRow;
import app.vinculo.admin.boundary.UserService;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * {@code admin/user-edit.xhtml[?id=N]}: creates a user (with a first password) or changes one (details, roles,
 * language, enabled; optimistic lock through the form's version), and resets a user's password. Auditors see the
 * form read-only.
 */
@Named
@ViewScoped
public class UserEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    SecurityContext security;

    private Long id;
    private UserForm form = new UserForm();
    private Role[] roles = new Role[0];
    private UserRow row;
    private String newPassword;

    /** f:viewAction on GET: loads the user to edit, or prepares an empty form. */
    public void load() throws IOException {
        if (id == null) {
            form = new UserForm();
            roles = new Role[0];
            return;
        }
        row = users.find(id);
        form = UserForm.of(row);
        roles = row.roles().stream().sorted().toArray(Role[]::new);
    }

    public String save() {
        form.setRoles(roles == null || roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles)));
        UserRow saved;
        if (id == null) {
            saved = users.create(form);
            PageMessages.flashInfo("user.created", saved.username());
        } else {
            form.setPassword(null);
            saved = users.update(id, form);
            PageMessages.flashInfo("user.saved", saved.username());
        }
        return "users?faces-redirect=true";
    }

    public void resetPassword() {
        users.resetPassword(id, newPassword);
        if (row != null) {
            app.vinculo.platform.hardening.SessionRegistry.endSessionsOf(row.username(),
                    FacesContext.getCurrentInstance().getExternalContext().getSessionId(false));
        }
        newPassword = null;
        PageMessages.info("user.passwordReset", row == null ? "" : row.username());
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isReadOnly() {
        return !security.isCallerInRole(Role.Names.ADMIN);
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UserForm getForm() {
        return form;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public UserRow getRow() {
        return row;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
